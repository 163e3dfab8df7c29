import { isBlank, lineStartFrom, splitLines, type Span } from './document.js';
import { classify, letterCount, type Verdict } from './language/classify.js';
import type { LanguageIdentifier } from './language/identify.js';
import { profile, scoreOf, secondScore } from './language/profile.js';
import { bareLabel, isMetadataLine } from './metadata/labels.js';

/**
 * Finds the trailing block in another language (an advertising or newsletter tail a
 * republishing site glued on) so it can be split off before any pass runs: `body + tail`
 * is always the input. Scans back from the end and stops at the first line in the main
 * language, so a foreign quote or paragraph inside the article never starts a tail.
 */
export interface TailSplit {
  /** Offset in the input where the tail starts (its leading blank lines included). */
  start: number;
  language: string;
}

const MIN_FOREIGN_LETTERS = 120;
const MAX_HEADINGS = 2;
const MAX_FRANC_CALLS_IN_SCAN = 8;
const DATE_LIKE = /^\W*\d|\b(?:1[89]|20)\d\d\b|\d{1,2}[:/.-]\d{1,2}/;

/** Characters of a long text's end split into lines for the first scan; each next one reads four times as far. */
const FIRST_WINDOW = 1 << 16;

/**
 * `textLines`: `splitLines(text)`, where the caller has it already. Without them, only the
 * text's end is split into lines, as far back as the scan reads (`firstWindow` characters
 * first): a long text's lines all at once held some 1.5 bytes per character of it.
 */
export function findTail(text: string, mainLanguage: string, identifier: LanguageIdentifier, textLines?: readonly Span[], firstWindow = FIRST_WINDOW): TailSplit | null {
  if (mainLanguage === 'und') return null;
  const scan: TailScan = { mainLanguage, identifier, callsBefore: identifier.calls, verdicts: undefined };
  if (textLines) return scanBack(text, textLines.filter(isText), false, scan) as TailSplit | null;
  scan.verdicts = new Map();
  for (let window = firstWindow; ; window *= 4) {
    const from = window >= text.length ? 0 : lineStartFrom(text, text.length - window);
    if (from === -1) continue;
    const found = scanBack(text, splitLines(text, from).filter(isText), from > 0, scan);
    if (found !== READ_FURTHER) return found;
  }
}

const isText = (line: Span) => !isBlank(line.text);

/** What one scan back from a text's end knows across the windows it reads: each line is judged once. */
interface TailScan {
  mainLanguage: string;
  identifier: LanguageIdentifier;
  callsBefore: number;
  /** Line start -> verdict, where the scan may read its lines again from further back. */
  verdicts: Map<number, Verdict> | undefined;
}

const READ_FURTHER = Symbol('read further back');

/** `lines`: the text's last lines that are not blank, all of them unless `partial`. */
function scanBack(text: string, lines: readonly Span[], partial: boolean, scan: TailScan): TailSplit | null | typeof READ_FURTHER {
  const { mainLanguage, identifier, callsBefore } = scan;
  const verdicts: Verdict[] = [];
  let firstAfterMain = lines.length;
  let metMain = false;
  for (let index = lines.length - 1; index >= 0; index--) {
    // A tail is a few paragraphs; a text whose end franc has been asked about this often
    // without meeting the main language is not one article with a tail (and would cost
    // a franc call per line).
    if (identifier.calls - callsBefore >= MAX_FRANC_CALLS_IN_SCAN) return null;
    const line = lines[index]!;
    let verdict = scan.verdicts?.get(line.start);
    if (!verdict) {
      verdict = classify(line.text, mainLanguage, identifier);
      scan.verdicts?.set(line.start, verdict);
    }
    if (verdict.kind === 'main') {
      metMain = true;
      break;
    }
    verdicts[index] = verdict;
    firstAfterMain = index;
  }
  if (partial && !metMain) return READ_FURTHER;
  const firstForeign = lines.findIndex((_, index) => index >= firstAfterMain && verdicts[index]?.kind === 'foreign');
  if (firstForeign === -1) return null;

  const foreign = lines.slice(firstForeign).filter((_, offset) => verdicts[firstForeign + offset]?.kind === 'foreign');
  if (foreign.reduce((sum, line) => sum + letterCount(line.text), 0) < MIN_FOREIGN_LETTERS) return null;
  const blockLanguage = languageOfBlock(foreign.map((line) => line.text).join('\n'), mainLanguage, identifier);
  if (blockLanguage === mainLanguage || blockLanguage === 'und') return null;

  // Up to two short heading lines right before the foreign block go with it: an English
  // `Our services` over a foreign `Hol dir Firefox`.
  let first = firstForeign;
  while (
    first - 1 >= firstAfterMain &&
    firstForeign - first < MAX_HEADINGS &&
    isHeading(lines[first - 1]!.text) &&
    !bareLabel(lines[first - 2]?.text ?? '')
  ) first--;
  return { start: splitPoint(text, lines[first]!), language: blockLanguage };
}

/**
 * The block's language: the function-word profile where it is unmistakable (a long block, most
 * words function words of one language), else franc, which is the costlier judge.
 */
function languageOfBlock(block: string, mainLanguage: string, identifier: LanguageIdentifier): string {
  const cheap = profile(block);
  const clear = cheap.words >= 40 && cheap.share >= 0.2 && scoreOf(cheap, cheap.best) >= 2 * secondScore(cheap);
  return clear && cheap.best !== mainLanguage ? cheap.best : identifier.identify(block);
}

/** A short title line: no sentence punctuation at its end, no date, and not a metadata line. */
function isHeading(line: string): boolean {
  const trimmed = line.trim();
  return (
    trimmed.length <= 80 &&
    trimmed.split(/\s+/).length <= 10 &&
    !/[.!?,;:]$/.test(trimmed) &&
    !isMetadataLine(trimmed) &&
    !DATE_LIKE.test(trimmed)
  );
}

/** The tail starts right after the line break that ends the last body line. */
function splitPoint(text: string, firstTailLine: Span): number {
  let start = firstTailLine.start;
  while (start > 0 && /[\r\n \t]/.test(text[start - 1]!)) start--;
  if (start === 0) return 0;
  const lineBreak = /^(\r\n|\n|\r)/.exec(text.slice(start));
  return start + (lineBreak?.[0].length ?? 0);
}
