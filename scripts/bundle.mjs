// Bundles the command line with esbuild into dist/bundle/, after tsc has built dist/
// (`npm run build` runs both). The library entry, dist/index.js and its .d.ts, stays tsc's output.
//
// Why: a cleaning run used to load some 90 ES modules from dist/ one by one. bin/unscrape.js
// now compiles one script instead, from V8's code cache when it has one (bin/load-bundle.js):
// start-up is most of a short run. The commit that added this script has the figures.
//
// - dist/bundle/cli.js: the command line (`run`, `nodeIO`) as one function expression,
//   `(function (exports, require, module, __bundleUrl, __import) { ... })`, which
//   bin/load-bundle.js compiles with node:vm. It is CommonJS inside, so a module the run never
//   needs (commander's program, the review, the worker pool) is never initialised, and neither
//   are the packages and node modules it imports.
// - dist/bundle/worker.js: the worker threads' entry, an ES module.
// - Packages stay external: franc, diff, chalk, commander, tinyglobby, the date parser, the
//   entity table and the word lists load from node_modules when the sources ask for them, as
//   they did from dist/. In cli.js, `import('pkg')` becomes `__import('pkg')` (an import() from
//   bin/load-bundle.js): V8 loses a script's dynamic import callback when it is compiled from a
//   code cache (nodejs/node#43663).
// - A module that finds files beside itself (`new URL(x, import.meta.url)`, `createRequire`)
//   sees the URL its compiled copy has in dist/ (dist/cli/program.js finds ../../package.json),
//   so it works the same bundled or not. The exception is the worker pool: it starts the
//   `./worker.js` beside itself, which from the bundle is the bundled worker.
import { build } from 'esbuild';
import { readFile, rm } from 'node:fs/promises';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const SRC = join(ROOT, 'src');
const DIST = join(ROOT, 'dist');
const OUT = join(DIST, 'bundle');

/** Modules whose `import.meta.url` stays the bundle's own: what they find beside them is bundled too. */
const BUNDLE_RELATIVE = new Map([['cli/parallel/pool.ts', "new URL('./worker.js', import.meta.url)"]]);

/** An `import()` of a package or a node module (not of our own modules, which esbuild bundles). */
const PACKAGE_IMPORT = /\bimport\((['"])((?:node:)?[@a-z][^'"]*)\1\)/g;

/**
 * Rewrites each source module as the bundle needs it: `import.meta.url` as the URL of the
 * module's compiled copy in dist/ (an expression on `base`, the bundle's own URL), and, with
 * `packageImport`, each `import('pkg')` as a call to that function.
 */
function sourcesFor({ base, packageImport }) {
  return {
    name: 'unscrape-sources',
    setup(build) {
      build.onLoad({ filter: /\.ts$/ }, async ({ path }) => {
        let source = await readFile(path, 'utf8');
        const id = relative(SRC, path).split(sep).join('/');
        if (id.startsWith('../')) throw new Error(`${path}: the bundle takes its modules from src/ only`);
        if (packageImport) source = source.replace(PACKAGE_IMPORT, (_, quote, specifier) => `${packageImport}(${quote}${specifier}${quote})`);
        if (source.includes('import.meta.url')) {
          const kept = BUNDLE_RELATIVE.get(id);
          if (kept !== undefined) {
            // Fail the build rather than start workers from the wrong file if the pool changes how it finds them.
            if (!source.includes(kept) || source.split('import.meta.url').length !== 2) {
              throw new Error(`${id}: expected its only use of import.meta.url to be ${kept}; update scripts/bundle.mjs`);
            }
            source = source.replace('import.meta.url', base);
          } else {
            const compiled = relative(OUT, join(DIST, id.replace(/\.ts$/, '.js'))).split(sep).join('/');
            source = source.replaceAll('import.meta.url', `new URL(${JSON.stringify(compiled)}, ${base}).href`);
          }
        }
        return { contents: source, loader: 'ts' };
      });
    },
  };
}

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  packages: 'external',
  legalComments: 'none',
  logLevel: 'warning',
};

await rm(OUT, { recursive: true, force: true });

await build({
  ...common,
  stdin: {
    contents: "export { run } from './cli/main.js';\nexport { nodeIO } from './cli/io.js';\n",
    resolveDir: SRC,
    sourcefile: 'cli-bundle-entry.ts',
    loader: 'ts',
  },
  outfile: join(OUT, 'cli.js'),
  format: 'cjs',
  // A function expression: compiled by node:vm, it evaluates to the function, which bin/load-bundle.js calls.
  banner: { js: "// Built by scripts/bundle.mjs; loaded by bin/load-bundle.js.\n(function (exports, require, module, __bundleUrl, __import) {\n'use strict';" },
  footer: { js: '})' },
  plugins: [sourcesFor({ base: '__bundleUrl', packageImport: '__import' })],
});

await build({
  ...common,
  entryPoints: [join(SRC, 'cli/parallel/worker.ts')],
  outfile: join(OUT, 'worker.js'),
  format: 'esm',
  plugins: [sourcesFor({ base: 'import.meta.url', packageImport: null })],
});

// What the script must not contain: it is no module, and an import() compiled from the code cache fails.
const script = await readFile(join(OUT, 'cli.js'), 'utf8');
for (const [pattern, why] of [
  [/\bimport\.meta\b/, 'import.meta (the script is no module)'],
  [/\bimport\s*\(/, 'import() (use a literal package name, which the build rewrites to __import)'],
]) {
  const match = pattern.exec(script);
  if (match) {
    const line = script.slice(0, match.index).split('\n').length;
    throw new Error(`dist/bundle/cli.js:${line} uses ${why}`);
  }
}
