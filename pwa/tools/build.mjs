// The first screen in index.html itself: `node pwa/tools/build.mjs` (`make pwa`; `make run` and
// `make install-dev` run it). Writes pwa/dist/, which app/web.py serves in place of the same
// paths of pwa/ while it was built from the sources as they are (else the unbundled app, as
// without a build). docs/pwa.md, "First screen".
//
// On a slow network a first visit cost two round trips before the app could be drawn: the HTML,
// then the modules and the stylesheet it names. Here the modules of the first screens (the app,
// the scan screen, the verdict: tools/first-screens.mjs) are bundled and minified with esbuild
// into one module script inside index.html, with the stylesheet: one round trip. The screens
// loaded later stay the app's own files; when they import a module of the first screen, its URL
// (e.g. /js/api.js) gives them the instance index.html runs: dist/js/api.js re-exports it from
// `globalThis.__biModules`, so there is one language, one session, one queue, as unbundled.
// The inline script and style are allowed by their hashes in the CSP (dist/build.json).
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { firstScreenModules, sourceVersion } from './first-screens.mjs';

const root = new URL('..', import.meta.url).pathname;
const { build, transform } = await import(process.env.ESBUILD_MODULE || 'esbuild');

// The sources this build is made of (before anything is written next to them).
const SOURCE_VERSION = sourceVersion(root);
const modules = [...firstScreenModules(root)];
const core = new Set(modules);
const registry = modules.filter((path) => path !== 'js/app.js');

// The modules of the first screens, registered under their URLs before the app starts; then the
// app (app.js starts itself when evaluated).
const REGISTRY = [
  ...registry.map((path, index) => `import * as m${index} from './${path}';`),
  `globalThis.__biModules = Object.freeze({ ${registry.map((path, index) => `'/${path}': m${index}`).join(', ')} });`,
].join('\n');
const ENTRY = "import 'bi:registry';\nimport './js/app.js';\n";

