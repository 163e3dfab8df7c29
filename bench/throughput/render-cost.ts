/**
 * What --diff or --word-diff adds to a run, measured inside one process, where the tens of
 * milliseconds of noise between two whole runs do not drown it: the article is cleaned first,
 * then the output is rendered, the diff library's first load included, and timed.
 * `node render-cost.js FILE diff|word-diff` prints the milliseconds.
 */
import { readFileSync } from 'node:fs';
import { plainPainter } from '../../src/cli/color.js';
import { clean } from '../../src/engine.js';
import { renderFile } from '../../src/format/render.js';

const [file, format] = process.argv.slice(2) as [string, 'diff' | 'word-diff'];
const input = readFileSync(file, 'utf8');
const result = clean(input);
const started = performance.now();
await renderFile(format, { name: file, input, result }, plainPainter);
process.stdout.write(`${(performance.now() - started).toFixed(2)}\n`);
