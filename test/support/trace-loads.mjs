/**
 * Preloaded with `node --import`: writes the URL of every module the process loads, ES modules
 * (through a load hook) and CommonJS ones (from require's cache, at exit), one per line, to the
 * file named by UNSCRAPE_TRACE_LOADS. For tests of what a run loads; never part of a real run.
 */
import { appendFileSync } from 'node:fs';
import { createRequire, register } from 'node:module';
import { pathToFileURL } from 'node:url';

const out = process.env.UNSCRAPE_TRACE_LOADS;
if (out) {
  const hooks = `import { appendFileSync } from 'node:fs';
export async function load(url, context, next) {
  appendFileSync(${JSON.stringify(out)}, url + '\\n');
  return next(url, context);
}`;
  register(`data:text/javascript,${encodeURIComponent(hooks)}`);
  process.on('exit', () => {
    const loaded = Object.keys(createRequire(import.meta.url).cache).map((path) => pathToFileURL(path).href);
    appendFileSync(out, loaded.map((url) => `${url}\n`).join(''));
  });
}
