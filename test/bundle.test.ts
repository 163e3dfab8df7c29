/**
 * The bundled command line (scripts/bundle.mjs builds dist/bundle/, bin/load-bundle.js loads
 * it with V8's code cache): that the binary runs it, that a plain run still loads no package it
 * does not need, that worker threads start from it, that the binary falls back to dist/'s modules
 * without it, and that the code cache is only ever an optimisation: a stale, corrupt or rejected
 * cache is ignored and replaced, one that cannot be written is skipped. No timings here: the
 * start-up figures live in `npm run bench`.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ROOT, scratch, SEED, seedClean, unscrape } from './support/binary.js';

const TRACER = join(ROOT, 'test/support/trace-loads.mjs');

/** The packages (under node_modules) a run of the binary loaded. */
function packagesLoaded(args: string[], input = ''): string[] {
  const trace = join(scratch(), 'loads.txt');
  writeFileSync(trace, '');
  const result = spawnSync(process.execPath, ['--import', pathToFileURL(TRACER).href, join(ROOT, 'bin/unscrape.js'), ...args], {
    cwd: ROOT,
    input,
    env: { ...process.env, UNSCRAPE_TRACE_LOADS: trace },
    encoding: 'utf8',
  });
  expect(result.stderr).not.toMatch(/Error|at .*:\d+:\d+/);
  const names = readFileSync(trace, 'utf8').match(/\/node_modules\/(?:@[^/]+\/)?[^/]+/g) ?? [];
  return [...new Set(names.map((name) => name.replace('/node_modules/', '')))].sort();
}

describe('the bundled command line', () => {
  it('is built beside dist/ and is what the binary runs: the first run writes its code cache', () => {
    expect(existsSync(join(ROOT, 'dist/bundle/cli.js'))).toBe(true);
    expect(existsSync(join(ROOT, 'dist/bundle/worker.js'))).toBe(true);
    const cacheHome = scratch();
    for (let run = 0; run < 2; run++) {
      expect(unscrape([join(SEED, 'input.txt')], { env: { XDG_CACHE_HOME: cacheHome } })).toMatchObject({ code: 0, stdout: seedClean });
      expect(readdirSync(join(cacheHome, 'unscrape'))).toEqual([expect.stringMatching(/^cli-[0-9a-f]{8}-v[\d.]+-\w+\.v8cache$/)]);
    }
  });

  it('loads no package a plain clean does not need (franc, diff, chalk, commander, tinyglobby, the date parser, the entity table)', () => {
    expect(packagesLoaded([join(SEED, 'input.txt')])).toEqual([]);
  });

  it('still loads each package when a run needs it', () => {
    expect(packagesLoaded(['--diff', join(SEED, 'input.txt')])).toEqual(['diff']);
    expect(packagesLoaded(['--json', join(SEED, 'input.txt')])).toEqual(['any-date-parser']);
    expect(packagesLoaded(['--color', 'always', '--report', join(SEED, 'input.txt')])).toContain('chalk');
    expect(packagesLoaded(['--version'])).toEqual(['commander']);
    const finnish = 'Tämä on suomenkielinen teksti, joka kertoo kaupungin säästä ja liikenteestä. Se on tarpeeksi pitkä tunnistettavaksi.\n';
    expect(packagesLoaded([], finnish)).toEqual(['franc']);
    expect(packagesLoaded([], 'Acme answered every Q&amp;A question in the town hall on Monday.\n')).toContain('entities');
    expect(unscrape([], { input: 'Acme answered every Q&amp;A question in the town hall on Monday.\n' }).stdout).toBe('Acme answered every Q&A question in the town hall on Monday.\n');
  });

  it('answers --version from the package.json at the root, as the modules in dist/ do', () => {
    const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };
    expect(unscrape(['--version'])).toEqual({ code: 0, stdout: `${version}\n`, stderr: '' });
  });

  it('starts its worker threads from the bundled worker', () => {
    const records = Array.from({ length: 200 }, (_, id) => `${JSON.stringify({ id, text: `Acme paid ${id}. percent more.` })}\n`).join('');
    const { code, stdout, stderr } = unscrape(['--jsonl', '--workers', '2'], { input: records });
    expect(code).toBe(0);
    expect(stderr).toMatch(/ 2 threads\): 200 changed/);
    const out = stdout.trim().split('\n').map((line) => JSON.parse(line) as { id: number; text: string });
    expect(out.map((record) => record.text)).toEqual(Array.from({ length: 200 }, (_, id) => `Acme paid ${id} percent more.`));
  });

  it('runs the same without the code cache', () => {
    const env = { UNSCRAPE_CODE_CACHE: '0', XDG_CACHE_HOME: scratch() };
    expect(unscrape([join(SEED, 'input.txt')], { env })).toMatchObject({ code: 0, stdout: seedClean });
    expect(existsSync(join(env.XDG_CACHE_HOME, 'unscrape'))).toBe(false);
  });

  it('falls back to the modules in dist/ when there is no bundle', () => {
    // An installation with everything but dist/bundle/: bin/ copied, the rest linked.
    const install = scratch();
    cpSync(join(ROOT, 'bin'), join(install, 'bin'), { recursive: true });
    mkdirSync(join(install, 'dist'));
    for (const entry of readdirSync(join(ROOT, 'dist'))) if (entry !== 'bundle') symlinkSync(join(ROOT, 'dist', entry), join(install, 'dist', entry));
    symlinkSync(join(ROOT, 'node_modules'), join(install, 'node_modules'));
    cpSync(join(ROOT, 'package.json'), join(install, 'package.json'));
    const cacheHome = scratch();
    const result = spawnSync(process.execPath, [join(install, 'bin/unscrape.js'), join(SEED, 'input.txt')], {
      env: { ...process.env, XDG_CACHE_HOME: cacheHome },
      encoding: 'utf8',
    });
    expect(result).toMatchObject({ status: 0, stdout: seedClean });
    expect(existsSync(join(cacheHome, 'unscrape'))).toBe(false);
  });
});

