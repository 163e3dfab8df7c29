/**
 * npm run bench:scaling — linear time, measured: each input shape at size N and 2N; doubling
 * the input must not much more than double the time (ratio <= ~2.3). Shapes are the ones that
 * break naive patterns: one huge line, a huge word, many tiny paragraphs, many sentence ends,
 * many label lines, long runs of repeated words and of capitalised words.
 */
import { clean } from '../src/index.js';

const MB = 1024 * 1024;
const sentence = 'The company said the deal was worth $1.5 billion in the United States. ';

const shapes: Record<string, (size: number) => string> = {
  'one line of sentences': (size) => sentence.repeat(Math.ceil(size / sentence.length)).slice(0, size),
  'one huge word': (size) => 'a'.repeat(size),
  'tiny paragraphs': (size) => 'Item one.\n\n'.repeat(Math.ceil(size / 11)),
  'echo bait (Paris. Paris.)': (size) => 'Paris. '.repeat(Math.ceil(size / 7)),
  'doubled words (the the)': (size) => 'the '.repeat(Math.ceil(size / 4)),
  'label lines': (size) => 'Published on\nBy\n'.repeat(Math.ceil(size / 16)),
  'capitalised words': (size) => 'Acme Corp Holdings '.repeat(Math.ceil(size / 19)),
  'lines of unsure language': (size) => 'Zorblax quintar vemmel drosk ploovin arktel mundrey zoss\n'.repeat(Math.ceil(size / 57)),
};

function time(input: string): number {
  const started = performance.now();
  clean(input);
  return performance.now() - started;
}

const base = Number(process.env.SCALING_MB ?? 2) * MB;
console.log(`shape                              ${(base / MB).toFixed(0)} MB      ${((2 * base) / MB).toFixed(0)} MB    ratio`);
let worst = 0;
for (const [name, make] of Object.entries(shapes)) {
  const small = make(base);
  const large = make(2 * base);
  time(make(64 * 1024));
  const one = time(small);
  const two = time(large);
  worst = Math.max(worst, two / one);
  console.log(`${name.padEnd(32)} ${one.toFixed(0).padStart(7)} ms ${two.toFixed(0).padStart(7)} ms   ${(two / one).toFixed(2)}`);
}
console.log(`\nworst ratio ${worst.toFixed(2)} (linear is 2.0)`);
