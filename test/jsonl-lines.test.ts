import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { joinLines, LineSplitter, splitJoinedLines } from '../src/jsonl/lines.js';

const bytes = (text: string) => new TextEncoder().encode(text);
const text = (line: Uint8Array) => new TextDecoder().decode(line);

/** Feeds `input` in chunks of the given sizes and returns the lines as text. */
function split(input: string, sizes: number[]): string[] {
  const splitter = new LineSplitter();
  const all = bytes(input);
  const lines: Uint8Array[] = [];
  let start = 0;
  for (const size of sizes) {
    lines.push(...splitter.push(all.subarray(start, start + size)));
    start += size;
  }
  lines.push(...splitter.push(all.subarray(start)), ...splitter.end());
  return lines.map(text);
}

describe('LineSplitter', () => {
  it.each([
    ['a\nb\n', ['a', 'b']],
    ['a\nb', ['a', 'b']],
    ['a\r\nb\r\n', ['a', 'b']],
    ['\n\n', ['', '']],
    ['', []],
    ['\uFEFF{"a":1}\n', ['{"a":1}']],
    ['a\rb\n', ['a\rb']],
  ])('splits %j into %j', (input, lines) => {
    expect(split(input, [])).toEqual(lines);
  });

  it('gives the same lines however the bytes are chunked, even inside a character', () => {
    const line = fc.string({ unit: 'grapheme', maxLength: 12 }).filter((value) => !/[\r\n\uFEFF]/.test(value));
    fc.assert(
      fc.property(fc.array(line, { maxLength: 6 }), fc.array(fc.integer({ min: 0, max: 9 }), { maxLength: 12 }), (lines, sizes) => {
        const input = lines.map((value) => `${value}\n`).join('');
        expect(split(input, sizes)).toEqual(lines);
      }),
    );
  });
});

describe('joinLines and splitJoinedLines', () => {
  it('give back the lines they were given, empty ones included, in a buffer of its own', () => {
    const line = fc.string({ unit: 'grapheme', maxLength: 12 }).filter((value) => !value.includes('\n'));
    fc.assert(
      fc.property(fc.array(line, { maxLength: 6 }), (lines) => {
        const joined = joinLines(lines.map(bytes));
        expect(joined.byteOffset).toBe(0);
        expect(joined.byteLength).toBe(joined.buffer.byteLength);
        expect([...splitJoinedLines(joined)].map(text)).toEqual(lines);
      }),
    );
  });
});