/** A bundle as scripts/bundle.mjs shapes it, small enough to read: `answer()` tells which build ran. */
const fakeBundle = (answer: number) => `// a test bundle
(function (exports, require, module, __bundleUrl, __import) {
'use strict';
exports.answer = () => ${answer};
exports.sep = require('node:path').sep;
exports.url = __bundleUrl;
exports.basename = async (path) => (await __import('node:path')).basename(path);
})
`;

interface Loaded {
  cached: boolean;
  answer: number;
  sep: string;
  url: string;
  basename: string;
}

/** Loads `bundle` with bin/load-bundle.js in a fresh process, as the binary does, and saves its cache. */
function load(bundle: string, cacheHome: string, options: { env?: Record<string, string>; nodeFlags?: string[] } = {}): Loaded | null {
  const script = `
    import { pathToFileURL } from 'node:url';
    import { loadBundle } from ${JSON.stringify(pathToFileURL(join(ROOT, 'bin/load-bundle.js')).href)};
    const loaded = loadBundle(pathToFileURL(process.argv[1]));
    if (loaded === null) console.log('null');
    else {
      const { answer, sep, url, basename } = loaded.exports;
      console.log(JSON.stringify({ cached: loaded.cached, answer: answer(), sep, url, basename: await basename('/a/b.txt') }));
      loaded.saveCache();
    }`;
  const result = spawnSync(process.execPath, [...(options.nodeFlags ?? []), '--input-type=module', '-e', script, bundle], {
    env: { ...process.env, XDG_CACHE_HOME: cacheHome, ...options.env },
    encoding: 'utf8',
  });
  expect(result.stderr).toBe('');
  expect(result.status).toBe(0);
  return JSON.parse(result.stdout) as Loaded | null;
}

