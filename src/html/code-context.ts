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
const CODE_TAG = /<(\/?)(code|pre|kbd|samp|script|style)\b[^>\n]{0,500}>/gi;

/**
 * The stretches of `doc.text` that are code, in order and not overlapping: found once per
 * document and shared, since several passes of a round ask.
 */
export function codeRanges(doc: Document): readonly Readonly<Range>[] {
  return doc.evidence(findCodeRanges);
}

function findCodeRanges(doc: Document): Range[] {
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
  for (const match of doc.text.matchAll(INLINE_CODE)) ranges.push({ start: match.index, end: match.index + match[0].length });
  for (const range of codeElements(doc.text)) ranges.push(range);
  return merged(ranges);
}

/** Sorted, overlapping ranges joined, so that `insideAny` can search them by halves. */
function merged(ranges: Range[]): Range[] {
  const sorted = ranges.sort((a, b) => a.start - b.start);
  const result: Range[] = [];
  for (const range of sorted) {
    const last = result[result.length - 1];
    if (last && range.start <= last.end) last.end = Math.max(last.end, range.end);
    else result.push({ ...range });
  }
  return result;
}

/** `<pre>...</pre>` and the like, paired in one pass: an opening never closed spans nothing. */
function codeElements(text: string): Range[] {
  const ranges: Range[] = [];
  const open = new Map<string, number[]>();
  for (const match of text.matchAll(CODE_TAG)) {
    const name = match[2]!.toLowerCase();
    const starts = open.get(name) ?? [];
    open.set(name, starts);
    if (match[1] !== '/') starts.push(match.index);
    else if (starts.length > 0) ranges.push({ start: starts.pop()!, end: match.index + match[0].length });
  }
  return ranges;
}

/** Whether `start..end` lies within one of `ranges` (sorted and disjoint, from `codeRanges`). */
export function insideAny(ranges: readonly Range[], start: number, end: number): boolean {
  let low = 0;
  let high = ranges.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const range = ranges[middle]!;
    if (range.end < start) low = middle + 1;
    else if (range.start > start) high = middle - 1;
    else return end <= range.end;
  }
  return false;
}

/** Whether `start..end` shares a character with one of `ranges` (sorted and disjoint). */
export function overlapsAny(ranges: readonly Range[], start: number, end: number): boolean {
  let low = 0;
  let high = ranges.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (ranges[middle]!.end <= start) low = middle + 1;
    else high = middle;
  }
  const first = ranges[low];
  return first !== undefined && first.start < end;
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
