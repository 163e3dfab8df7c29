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
