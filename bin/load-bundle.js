/**
 * Loads the bundled command line (dist/bundle/cli.js, built by scripts/bundle.mjs) with V8's
 * code cache, so that a run neither parses nor compiles the JavaScript it runs: it deserialises
 * what an earlier run compiled.
 *
 * The cache is one file per installation and Node.js version in $XDG_CACHE_HOME/unscrape (or
 * ~/.cache/unscrape), written atomically (a temporary file, then a rename) by the first run and
 * rewritten whenever the bundle changes. It is only ever an optimisation: a cache that is
 * missing, stale (another bundle), corrupt (checked by CRC-32 before V8 sees it: V8 trusts its
 * input), or one V8 rejects (other V8 flags) is ignored, and a cache that cannot be written is
 * not written; the run is the same. UNSCRAPE_CODE_CACHE=0 turns it off.
 *
 * On a miss the bundle is compiled eagerly, every function at once (~15 ms more, that run only),
 * so the cache holds all of it whatever that first run did: a `--version` does not leave a cache
 * without the engine.
 */
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { homedir } from 'node:os';
import { isAbsolute, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { setFlagsFromString } from 'node:v8';
import { Script } from 'node:vm';
import * as zlib from 'node:zlib';

const MAGIC = 'unscrape-code-cache 1';

/**
 * The bundle at `url` compiled and run: its exports, and `saveCache()` to call once the run is
 * done (it writes the cache if this run made one). Null when there is no bundle.
 */
export function loadBundle(url, env = process.env) {
  const file = fileURLToPath(url);
  let source;
  try {
    source = readFileSync(file);
  } catch (error) {
    if (error?.code === 'ENOENT') return null;
    throw error;
  }
  const cache = codeCache(file, source, env);
  const cachedData = cache?.read();
  const eager = cache !== null && cachedData === undefined;
  let script;
  if (eager) setFlagsFromString('--no-lazy');
  try {
    script = new Script(source.toString('utf8'), { filename: file, cachedData });
  } finally {
    if (eager) setFlagsFromString('--lazy');
  }
  // Eagerly compiled, the code is all there now; after a rejected cache, it is taken once the run has compiled what it used.
  let fresh = eager ? script.createCachedData() : null;
  const module = { exports: {} };
  script.runInThisContext()(module.exports, createRequire(file), module, url.href, (specifier) => import(specifier));
  return {
    exports: module.exports,
    /** Whether V8 took the cache: for tests and for measuring. */
    cached: cachedData !== undefined && !script.cachedDataRejected,
    saveCache() {
      if (cache === null) return;
      if (cachedData !== undefined && script.cachedDataRejected) fresh = script.createCachedData();
      if (fresh) cache.write(fresh);
    },
  };
}

/** The cache file for this bundle, or null when caching is off or there is nowhere to keep it. */
function codeCache(file, source, env) {
  if (env.UNSCRAPE_CODE_CACHE === '0' || typeof zlib.crc32 !== 'function') return null; // zlib.crc32: Node.js 20.15
  let base = env.XDG_CACHE_HOME;
  if (!base || !isAbsolute(base)) {
    try {
      base = join(homedir(), '.cache');
    } catch {
      return null;
    }
    if (!isAbsolute(base)) return null;
  }
  const dir = join(base, 'unscrape');
  const path = join(dir, `cli-${hex(zlib.crc32(file))}-${process.version}-${process.arch}.v8cache`);
  // The first line names the bundle (its CRC-32 and length) and the data's CRC-32 and length.
  const bundle = `${hex(zlib.crc32(source))} ${source.length}`;
  const header = (data) => `${MAGIC} ${bundle} ${hex(zlib.crc32(data))} ${data.length}\n`;
  return {
    read() {
      let bytes;
      try {
        bytes = readFileSync(path);
      } catch {
        return undefined;
      }
      const newline = bytes.indexOf(10);
      if (newline < 0 || newline > 200) return undefined;
      const data = bytes.subarray(newline + 1);
      return bytes.toString('latin1', 0, newline + 1) === header(data) ? data : undefined;
    },
    write(data) {
      const temporary = `${path}.${process.pid}-${Math.random().toString(36).slice(2)}.tmp`;
      try {
        mkdirSync(dir, { recursive: true, mode: 0o700 });
        writeFileSync(temporary, Buffer.concat([Buffer.from(header(data), 'latin1'), data]), { mode: 0o600 });
        renameSync(temporary, path);
      } catch {
        try {
          rmSync(temporary, { force: true });
        } catch {
          // Nothing was written, or it cannot be removed either: the cache is only ever an optimisation.
        }
      }
    },
  };
}

function hex(number) {
  return number.toString(16).padStart(8, '0');
}
