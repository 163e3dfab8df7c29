import { describe, expect, it } from 'vitest';
import { createDocument } from '../../src/document.js';
import { codeRanges } from '../../src/html/code-context.js';

describe('code ranges', () => {
  const text = 'Use `a  b` here.\n\n```\nx  = 1\n```\n\nThen <pre>y  = 2</pre> ends.';

  it('finds fenced blocks, inline code and code elements, in order', () => {
    const doc = createDocument(text);
    const found = codeRanges(doc).map(({ start, end }) => text.slice(start, end));
    expect(found).toEqual(['`a  b`', '```\nx  = 1\n```', '<pre>y  = 2</pre>']);
  });

  it('is found once per document and shared by every pass that asks', () => {
    const doc = createDocument(text);
    expect(codeRanges(doc)).toBe(codeRanges(doc));
    expect(codeRanges(createDocument(text))).not.toBe(codeRanges(doc));
  });
});
