import { createRequire } from 'node:module';

/**
 * Dates through chrono-node, one locale module loaded on first use: the whole package costs
 * about 90 ms to load, one locale about 5 to 20 ms, and most runs need none.
 */
interface ChronoComponents {
  get(component: 'year' | 'month' | 'day' | 'hour' | 'minute'): number | null;
  isCertain(component: 'year' | 'month' | 'day' | 'hour' | 'minute'): boolean;
}
interface ChronoResult {
  index: number;
  text: string;
  start: ChronoComponents;
}
interface ChronoLocale {
  parse(text: string, reference?: Date, options?: { forwardDate?: boolean }): ChronoResult[];
}

const LOCALE_OF_LANGUAGE: Readonly<Record<string, string>> = {
  eng: 'en', deu: 'de', nld: 'nl', fra: 'fr', spa: 'es', ita: 'it', por: 'pt', swe: 'sv', fin: 'fi',
  rus: 'ru', ukr: 'uk', jpn: 'ja', cmn: 'zh', vie: 'vi', ind: 'id',
};

const loaded = new Map<string, ChronoLocale>();

function locale(code: string): ChronoLocale {
  let chrono = loaded.get(code);
  if (!chrono) {
    const require = createRequire(import.meta.url);
    chrono = require(`chrono-node/${code}`) as ChronoLocale;
    loaded.set(code, chrono);
  }
  return chrono;
}

export interface ParsedDate {
  /** ISO 8601: `2020-10-04`, or `2021-03-12T14:05` when the time is given. */
  iso: string;
  /** Share of the value's characters that the date expression covers. */
  coverage: number;
}

/** Parses a complete calendar date (year, month and day all written out) from `value`. */
export function parseDate(value: string, language = 'eng'): ParsedDate | null {
  const codes = [...new Set([LOCALE_OF_LANGUAGE[language] ?? 'en', 'en'])];
  for (const code of codes) {
    const found = locale(code).parse(value, new Date(2000, 0, 1))[0];
    if (!found) continue;
    const { start } = found;
    if (!start.isCertain('year') || !start.isCertain('month') || !start.isCertain('day')) continue;
    const date = [start.get('year'), start.get('month'), start.get('day')].map((part, index) =>
      String(part).padStart(index === 0 ? 4 : 2, '0'),
    );
    let iso = date.join('-');
    if (start.isCertain('hour')) {
      iso += `T${String(start.get('hour')).padStart(2, '0')}:${String(start.get('minute') ?? 0).padStart(2, '0')}`;
    }
    return { iso, coverage: found.text.length / Math.max(1, value.trim().length) };
  }
  return null;
}

/** A value that is a date and (almost) nothing else: `Oct 4, 2020`, `2021-03-12 14:05`. */
export function isDateValue(value: string, language = 'eng'): boolean {
  if (!/\d/.test(value) || value.length > 60) return false;
  const parsed = parseDate(value, language);
  return parsed !== null && parsed.coverage >= 0.6;
}
