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
  // Most lines are prose: their word count answers before any phrase is tried.
  let from = 0;
  let to = text.length;
  while (from < to && LEADING_DECORATION.test(text[from]!)) from++;
  while (to > from && TRAILING_DECORATION.test(text[to - 1]!)) to--;
  if (from === to) return undefined;
  const long = hasMoreWords(text, from, to, MAX_WORDS);
  // Only a cookie notice runs longer; a line of prose is answered by its first thirty words.
  if (long && (!COOKIE_NOTICE_KEYWORD.test(text) || hasMoreWords(text, from, to, MAX_COOKIE_NOTICE_WORDS))) return undefined;
  const trimmed = text.slice(from, to);
  // Most lines have single spaces only: nothing to replace, no new string.
  const line = SPACING_TO_NORMALISE.test(trimmed) ? trimmed.replace(/\s+/g, ' ') : trimmed;
  if (COOKIE_NOTICE_KEYWORD.test(line) && COOKIES.test(line) && !REPORTED_SPEECH.test(line)) return 'cookie notice';
  if (long) return undefined;
  const lower = line.toLowerCase();
  const phrase = patternsFor(language).find(([, pattern]) => pattern.test(lower));
  if (phrase) return phrase[0];
  if (CREDIT.test(line) || AGENCY.test(line)) return 'picture credit';
  if (isShareBar(line)) return 'share bar';
  return undefined;
}

const MORE_WORDS_THAN = new Map<number, RegExp>();

/**
 * Whether `text` has more than `limit` words (runs of anything but white space) between `from`
 * and `to`, neither of them white space. A sticky regular expression: V8 counts the words of a
 * line of prose with it at about twice the speed of a loop over its characters.
 */
export function hasMoreWords(text: string, from: number, to: number, limit: number): boolean {
  let pattern = MORE_WORDS_THAN.get(limit);
  if (!pattern) MORE_WORDS_THAN.set(limit, (pattern = new RegExp(`(?:\\S+\\s+){${limit}}\\S`, 'y')));
  pattern.lastIndex = from;
  // The match ends just past the first character of the word after the limit, which must lie before `to`.
  return pattern.test(text) && pattern.lastIndex <= to;
}
