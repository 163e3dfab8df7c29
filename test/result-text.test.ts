/**
 * A long text's clean text is held as its sections' texts until it is read whole: the command
 * line writes and compares it piece by piece. Every reader of `result.text` still sees one string.
 */
import { describe, expect, it } from 'vitest';
import { clean } from '../src/engine.js';
import { textIs, textPieces } from '../src/result-text.js';

const paragraphs = Array.from({ length: 120 }, (_, index) => `The council met for the ${index + 1}th time and agreed to repair the the bridge.`);
const long = `${paragraphs.join('\n\n')}\n`;
const inSections = () => clean(long, { language: 'eng', splitTail: false, sectionLength: 2_000 });

describe('a clean text held in pieces', () => {
  it('is its sections’ texts, joined when first read and then held joined', () => {
    const result = inSections();
    expect(result.stats.sections).toBeGreaterThan(2);
    const pieces = [...textPieces(result)];
    expect(pieces).toHaveLength(result.stats.sections);
    const text = result.text;
    expect(pieces.join('')).toBe(text);
    expect(text).toBe(long.replaceAll('the the', 'the'));
    expect(textPieces(result)).toEqual([text]);
  });

  it('is compared with a text without joining it', () => {
    const result = inSections();
    const expected = long.replaceAll('the the', 'the');
    expect(textIs(result, expected)).toBe(true);
    expect(textIs(result, expected.slice(0, -1))).toBe(false);
    expect(textIs(result, `${expected}x`)).toBe(false);
    expect(textIs(result, expected.replace('99th', '98th'))).toBe(false);
    expect(textIs(result, '')).toBe(false);
    expect(textIs(result, long)).toBe(false);
    expect(textPieces(result).length).toBeGreaterThan(1);
  });

  it('is a plain field to JSON, spreads and copies', () => {
    const result = inSections();
    const expected = long.replaceAll('the the', 'the');
    expect(JSON.parse(JSON.stringify(result)).text).toBe(expected);
    expect({ ...result }.text).toBe(expected);
    expect(structuredClone({ ...result, metadata: null }).text).toBe(expected);
    expect(Object.keys(result)[0]).toBe('text');
  });

  it('is one piece for a text cleaned whole', () => {
    const result = clean('The the bridge.\n', { language: 'eng' });
    expect(textPieces(result)).toEqual(['The bridge.\n']);
    expect(textIs(result, 'The bridge.\n')).toBe(true);
    expect(textIs(result, 'The the bridge.\n')).toBe(false);
  });
});
