// Static checks with no dependencies: `node pwa/tools/check.mjs`.
// 1. every string has its three languages, and every literal t('key') exists;
// 2. the service worker precaches every file of the app shell;
// 3. every named import of a module is exported by it (a moved function breaks no screen);
// 4. the shell's size (what a first visit downloads, without the QR decoder): at most 150 KB as
//    it crosses the network, gzipped (app/web.py gzips text for clients that accept it);
// 5. index.html preloads every module the first screens import, however deep (each level found
//    one after the other would cost a round trip on a slow network), and nothing else;
// 6. when built (tools/build.mjs), the index.html carrying the first screen is within budget.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { firstScreenModules } from './first-screens.mjs';

const root = new URL('..', import.meta.url).pathname;
const files = (dir) => readdirSync(dir).flatMap((name) => {
  const path = join(dir, name);
  return statSync(path).isDirectory() ? files(path) : [path];
});
let failures = 0;
const fail = (message) => { failures += 1; console.error(`FAIL ${message}`); };

const i18n = readFileSync(join(root, 'js/i18n.js'), 'utf8');
const strings = new Function(`return ${i18n.slice(i18n.indexOf('const STRINGS =') + 15).trim().replace(/;\s*$/, '')}`)();
// A key written twice is silently the second one: one screen then shows another's words.
const written = new Map();
for (const [, key] of i18n.matchAll(/^\s*'([^']+)':\s*[[{]/gm)) written.set(key, (written.get(key) || 0) + 1);
for (const [key, count] of written) if (count > 1) fail(`js/i18n.js defines ${key} ${count} times`);
// Plural forms per language (CLDR): English and Albanian one/other, Serbian one/few/other.
const PLURAL_FORMS = [['one', 'other'], ['one', 'other'], ['one', 'few', 'other']];
for (const [key, entries] of Object.entries(strings)) {
  if (entries.length !== 3 || entries.some((entry) => !entry)) fail(`${key} needs English, Albanian and Serbian`);
  entries.forEach((entry, column) => {
    if (typeof entry !== 'object') return;
    const missing = PLURAL_FORMS[column].filter((form) => !entry[form]);
    if (missing.length) fail(`${key} (${['en', 'sq', 'sr'][column]}) lacks plural forms ${missing.join(', ')}`);
  });
}
const catalogues = { en: strings };
const sources = files(join(root, 'js')).filter((path) => path.endsWith('.js'));
for (const path of sources) {
  for (const [, key] of readFileSync(path, 'utf8').matchAll(/\bt\('([^']+)'/g)) {
    if (!(key in catalogues.en)) fail(`${relative(root, path)} uses missing key ${key}`);
  }
}
for (const [, key] of readFileSync(join(root, 'index.html'), 'utf8').matchAll(/data-i18n="([^"]+)"/g)) {
  if (!(key in catalogues.en)) fail(`index.html uses missing key ${key}`);
}

// Named imports between the app's own modules: `import { a, b as c } from './x.js'`.
const exportsOf = new Map();
const exported = (path) => {
  if (!exportsOf.has(path)) {
    const source = readFileSync(path, 'utf8');
    const names = new Set();
    for (const [, name] of source.matchAll(/^export\s+(?:async\s+)?(?:function\*?|const|let|class)\s+([A-Za-z_$][\w$]*)/gm)) names.add(name);
    for (const [, list] of source.matchAll(/^export\s*\{([^}]*)\}/gm)) {
      list.split(',').map((part) => part.trim().split(/\s+as\s+/).pop()).filter(Boolean).forEach((name) => names.add(name));
    }
    exportsOf.set(path, names);
  }
  return exportsOf.get(path);
};
for (const path of [...sources, join(root, 'sw.js')]) {
  for (const [, list, target] of readFileSync(path, 'utf8').matchAll(/import\s*\{([^}]*)\}\s*from\s*'(\.{1,2}\/[^']+)'/g)) {
    const module = join(path, '..', target);
    let names;
    try { names = exported(module); } catch { fail(`${relative(root, path)} imports missing ${target}`); continue; }
    for (const name of list.split(',').map((part) => part.trim().split(/\s+as\s+/)[0]).filter(Boolean)) {
      if (!names.has(name)) fail(`${relative(root, path)} imports ${name} from ${target}, which does not export it`);
    }
  }
}

const sw = readFileSync(join(root, 'sw.js'), 'utf8');
const shellFiles = [...files(join(root, 'js')), ...files(join(root, 'css')), join(root, 'icons/icon.svg'), join(root, 'icons/icon-192.png')]
  .map((path) => `/${relative(root, path)}`);
shellFiles.filter((url) => !sw.includes(`'${url}'`)).forEach((url) => fail(`sw.js does not precache ${url}`));

const shellList = sw.slice(sw.indexOf('const SHELL = ['), sw.indexOf('];', sw.indexOf('const SHELL = [')));
const firstVisit = ['sw.js', ...new Set([...shellList.matchAll(/'\/([^']*)'/g)].map(([, path]) => path || 'index.html'))];
let raw = 0;
let gzip = 0;
for (const path of firstVisit) {
  const bytes = readFileSync(join(root, path));
  raw += bytes.length;
  gzip += gzipSync(bytes, { level: 9 }).length;
}
console.log(`shell: ${firstVisit.length} files, ${(raw / 1024).toFixed(1)} KiB raw, ${(gzip / 1024).toFixed(1)} KiB gzip (consumer first visit incl. sw.js and icons, no decoder)`);
if (gzip > 150 * 1024) fail('shell over 150 KB as sent (gzip)');

const needed = firstScreenModules(root);
const html = readFileSync(join(root, 'index.html'), 'utf8');
const preloaded = new Set([...html.matchAll(/<link rel="modulepreload" href="\/([^"]+)">/g)].map(([, path]) => path));
[...needed].filter((path) => !preloaded.has(path)).forEach((path) => fail(`index.html does not preload ${path}, which the first screens import`));
[...preloaded].filter((path) => !needed.has(path)).forEach((path) => fail(`index.html preloads ${path}, which the first screens do not import`));

// The first screen built into index.html (tools/build.mjs), when built: a first visit's page.
try {
  const size = gzipSync(readFileSync(join(root, 'dist/index.html')), { level: 9 }).length;
  console.log(`built index.html: ${(size / 1024).toFixed(1)} KiB gzip (the first screens' modules, stylesheet and strings)`);
  if (size > 150 * 1024) fail('built index.html over 150 KB as sent (gzip)');
} catch (err) {
  if (err.code !== 'ENOENT') throw err;
}
process.exit(failures ? 1 : 0);
