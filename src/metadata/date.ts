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
 * A value that is a full date and (almost) nothing else — `Oct 4, 2020`, `Monday, 5 April 2021`,
 * `2021-03-12 14:05`, `4 oktober 2020` — judged by shape, in any language, without loading the
 * parser or the platform's calendar data (~16 ms): a numeric date, or a day and a year with a
 * few words between them (the month, a weekday). `2020`, `42 comments`, `Politics 2021` fail.
 * The parser is loaded only to extract.
 */
export function isDateValue(value: string): boolean {
  const text = value.trim();
  if (text.length > MAX_DATE_LENGTH) return false;
  const words = text.split(/[\s,]+/).filter(Boolean);
  if (words.length > 7 || !words.every((word) => DATE_TOKEN.test(word) || NAME_WORD.test(word))) return false;
  if (NUMERIC_DATE.test(text)) return true;
  const names = words.filter((word) => NAME_WORD.test(word) && !DATE_TOKEN.test(word)).length;
  return names >= 1 && names <= 3 && words.some((word) => DAY.test(word)) && words.some((word) => YEAR.test(word));
}

const NUMERIC_DATE = /\b\d{1,4}[-/.]\d{1,2}[-/.]\d{1,4}\b/;
const DATE_TOKEN = /^(?:\d{1,4}(?:st|nd|rd|th|\.)?|\d{1,4}[-/.]\d{1,2}(?:[-/.]\d{1,4})?(?:T[\d:.]+Z?)?|\d{1,2}[:.h]\d{2}(?::\d{2})?(?:am|pm)?|[ap]\.?m\.?|[+-]\d{2}:?\d{2}|[|–—-])$/i;
/** A month, a weekday, a time zone or a joining word (`at`, `um`, `à`): one word of letters. */
const NAME_WORD = /^\p{L}{1,10}\.?$/u;
const DAY = /^(?:0?[1-9]|[12]\d|3[01])(?:st|nd|rd|th|\.)?$/i;
const YEAR = /^(?:1[89]|20)\d\d$/;

function pad(part: number): string {
  return String(part).padStart(2, '0');
}
