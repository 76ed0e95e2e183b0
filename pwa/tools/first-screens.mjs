// The first screens (the app, the scan screen and the verdict) and every module they import
// statically, however deep: what index.html preloads (tools/check.mjs) and what the build puts
// in index.html itself (tools/build.mjs).
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join, relative } from 'node:path';

export const FIRST_SCREENS = ['js/app.js', 'js/screens/scan.js', 'js/screens/result.js'];

/** Paths relative to pwa/ ('js/app.js', ...), in the order they were found. */
export function firstScreenModules(root) {
  const needed = new Set();
  const visit = (path) => {
    if (needed.has(path)) return;
    needed.add(path);
    const source = readFileSync(join(root, path), 'utf8');
    for (const [, target] of source.matchAll(/^import\s[^;]*?from\s*'(\.{1,2}\/[^']+)'/gm)) {
      visit(relative(root, join(root, path, '..', target)));
    }
  };
  FIRST_SCREENS.forEach(visit);
  return needed;
}

// Not the app's code (app/web.py, _NOT_VERSIONED): tooling, packages and the build's output.
const NOT_VERSIONED = new Set(['package.json', 'package-lock.json', 'tools', 'node_modules', 'dist']);

/**
 * The version of the app's sources, as app/web.py computes it (source_version): a hash of the
 * paths and contents of every file of pwa/ but the tooling, the packages and the build.
 */
export function sourceVersion(root) {
  const walk = (dir, top) => readdirSync(dir).flatMap((name) => {
    if (top && NOT_VERSIONED.has(name)) return [];
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path, false) : [path];
  });
  const paths = walk(root, true).map((path) => relative(root, path).split('\\').join('/'))
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const digest = createHash('sha256');
  for (const path of paths) {
    digest.update(Buffer.from(`${path}\0`, 'utf8'));
    digest.update(createHash('sha256').update(readFileSync(join(root, path))).digest());
  }
  return digest.digest('hex').slice(0, 16);
}
