/**
 * duplicate-line: a line or paragraph printed twice in a row, as scrapers do with photo captions.
 *
 * Fixes `The lobby of the office in Paris.` / `The lobby of the office in Paris.` -> once;
 * the copies may differ in quote style (`'` / `’`), white space or case, and the copy kept is
 * the one whose quotes match the rest of the document.
 *
 * Leaves alone short lines (under three words: `Yes.` / `Yes.` in dialogue, `* * *`) and
 * repeats that are not adjacent (a refrain, a standing line at both ends of an article).
 */
import { isBlank, type Document, type Span } from '../document.js';
import { makeEdit, type Edit } from '../edit.js';
import { classesAt, isWhiteSpaceCode, LETTER_OR_NUMBER, nextOf, runEnd } from '../text/chars.js';

const ID = 'duplicate-line';
const MIN_WORDS = 3;

export const duplicateLine = {
  id: ID,
  description: 'Keeps one copy of a line or paragraph repeated consecutively (a caption printed twice).',
  defaultOn: true,
  run(doc: Document): Edit[] {
    const lines = doc.lines.filter((line) => !isBlank(line.text));
    let curlyShare: number | undefined;
    const edits: Edit[] = [];
    // Each line is measured and compared once, whichever of its two pairs asks first.
    const lengths: (number | undefined)[] = [];
    const comparables: (string | undefined)[] = [];
    const lengthAt = (index: number) => (lengths[index] ??= comparableLength(lines[index]!.text));
    const comparableAt = (index: number) => (comparables[index] ??= comparable(lines[index]!.text));
    for (let index = 1; index < lines.length; index++) {
      const first = lines[index - 1]!;
      const second = lines[index]!;
      // Cheapest first: the first character, then the length, then the comparable forms.
      if (!mayStartAlike(first.text, second.text)) continue;
      if (lengthAt(index - 1) !== lengthAt(index)) continue;
      if (comparableAt(index - 1) !== comparableAt(index)) continue;
      if (wordCount(first.text) < MIN_WORDS) continue;
      curlyShare ??= curlyQuoteShare(doc.text);
      const dropFirst = typographyFit(second.text, curlyShare) > typographyFit(first.text, curlyShare);
      const reason = dropFirst
        ? 'the line is repeated on the next line, whose quotes match the rest of the article'
        : 'the line repeats the line before it';
      edits.push(dropFirst ? removal(first, second, reason) : removal(second, first, reason));
    }
    return edits;
  },
};

/** Words with letters or digits: `* * *` has none, so a section break is never a duplicate. */
export function wordCount(line: string): number {
  // Words as `[\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)*`, scanned: the expression takes V8 milliseconds to compile.
  let words = 0;
  for (let start = nextOf(line, 0, LETTER_OR_NUMBER), at = 0; start < line.length; start = nextOf(line, at, LETTER_OR_NUMBER)) {
    words++;
    at = runEnd(line, start, line.length, LETTER_OR_NUMBER);
    while (isApostrophe(line.charCodeAt(at)) && at + 1 < line.length && (classesAt(line, at + 1) & LETTER_OR_NUMBER) !== 0) {
      at = runEnd(line, at + 1, line.length, LETTER_OR_NUMBER);
    }
  }
  return words;
}

const isApostrophe = (code: number) => code === 39 || code === 0x2019;

/** Removes `line` together with the line break that separates it from its twin. */
function removal(line: Span, twin: Span, reason: string): Edit {
  return line.start < twin.start
    ? makeEdit(ID, line.start, twin.start, '', reason, 0.95)
    : makeEdit(ID, twin.end, line.end, '', reason, 0.95);
}

/**
 * Whether two lines' comparable forms may start with the same character: most neighbours are
 * told apart by it. Only ASCII is compared (lower-cased, the backquote taken as a quote);
 * anything beyond may compare equal in ways only the comparable form settles.
 */
function mayStartAlike(first: string, second: string): boolean {
  const a = comparableInitial(first);
  const b = comparableInitial(second);
  return a === b || a >= 128 || b >= 128;
}

function comparableInitial(line: string): number {
  for (let index = 0; index < line.length; index++) {
    const code = line.charCodeAt(index);
    if (isWhiteSpaceCode(code)) continue;
    if (code === 96) return 39;
    return code >= 65 && code <= 90 ? code + 32 : code;
  }
  return -1;
}

/**
 * How many code units a line's comparable form has, counted without building it: lines whose
 * counts differ cannot be the same line. White space counts nothing; quote marks map one to
 * one; lower case keeps every length but that of `İ`.
 */
function comparableLength(line: string): number {
  let length = 0;
  for (let index = 0; index < line.length; index++) {
    const code = line.charCodeAt(index);
    if (code < 128) {
      if (code > 32 || (code < 9 || (code > 13 && code < 32))) length++;
    } else if (code === 0x130) length += 2;
    else if (!isWhiteSpaceCode(code)) length++;
  }
  return length;
}


function comparable(line: string): string {
  return line.replace(/[‘’‛′`]/g, "'").replace(/[“”„″]/g, '"').replace(/\s+/g, ' ').trim().toLowerCase();
}

const CURLY = /[‘’“”]/g;
const STRAIGHT = /['"]/g;

function curlyQuoteShare(text: string): number {
  const curly = text.match(CURLY)?.length ?? 0;
  const straight = text.match(STRAIGHT)?.length ?? 0;
  return curly + straight === 0 ? 0.5 : curly / (curly + straight);
}

/** How well a line's quotes agree with the document's habit: higher is better. */
function typographyFit(line: string, curlyShare: number): number {
  const curly = line.match(CURLY)?.length ?? 0;
  const straight = line.match(STRAIGHT)?.length ?? 0;
  return curly * (curlyShare - 0.5) + straight * (0.5 - curlyShare);
}