// The strings: index.html carries every key of the namespaces ('scan', 'verdict', ...) the first
// screens name, literally or as a template's prefix (`reason.${code}`), in the three languages;
// the others go to js/strings-rest.js, which app.js loads before any other screen.
const I18N = join(root, 'js/i18n.js');
const i18nSource = readFileSync(I18N, 'utf8');
const MARKER = 'export const STRINGS =';
const at = i18nSource.indexOf(MARKER);
if (at < 0) throw new Error(`js/i18n.js changed: no "${MARKER}"; update tools/build.mjs`);
const STRINGS = new Function(`return ${i18nSource.slice(at + MARKER.length).trim().replace(/;\s*$/, '')}`)();
const firstSources = [
  ...modules.map((path) => (path === 'js/i18n.js' ? i18nSource.slice(0, at) : readFileSync(join(root, path), 'utf8'))),
  readFileSync(join(root, 'index.html'), 'utf8'),
].join('\n');
const namespaces = new Set([
  ...[...firstSources.matchAll(/['"`]([\w.-]+)['"`]/g)].map(([, key]) => key).filter((key) => Object.hasOwn(STRINGS, key)),
  ...[...firstSources.matchAll(/`([\w-]+)\.[\w.-]*\$\{/g)].map(([, prefix]) => `${prefix}.`),
].map((key) => key.split('.')[0]));
const firstStrings = {};
const restStrings = {};
for (const [key, entry] of Object.entries(STRINGS)) (namespaces.has(key.split('.')[0]) ? firstStrings : restStrings)[key] = entry;

const firstScreen = {
  name: 'first-screen',
  setup(esbuild) {
    esbuild.onResolve({ filter: /^bi:registry$/ }, () => ({ path: 'registry', namespace: 'bi' }));
    esbuild.onLoad({ filter: /.*/, namespace: 'bi' }, () => ({ contents: REGISTRY, resolveDir: root, loader: 'js' }));
    esbuild.onLoad({ filter: /[\\/]js[\\/]i18n\.js$/ }, () => ({
      contents: `${i18nSource.slice(0, at)}${MARKER} ${JSON.stringify(firstStrings)};\n`, loader: 'js',
    }));
    // Absolute URLs (/node_modules/...) and the screens loaded later stay where they are.
    esbuild.onResolve({ filter: /.*/ }, (args) => {
      if (args.namespace === 'bi') return undefined;
      if (args.path.startsWith('/')) return { path: args.path, external: true };
      if (args.kind !== 'dynamic-import') return undefined;
      const path = relative(root, join(args.resolveDir, args.path));
      return core.has(path) ? undefined : { path: `/${path}`, external: true };
    });
  },
};

const bundled = await build({
  stdin: { contents: ENTRY, resolveDir: root, loader: 'js', sourcefile: 'first-screen.js' },
  bundle: true, format: 'esm', minify: true, target: 'es2022', charset: 'utf8',
  legalComments: 'none', write: false, plugins: [firstScreen], absWorkingDir: root, logLevel: 'warning',
});
const script = bundled.outputFiles[0].text.trim();
const style = (await transform(readFileSync(join(root, 'css/app.css'), 'utf8'), {
  loader: 'css', minify: true, charset: 'utf8', target: ['chrome100', 'safari15', 'firefox100'],
})).code.trim();
if (/<\/script/i.test(script) || /<\/style/i.test(style)) throw new Error('"</script" or "</style" in the first screen');

// What each module of the first screen exports, for the URLs the later screens import.
const names = await build({
  entryPoints: modules.map((path) => join(root, path)), bundle: false, format: 'esm',
  write: false, metafile: true, outdir: '/out', outbase: root, absWorkingDir: root, logLevel: 'warning',
});
const exportsOf = new Map(Object.values(names.metafile.outputs)
  .filter((output) => output.entryPoint).map((output) => [output.entryPoint, output.exports]));

let html = readFileSync(join(root, 'index.html'), 'utf8');
const replace = (pattern, by) => {
  if (!pattern.test(html)) throw new Error(`index.html changed: no ${pattern}; update tools/build.mjs`);
  html = html.replace(pattern, by);
};
replace(/\n\s*<!-- Every module of the scan[\s\S]*?-->/, '');
replace(/\n\s*<link rel="modulepreload" href="[^"]+">/g, '');
replace(/<link rel="stylesheet" href="\/css\/app\.css">/, () => `<style>${style}</style>`);
replace(/<script type="module" src="\/js\/app\.js"><\/script>/, () => `<script type="module">${script}</script>`);

const hash = (text) => `sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}`;
const out = join(root, `dist.tmp-${process.pid}`);
rmSync(out, { recursive: true, force: true });
const put = (path, text) => {
  mkdirSync(dirname(join(out, path)), { recursive: true });
  writeFileSync(join(out, path), text);
};
put('index.html', html);
put('js/strings-rest.js', `// Built (tools/build.mjs): the strings of the screens after the first ones.\nexport default ${JSON.stringify(restStrings)};\n`);
for (const path of modules) {
  const exported = exportsOf.get(path);
  if (!exported) throw new Error(`no exports found for ${path}`);
  const body = !exported.length
    ? '// Built (tools/build.mjs): this module runs in index.html.\nexport {};\n'
    : `// Built (tools/build.mjs): this module runs in index.html; the same instance for the screens loaded later.\n`
      + `const m = globalThis.__biModules['/${path}'];\nexport const { ${exported.join(', ')} } = m;\n`;
  put(path, body);
}
put('build.json', `${JSON.stringify({
  source_version: SOURCE_VERSION,
  script_hashes: [hash(script)],
  style_hashes: [hash(style)],
  modules: modules.map((path) => `/${path}`),
}, null, 2)}\n`);
const dist = join(root, 'dist');
if (existsSync(dist)) rmSync(dist, { recursive: true, force: true });
renameSync(out, dist);
const gzipped = (await import('node:zlib')).gzipSync(html, { level: 9 }).length;
console.log(`pwa/dist: index.html ${(Buffer.byteLength(html) / 1024).toFixed(1)} KiB, ${(gzipped / 1024).toFixed(1)} KiB gzipped, with ${modules.length} modules, app.css and ${Object.keys(firstStrings).length} of ${Object.keys(STRINGS).length} strings (${[...namespaces].sort().join(' ')})`);
