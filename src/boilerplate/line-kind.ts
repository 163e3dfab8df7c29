/**
 * What kind of boilerplate a single line is, judged from the line alone: a phrase of the list
 * in `src/data/boilerplate-phrases.ts` filling the whole line, a picture credit, a share bar,
 * or a cookie notice. Undefined for anything else, including every sentence that merely
 * mentions a newsletter or an advertisement.
 */
import {
  BOILERPLATE_PHRASES,
  COOKIE_NOTICE,
  COOKIE_NOTICE_KEYWORD,
  CREDIT_LABELS,
  PICTURE_AGENCIES,
  PICTURE_LIBRARIES,
  SHARE_BAR_WORDS,
  type BoilerplateKind,
} from '../data/boilerplate-phrases.js';
import { isWhiteSpaceCode } from '../text/chars.js';

export type LineKind = BoilerplateKind | 'picture credit' | 'share bar' | 'cookie notice';

/** Decoration around a boilerplate line: bullets, arrows, pipes, a closing colon or ellipsis. */
const LEADING_DECORATION = /[\s•·|»›>*–—-]/;
const TRAILING_DECORATION = /[\s:：…|»›>→*–—-]/;
const MAX_WORDS = 30;
/** White space that `\\s+` -> ` ` would change: two in a row, or any but a plain space. */
const SPACING_TO_NORMALISE = /\s\s|[^\S ]/;
const MAX_COOKIE_NOTICE_WORDS = 80;

const alternatives = (items: readonly string[]) => items.map((item) => item.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
const CREDIT = new RegExp(
  `^(?:(?:${alternatives(CREDIT_LABELS)})s?\\s*[:：]|(?:photo|picture|image)s? by)\\s*(?!.*[.!?]\\s+\\p{Ll})[^!?]{1,100}$`,
  'iu',
);
const AGENCY = new RegExp(
  `^\\(?(?:[^().!?/]{1,60}/\\s*(?:${alternatives(PICTURE_AGENCIES)})|(?:${alternatives(PICTURE_AGENCIES)})\\s*/[^()]{1,60}|(?:${alternatives(PICTURE_LIBRARIES)}))\\)?$`,
  'i',
);
const SHARE_WORDS = new Set(SHARE_BAR_WORDS);
const COOKIES = new RegExp(COOKIE_NOTICE.join('|'), 'i');
/** A cookie phrase inside a quotation is the article reporting what someone said. */
const REPORTED_SPEECH = /["“”«»„]|\b(?:said|says|according to)\b/i;

const phrasePatterns = new Map<string, [BoilerplateKind, RegExp][]>();

function patternsFor(language: string): [BoilerplateKind, RegExp][] {
  let patterns = phrasePatterns.get(language);
  if (!patterns) {
    const lists = [BOILERPLATE_PHRASES.eng, language === 'eng' ? undefined : BOILERPLATE_PHRASES[language]];
    patterns = lists.flatMap((list) =>
      // Without `i` or `u`, on the lower-cased line: V8 compiles these alternations several times faster.
      Object.entries(list ?? {}).map(([kind, phrases]) => [kind as BoilerplateKind, new RegExp(`^(?:${phrases.join('|')})$`)] as [BoilerplateKind, RegExp]),
    );
    phrasePatterns.set(language, patterns);
  }
  return patterns;
}

/** `Facebook Twitter LinkedIn Email`, `Share | Tweet | Copy link`. */
function isShareBar(line: string): boolean {
  // Most short lines are answered by their first word.
  const first = /^[\s|,·•/]*([^\s|,·•/]+)/.exec(line)?.[1]!.toLowerCase();
  if (first === undefined || !(SHARE_WORDS.has(first) || first === 'copy')) return false;
  const words = line.toLowerCase().replace(/copy link/g, 'link').split(/[\s|,·•/]+/).filter(Boolean);
  return words.length >= 2 && words.every((word) => SHARE_WORDS.has(word));
}

export function lineKind(text: string, language: string): LineKind | undefined {
  // Most lines are prose: counting their words in a loop answers before any regular expression runs.
  let from = 0;
  let to = text.length;
  while (from < to && LEADING_DECORATION.test(text[from]!)) from++;
  while (to > from && TRAILING_DECORATION.test(text[to - 1]!)) to--;
  if (from === to) return undefined;
  let words = wordCount(text, from, to, MAX_WORDS + 1);
  // Only a cookie notice runs longer; a line of prose is answered by its first thirty words.
  if (words > MAX_WORDS) {
    if (!COOKIE_NOTICE_KEYWORD.test(text)) return undefined;
    words = wordCount(text, from, to, MAX_COOKIE_NOTICE_WORDS + 1);
    if (words > MAX_COOKIE_NOTICE_WORDS) return undefined;
  }
  const trimmed = text.slice(from, to);
  // Most lines have single spaces only: nothing to replace, no new string.
  const line = SPACING_TO_NORMALISE.test(trimmed) ? trimmed.replace(/\s+/g, ' ') : trimmed;
  if (COOKIE_NOTICE_KEYWORD.test(line) && COOKIES.test(line) && !REPORTED_SPEECH.test(line)) return 'cookie notice';
  if (words > MAX_WORDS) return undefined;
  const lower = line.toLowerCase();
  const phrase = patternsFor(language).find(([, pattern]) => pattern.test(lower));
  if (phrase) return phrase[0];
  if (CREDIT.test(line) || AGENCY.test(line)) return 'picture credit';
  if (isShareBar(line)) return 'share bar';
  return undefined;
}

/** Runs of white space between `from` and `to` (which are not white space), plus one; counted up to `enough`. */
function wordCount(text: string, from: number, to: number, enough: number): number {
  let words = 1;
  let inSpace = false;
  for (let index = from; index < to && words < enough; index++) {
    const space = isWhiteSpaceCode(text.charCodeAt(index));
    if (space && !inSpace) words++;
    inSpace = space;
  }
  return words;
}
