/**
 * hard-wrap: paragraphs cut into lines at a fixed width (email, plain-text archives, PDF
 * extraction), rejoined into one line each, as the rest of unscrape expects paragraphs.
 *
 * Fixes `The council met on Monday and voted to close the`/`bridge for repairs.` -> one line,
 * when the text as a whole is wrapped: nearly every line inside a paragraph was broken because
 * the next word would not have fitted in the widest line, and many breaks fall mid-sentence
 * (the next line starts in lower case). Only those breaks are joined.
 *
 * Leaves alone a text with one paragraph per line (nothing is wrapped), short lines that end
 * where the writer ended them (poetry, addresses, lists: the next word would have fitted),
 * list items and quoted lines (`- item`, `1. item`, `> quote`), tables, code, indented lines,
 * and a word hyphenated at the line end (the hyphenation pass decides about its hyphen).
 */
import type { Document, Paragraph, Span } from '../document.js';
import { makeEdit, type Edit } from '../edit.js';
import { codeRanges, overlapsAny } from '../html/code-context.js';

const ID = 'hard-wrap';
/** Narrower than this, short lines are a layout (verse, addresses), not a wrap. */
const MIN_WIDTH = 30;
const MIN_BREAKS = 3;
/** Share of the breaks inside paragraphs that must look like wrapping for any to be joined. */
const MIN_WRAPPED_SHARE = 0.8;
/** Prose wraps mid-sentence; verse starts every line with a capital and lines up in length. */
const MIN_LOWER_CASE_SHARE = 0.3;
const BULLET_OR_QUOTE = /^(?:[-*•+>]\s|\|)/;
const NUMBERED = /^(\d{1,3}|[a-z])[.)]\s/;
const HYPHEN_SPLIT = /\p{L}-$/u;

interface Break {
  line: Span;
  next: Span;
  wrapped: boolean;
}

const length = (text: string) => [...text].length;

function breaksOf(paragraph: Paragraph): Break[] {
  return paragraph.lines.slice(0, -1).map((line, index) => ({ line, next: paragraph.lines[index + 1]!, wrapped: false }));
}

/** Lines in code, lists, tables or indented blocks are laid out on purpose. */
function laidOut(paragraph: Paragraph, code: ReturnType<typeof codeRanges>): boolean {
  if (overlapsAny(code, paragraph.start, paragraph.end)) return true;
  // A list item may wrap (`1. A long item` / `that goes on`), but a line that starts another may not.
  return paragraph.lines.some((line, index) => index > 0 && (/^\s/.test(line.text) || startsAnItem(paragraph.lines, index)));
}

/**
 * `- item`, `> quote`, and a numbered item that continues a numbering (`1.`, or `3.` after a
 * line starting `2.`). A number that only happens to open a wrapped line (`Sept.` / `29. Most`)
 * starts nothing.
 */
function startsAnItem(lines: readonly Span[], index: number): boolean {
  const text = lines[index]!.text.trimStart();
  if (BULLET_OR_QUOTE.test(text)) return true;
  const marker = NUMBERED.exec(text)?.[1];
  if (marker === undefined) return false;
  if (marker === '1' || marker === 'a') return true;
  const previous = /^\d/.test(marker) ? String(Number(marker) - 1) : String.fromCharCode(marker.charCodeAt(0) - 1);
  return lines.slice(0, index).some((line) => NUMBERED.exec(line.text.trimStart())?.[1] === previous);
}

export const hardWrap = {
  id: ID,
  description: 'Rejoins paragraphs hard-wrapped at a fixed width into one line each.',
  defaultOn: true,
  run(doc: Document): Edit[] {
    const code = codeRanges(doc);
    const breaks = doc.paragraphs.filter((paragraph) => paragraph.lines.length > 1 && !laidOut(paragraph, code)).flatMap(breaksOf);
    if (breaks.length < MIN_BREAKS) return [];
    const width = breaks.reduce((widest, each) => Math.max(widest, length(each.line.text.trimEnd())), 0);
    if (width < MIN_WIDTH) return [];
    for (const each of breaks) each.wrapped = looksWrapped(each, width);
    const wrapped = breaks.filter((each) => each.wrapped);
    const share = wrapped.length / breaks.length;
    if (share < MIN_WRAPPED_SHARE || lowerCaseShare(wrapped) < MIN_LOWER_CASE_SHARE) return [];
    const confidence = share >= 0.95 && breaks.length >= 5 ? 0.85 : 0.7;
    const reason = `lines stop near ${width} characters and each broke where the next word would not fit: a hard wrap`;
    return breaks
      .filter((each) => each.wrapped && !HYPHEN_SPLIT.test(each.line.text.trimEnd()))
      .map(({ line, next }) => {
        const kept = line.text.trimEnd();
        // A closed-up dash (`word—` / `word`) joins without a space; a spaced one keeps it.
        const glue = /\S—$/.test(kept) ? '' : ' ';
        return makeEdit(ID, line.start + kept.length, next.start + (next.text.length - next.text.trimStart().length), glue, reason, confidence);
      });
  },
};

function lowerCaseShare(breaks: readonly Break[]): number {
  const lower = breaks.filter(({ next }) => /^\s*\p{Ll}/u.test(next.text)).length;
  return breaks.length === 0 ? 0 : lower / breaks.length;
}

/** The line broke because the next word would have overflowed the width. */
function looksWrapped({ line, next }: Break, width: number): boolean {
  const nextWord = length(/^\S*/.exec(next.text.trimStart())![0]);
  return length(line.text.trimEnd()) + 1 + nextWord > width;
}
