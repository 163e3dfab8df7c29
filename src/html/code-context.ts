/**
 * Where markup in a text is the subject rather than a leftover: code blocks fenced with ```
 * or ~~~, inline `code` spans, <code> and <pre> elements, and markup a sentence talks about
 * (`the <div> tag`, `write "&amp;"`). The HTML passes leave those places alone.
 */
import type { Document } from '../document.js';

export interface Range {
  start: number;
  end: number;
}

const FENCE = /^[ \t]*(?:```|~~~)/;
const INLINE_CODE = /`[^`\n]+`/g;
const CODE_ELEMENT = /<(code|pre|kbd|samp|script|style)\b[^>]*>[^]*?<\/\1\s*>/gi;

/** The stretches of `doc.text` that are code, in order. */
export function codeRanges(doc: Document): Range[] {
  const ranges: Range[] = [];
  let fenceStart: number | undefined;
  for (const line of doc.lines) {
    if (!FENCE.test(line.text)) continue;
    if (fenceStart === undefined) fenceStart = line.start;
    else {
      ranges.push({ start: fenceStart, end: line.end });
      fenceStart = undefined;
    }
  }
  if (fenceStart !== undefined) ranges.push({ start: fenceStart, end: doc.text.length });
  for (const pattern of [INLINE_CODE, CODE_ELEMENT]) {
    for (const match of doc.text.matchAll(pattern)) ranges.push({ start: match.index, end: match.index + match[0].length });
  }
  return ranges.sort((a, b) => a.start - b.start);
}

export function insideAny(ranges: readonly Range[], start: number, end: number): boolean {
  return ranges.some((range) => start >= range.start && end <= range.end);
}

const OPENING_QUOTES = `"'“‘«‹„`;
const CLOSING_QUOTES = `"'”’»›“`;
/** Words that make the markup before them the subject of the sentence. */
const SUBJECT_WORDS = /^[\s,)]*(?:tags?|elements?|attributes?|entity|entities|escapes?|markup|character references?)\b/i;

/** `"&amp;"`, `the <div> tag`, `<p> elements`: markup named, not markup left over. */
export function isMentioned(text: string, start: number, end: number): boolean {
  const before = text[start - 1];
  const after = text[end];
  if (before !== undefined && after !== undefined && OPENING_QUOTES.includes(before) && CLOSING_QUOTES.includes(after)) return true;
  return SUBJECT_WORDS.test(text.slice(end, end + 40));
}
