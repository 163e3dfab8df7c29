import { constants } from 'node:buffer';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeInput, firstInvalidUtf8Byte } from '../src/cli/decode.js';
import { recordsResult, runJob, type CleanSpec } from '../src/cli/parallel/jobs.js';
import { windows1252ForControl } from '../src/mojibake/charmaps.js';

const fatal = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
const decodes = (bytes: Uint8Array) => {
  try {
    fatal.decode(bytes);
    return true;
  } catch {
    return false;
  }
};

/** The spec, read off the platform's own decoder: the longest prefix it accepts ends where the first bad sequence starts. */
function longestValidPrefix(bytes: Uint8Array): number {
  for (let end = bytes.length; end > 0; end--) if (decodes(bytes.subarray(0, end))) return end;
  return 0;
}

/** Bytes near the edges of UTF-8's rules: leads that allow only part of the continuation range, and bytes that never occur. */
const EDGE_BYTES = [0x00, 0x41, 0x7f, 0x80, 0x8f, 0x90, 0x9f, 0xa0, 0xbf, 0xc0, 0xc1, 0xc2, 0xdf, 0xe0, 0xe1, 0xec, 0xed, 0xee, 0xef, 0xf0, 0xf1, 0xf3, 0xf4, 0xf5, 0xf8, 0xfe, 0xff];
const mostlyUtf8 = fc
  .array(
    fc.oneof(
      fc.string({ unit: 'grapheme', maxLength: 4 }).map((text) => [...new TextEncoder().encode(text)]),
      fc.constantFrom(...EDGE_BYTES).map((byte) => [byte]),
      fc.integer({ min: 0, max: 255 }).map((byte) => [byte]),
    ),
    { maxLength: 12 },
  )
  .map((parts) => Uint8Array.from(parts.flat()));

describe('finding the first byte that is not UTF-8', () => {
  it('stops where the platform decoder’s longest accepted prefix ends', () => {
    fc.assert(fc.property(mostlyUtf8, (bytes) => firstInvalidUtf8Byte(bytes) === longestValidPrefix(bytes)), { numRuns: 3000 });
  });

  it('names that offset in the error, and only for UTF-8', () => {
    expect(() => decodeInput(Uint8Array.of(0x61, 0x62, 0xe2, 0x80, 0x41))).toThrow('is not valid utf-8 (first bad byte at offset 2)');
    expect(() => decodeInput(Uint8Array.of(0x61, 0xed, 0xa0, 0x80))).toThrow('first bad byte at offset 1');
    expect(() => decodeInput(Uint8Array.of(0x3d, 0xd8, 0x41, 0x00), 'utf-16le')).toThrow(/^is not valid utf-16le; try/);
  });
});

describe('decoding windows-1252', () => {
  it('maps every byte as the code page does: Latin-1, with 0x80-0x9F as its printable characters where it has them', () => {
    const bytes = Uint8Array.from({ length: 255 }, (_, index) => index + 1);
    const byByte = [...bytes].map((byte) => String.fromCharCode(byte)).map((char) => windows1252ForControl(char) ?? char).join('');
    const text = decodeInput(bytes, 'windows-1252');
    expect(text).toBe(byByte);
    const at = (byte: number) => text[byte - 1];
    expect([0x80, 0x85, 0x93, 0x94, 0x99, 0x41, 0xe9, 0xff].map(at)).toEqual(['€', '…', '“', '”', '™', 'A', 'é', 'ÿ']);
    // A byte the code page leaves undefined stays the control character Latin-1 reads.
    expect(at(0x81)).toBe('\u0081');
  });
});

describe('an input past the longest string Node.js can hold', () => {
  // One buffer for every case: a line of MAX_STRING_LENGTH + 1 letters, then a small record.
  const small = new TextEncoder().encode(`${JSON.stringify({ id: 2, text: 'They said said so.' })}\n`);
  const huge = Buffer.allocUnsafe(constants.MAX_STRING_LENGTH + 2 + small.length);
  huge.fill(0x61, 0, constants.MAX_STRING_LENGTH + 1);
  huge[constants.MAX_STRING_LENGTH + 1] = 0x0a;
  huge.set(small, constants.MAX_STRING_LENGTH + 2);
  const hugeText = huge.subarray(0, constants.MAX_STRING_LENGTH + 1);

  it('is refused as one text with a way out, in UTF-8 and in a one-byte code page alike', () => {
    for (const encoding of ['utf-8', 'windows-1252']) {
      expect(() => decodeInput(hugeText, encoding)).toThrow(/^is too large to clean as one text: its 512 MB decode to more than the 536,870,888 characters .* use --jsonl$/);
    }
  });

  it('becomes an error record in a JSONL batch, and the records after it are still cleaned', () => {
    const spec: CleanSpec = { minConfidence: 0.6, only: [], skip: [], keepTail: false, language: undefined, boilerplate: [] };
    const done = recordsResult(runJob({ kind: 'records', spec, field: 'text', firstLine: 7, data: huge }));
    expect(done.lines).toBe(2);
    const [first, second] = new TextDecoder().decode(done.output).trimEnd().split('\n').map((line) => JSON.parse(line));
    expect(first).toEqual({ unscrape: { error: 'line 7: too large to read (512 MB, past the longest string Node.js can hold)' } });
    expect(second.text).toBe('They said so.');
    expect(done.errors.map(({ message }) => message)).toEqual([first.unscrape.error]);
  });
});
