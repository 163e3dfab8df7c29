/**
 * The nastiest inputs we could think of, each in test/adversarial/<case>/ with the expected
 * clean text beside it (tail.txt where a tail must be split). Every case must also keep the
 * no-loss and idempotence promises.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { clean } from '../src/engine.js';
import { restoreInput } from '../src/restore.js';

const ROOT = new URL('./adversarial/', import.meta.url).pathname;
const cases = readdirSync(ROOT).filter((name) => existsSync(join(ROOT, name, 'input.txt')));

describe.each(cases)('%s', (name) => {
  const input = readFileSync(join(ROOT, name, 'input.txt'), 'utf8');
  const result = clean(input);

  it('comes out as expected.txt', () => {
    expect(result.text).toBe(readFileSync(join(ROOT, name, 'expected.txt'), 'utf8'));
  });

  it('splits no tail unless tail.txt says so', () => {
    const tailFile = join(ROOT, name, 'tail.txt');
    expect(result.tail?.text ?? null).toBe(existsSync(tailFile) ? readFileSync(tailFile, 'utf8') : null);
  });

  it('loses nothing and is idempotent', () => {
    expect(restoreInput(result)).toBe(input);
    expect(clean(result.text).text).toBe(result.text);
  });
});

describe('inputs that make lists of 100,000+ items', () => {
  // A spread of that many arguments (push(...edits), Math.max(...widths)) overflows the call stack.
  it('cleans 130,000 doubled words in one paragraph', () => {
    const result = clean('the '.repeat(130_001));
    expect(result.text).toBe('the ');
    expect(result.edits.length).toBe(130_000);
  });

  it('cleans 130,000 short lines', () => {
    const input = 'Item one is here\n'.repeat(130_000);
    expect(restoreInput(clean(input))).toBe(input);
  });
});
