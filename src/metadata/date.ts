import { createRequire } from 'node:module';

/**
 * Dates through any-date-parser, which knows month names and orders from the platform's Intl
 * data for any locale, loaded on first use. (chrono-node was tried first: 20 ms to load and
 * 20-130 ms per first parse of each shape, which alone broke the start-up budget.)
 */
interface DateParts {
  year?: number;
  month?: number;
  day?: number;
  hour?: number;
  minute?: number;
  invalid?: string;
}
interface DateParser {
  attempt(text: string, locale?: string): DateParts;
}

const LOCALE_OF_LANGUAGE: Readonly<Record<string, string>> = {
  eng: 'en-US', nld: 'nl-NL', deu: 'de-DE', fra: 'fr-FR', spa: 'es-ES', ita: 'it-IT', por: 'pt-PT', swe: 'sv-SE',
  dan: 'da-DK', nob: 'nb-NO', fin: 'fi-FI', pol: 'pl-PL', ces: 'cs-CZ', hun: 'hu-HU', ron: 'ro-RO', tur: 'tr-TR',
  rus: 'ru-RU', ukr: 'uk-UA', ind: 'id-ID', vie: 'vi-VN',
};

let parser: DateParser | undefined;

function dateParser(): DateParser {
  parser ??= (createRequire(import.meta.url)('any-date-parser') as { default: DateParser }).default;
  return parser;
}

/** A value shaped like a date: a year, or day and month in digits. Keeps prose away from the parser. */
const DATE_SHAPE = /\b(?:1[89]|20)\d\d\b|\b\d{1,2}[./-]\d{1,2}[./-]\d{2,4}\b/;
const MAX_DATE_LENGTH = 48;

/** ISO 8601 for a complete calendar date in `value`: `2020-10-04`, or `2021-03-12T14:05` with a time. */
export function parseDate(value: string, language = 'eng'): string | null {
  const text = value.trim();
  if (text.length > MAX_DATE_LENGTH || !DATE_SHAPE.test(text)) return null;
  const locales = [...new Set([LOCALE_OF_LANGUAGE[language] ?? 'en-US', 'en-US'])];
  for (const locale of locales) {
    const parts = dateParser().attempt(text, locale);
    if (parts.invalid || !parts.year || !parts.month || !parts.day) continue;
    let iso = `${String(parts.year).padStart(4, '0')}-${pad(parts.month)}-${pad(parts.day)}`;
    if (parts.hour !== undefined) iso += `T${pad(parts.hour)}:${pad(parts.minute ?? 0)}`;
    return iso;
  }
  return null;
}

/**
 * A value that is a date and (almost) nothing else: `Oct 4, 2020`, `Monday, 5 April 2021`,
 * `2021-03-12 14:05`. Decided without the parser, by shape: every word is a number, a time, a
 * month or weekday name of the article's language or English (names taken from Intl, not
 * written out here), or one of a few joining words. The parser is loaded only to extract.
 */
export function isDateValue(value: string, language = 'eng'): boolean {
  const text = value.trim();
  if (text.length > MAX_DATE_LENGTH || !DATE_SHAPE.test(text)) return false;
  const words = text.split(/[\s,]+/).filter(Boolean);
  if (words.length > 7) return false;
  const { months, others } = calendarWords(LOCALE_OF_LANGUAGE[language] ?? 'en-US');
  const name = (word: string) => word.toLowerCase().replace(/\.$/, '');
  // A day needs its month: `2021` alone, or `12 2021`, is no date.
  const hasMonth = NUMERIC_DATE.test(text) || words.some((word) => months.has(name(word)));
  return hasMonth && words.every((word) => DATE_TOKEN.test(word) || months.has(name(word)) || others.has(name(word)));
}

const DATE_TOKEN = /^(?:\d{1,4}(?:st|nd|rd|th|\.)?|\d{1,4}[-/.]\d{1,2}(?:[-/.]\d{1,4})?(?:T[\d:.]+Z?)?|\d{1,2}[:.h]\d{2}(?::\d{2})?(?:am|pm)?|[ap]\.?m\.?|[A-Z]{2,4}|[+-]\d{2}:?\d{2}|[|–—-])$/i;
const JOINING_WORDS = ['at', 'on', 'the', 'of', 'um', 'am', 'le', 'el', 'de', 'del', 'à', 'a', 'om', 'op', 'kl', 'alle', 'às', 'o'];
const NUMERIC_DATE = /\b\d{1,4}[-/.]\d{1,2}[-/.]\d{1,4}\b/;
const calendarCache = new Map<string, { months: Set<string>; others: Set<string> }>();

/** Month and weekday names, long and short, of a locale and of English, lower-cased. */
function calendarWords(locale: string): { months: Set<string>; others: Set<string> } {
  let words = calendarCache.get(locale);
  if (!words) {
    words = { months: new Set(['sept']), others: new Set(JOINING_WORDS) };
    for (const each of new Set([locale, 'en-US'])) {
      for (const style of ['long', 'short'] as const) {
        const month = new Intl.DateTimeFormat(each, { month: style, timeZone: 'UTC' });
        const weekday = new Intl.DateTimeFormat(each, { weekday: style, timeZone: 'UTC' });
        for (let index = 0; index < 12; index++) words.months.add(month.format(Date.UTC(2021, index, 1)).toLowerCase().replace(/\.$/, ''));
        for (let index = 0; index < 7; index++) words.others.add(weekday.format(Date.UTC(2021, 1, index + 1)).toLowerCase().replace(/\.$/, ''));
      }
    }
    calendarCache.set(locale, words);
  }
  return words;
}

function pad(part: number): string {
  return String(part).padStart(2, '0');
}