/** The one cache file under `cacheHome`. */
function cacheFile(cacheHome: string): string {
  const files = readdirSync(join(cacheHome, 'unscrape'));
  expect(files).toHaveLength(1);
  return join(cacheHome, 'unscrape', files[0]!);
}

describe('the code cache', () => {
  function setUp(answer = 42) {
    const folder = scratch();
    const bundle = join(folder, 'cli.js');
    writeFileSync(bundle, fakeBundle(answer));
    return { bundle, cacheHome: join(folder, 'cache') };
  }

  it('is written by the first run and used by the next, import() and require included', () => {
    const { bundle, cacheHome } = setUp();
    const expected = { answer: 42, sep: '/', url: pathToFileURL(bundle).href, basename: 'b.txt' };
    expect(load(bundle, cacheHome)).toEqual({ cached: false, ...expected });
    expect(readFileSync(cacheFile(cacheHome), 'latin1')).toMatch(/^unscrape-code-cache 1 [0-9a-f]{8} \d+ [0-9a-f]{8} \d+\n/);
    expect(load(bundle, cacheHome)).toEqual({ cached: true, ...expected });
    expect(load(bundle, cacheHome)).toEqual({ cached: true, ...expected });
  });

  it('is ignored and replaced once the bundle changes, even to one of the same length', () => {
    const { bundle, cacheHome } = setUp(42);
    load(bundle, cacheHome);
    writeFileSync(bundle, fakeBundle(43));
    expect(load(bundle, cacheHome)).toMatchObject({ cached: false, answer: 43 });
    expect(load(bundle, cacheHome)).toMatchObject({ cached: true, answer: 43 });
  });

  it('is ignored and replaced when it is corrupt, truncated, empty or not a cache at all', () => {
    const { bundle, cacheHome } = setUp();
    load(bundle, cacheHome);
    const file = cacheFile(cacheHome);
    const good = readFileSync(file);
    const flipped = Buffer.from(good);
    for (let at = Math.floor(good.length / 2); at < Math.floor(good.length / 2) + 16; at++) flipped[at] = flipped[at]! ^ 0x5a;
    const headerOnly = good.subarray(0, good.indexOf(10) + 1);
    for (const bad of [flipped, good.subarray(0, good.length - 100), headerOnly, Buffer.alloc(0), Buffer.from('\n'), Buffer.alloc(4096, 0xff)]) {
      writeFileSync(file, bad);
      expect(load(bundle, cacheHome)).toMatchObject({ cached: false, answer: 42 });
      expect(readFileSync(file).equals(bad)).toBe(false);
      expect(load(bundle, cacheHome)).toMatchObject({ cached: true, answer: 42 });
    }
  });

  it('is replaced when V8 rejects it (other V8 flags)', () => {
    const { bundle, cacheHome } = setUp();
    load(bundle, cacheHome, { nodeFlags: ['--no-opt'] });
    expect(load(bundle, cacheHome)).toMatchObject({ cached: false, answer: 42 });
    expect(load(bundle, cacheHome)).toMatchObject({ cached: true, answer: 42 });
  });

  it('never fails a run: a cache folder that cannot be made is skipped', () => {
    const { bundle, cacheHome } = setUp();
    writeFileSync(cacheHome, 'a file where the cache folder would go');
    expect(load(bundle, cacheHome)).toMatchObject({ cached: false, answer: 42 });
    expect(load(bundle, cacheHome)).toMatchObject({ cached: false, answer: 42 });
  });

  it('is off with UNSCRAPE_CODE_CACHE=0, and there is nothing to load without a bundle', () => {
    const { bundle, cacheHome } = setUp();
    expect(load(bundle, cacheHome, { env: { UNSCRAPE_CODE_CACHE: '0' } })).toMatchObject({ cached: false, answer: 42 });
    expect(existsSync(cacheHome)).toBe(false);
    expect(load(join(cacheHome, 'missing.js'), cacheHome)).toBeNull();
  });
});
