/**
 * Every folder under fixtures/ is a case: input.txt with the expected clean.txt beside it,
 * tail.txt when a tail must be split off (its absence means no tail), and edits.txt when the
 * exact list of edits is pinned. UPDATE_GOLDEN=1 rewrites edits.txt only; clean.txt and
 * tail.txt are written by hand.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { clean } from '../src/engine.js';
import { tailFileContent } from '../src/format/notices.js';
import { restoreInput } from '../src/restore.js';

const FIXTURES = new URL('../fixtures/', import.meta.url).pathname;
const cases = readdirSync(FIXTURES, { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && existsSync(join(FIXTURES, entry.name, 'input.txt')))
  .map((entry) => entry.name);

const read = (name: string, file: string) => readFileSync(join(FIXTURES, name, file), 'utf8');
const optional = (name: string, file: string) => (existsSync(join(FIXTURES, name, file)) ? read(name, file) : null);

export function editLines(result: ReturnType<typeof clean>): string {
  return result.edits.map((edit) => `${edit.line}:${edit.column} ${edit.pass} ${JSON.stringify(edit.before)} -> ${JSON.stringify(edit.after)}\n`).join('');
}

describe.each(cases)('fixture %s', (name) => {
  const input = read(name, 'input.txt');
  const result = clean(input);

  it('cleans to clean.txt', () => {
    expect(result.text).toBe(read(name, 'clean.txt'));
  });

  it('splits off exactly tail.txt (or no tail when there is none)', () => {
    const expectedTail = optional(name, 'tail.txt');
    if (expectedTail === null) expect(result.tail).toBeNull();
    else expect(result.tail && tailFileContent(result.tail.text)).toBe(expectedTail);
  });

  it('makes exactly the edits in edits.txt', () => {
    const pinned = optional(name, 'edits.txt');
    if (process.env.UPDATE_GOLDEN) writeFileSync(join(FIXTURES, name, 'edits.txt'), editLines(result));
    else if (pinned !== null) expect(editLines(result)).toBe(pinned);
  });

  it('loses nothing: the input is rebuilt from the clean text, the edits and the tail', () => {
    expect(restoreInput(result)).toBe(input);
  });

  it('is idempotent: cleaning the clean text changes nothing', () => {
    expect(clean(result.text).text).toBe(result.text);
  });
});
