import { describe, expect, it } from 'vitest';
import { clean } from '../src/engine.js';

const ENGLISH = [
  'Published on',
  'March 3, 2021',
  '',
  'The city council voted on Tuesday to rebuild the old ferry terminal, ending a dispute that had divided the harbour district for more than a decade.',
  '',
  'The port authority said the ferries would keep running during the work, from a temporary pier on the north side of the harbour.',
].join('\n');

const HUNGARIAN_TAIL = 'Szakértőink segítenek szervezetének a felhőbe való átállásban. Gondoskodunk arról, hogy munkatársai bárhol biztonságosan dolgozhassanak.';

describe('the result of clean()', () => {
  it('has its metadata as an own enumerable field, so JSON and spreads carry it', () => {
    const result = clean(ENGLISH);
    expect(Object.keys(result)).toContain('metadata');
    expect(JSON.parse(JSON.stringify(result)).metadata).toEqual(result.metadata);
    expect({ ...result }.metadata).toEqual(result.metadata);
    expect(result.metadata.published).toMatch(/^2021-03-03/);
  });

  it('extracts the metadata once, from the clean text', () => {
    const result = clean(ENGLISH.replace('voted on', 'voted voted on'));
    expect(result.metadata).toBe(result.metadata);
    expect(result.metadata).toEqual(clean(result.text).metadata);
  });

  // A getter closure per result gave each result its own hidden class, which V8 keeps (and the
  // result's document with it) until a full collection: a JSONL stream's memory doubled.
  it('reads every metadata through one shared getter', () => {
    const getterOf = (text: string) => Object.getOwnPropertyDescriptor(clean(text), 'metadata')?.get;
    expect(getterOf(ENGLISH)).toBeTypeOf('function');
    expect(getterOf(ENGLISH)).toBe(getterOf(`${ENGLISH}\n\nAnother paragraph of the article, written for the test.`));
  });

  it('counts the calls to franc that deciding the tail took', () => {
    expect(clean(ENGLISH).stats.francCalls).toBe(0);
    const withTail = clean(`${ENGLISH}\n\n${HUNGARIAN_TAIL}`);
    expect(withTail.tail?.language).toBe('hun');
    expect(withTail.stats.francCalls).toBeGreaterThan(0);
  });
});
