/**
 * number-period: a stray period between a number and the scale word or unit that belongs to it.
 *
 * Fixes `the 100. million viewers` -> `the 100 million viewers`, `$1.5. billion`,
 * `40. percent`, and the same in languages that write no ordinal period (`100. miljoen`).
 *
 * Leaves alone a real sentence end (`in 2019. Million people...`: the next word is
 * capitalised), numbered list items (`1. million reasons` at the start of a line, `three
 * things: 1. people, 2. money` inline), and languages whose ordinals take a period (German
 * `4. Oktober`, Polish, Danish...), where the period may be right.
 */
import type { Document, Paragraph } from '../document.js';
import { editsAt, makeEdit, type Edit } from '../edit.js';

const ID = 'number-period';

const SCALE_WORDS: Readonly<Record<string, readonly string[]>> = {
  eng: ['million', 'millions', 'billion', 'billions', 'trillion', 'trillions', 'thousand', 'thousands', 'hundred', 'hundreds', 'percent', 'per cent', 'percentage points?', 'dollars', 'euros', 'pounds', 'yen', 'yuan', 'rupees', 'people', 'kilometres', 'kilometers', 'km', 'miles', 'metres', 'meters', 'feet', 'kg', 'kilograms', 'tonnes', 'tons', 'degrees', 'years', 'months', 'days', 'hours', 'minutes'],
  nld: ['miljoen', 'miljard', 'duizend', 'honderd', 'procent', 'euro', 'dollar', 'kilometer', 'jaar', 'mensen'],
  fra: ['millions?', 'milliards?', 'mille', 'cents', 'pour cent', 'pour-cent', 'euros', 'dollars', 'kilomètres', 'ans', 'personnes'],
  spa: ['millones', 'mil', 'millón', 'por ciento', 'euros', 'dólares', 'kilómetros', 'años', 'personas'],
  ita: ['milioni', 'miliardi', 'mila', 'per cento', 'euro', 'dollari', 'chilometri', 'anni', 'persone'],
  por: ['milhões', 'bilhões', 'mil', 'por cento', 'euros', 'dólares', 'quilómetros', 'quilômetros', 'anos', 'pessoas'],
  swe: ['miljoner', 'miljarder', 'tusen', 'procent', 'kronor', 'kilometer', 'år', 'personer'],
};

// The period first, its lookbehind after: V8 then skips ahead to each period.
const PATTERNS = new Map(
  Object.entries(SCALE_WORDS).map(([language, words]) => [
    language,
    new RegExp(`\\.(?<=\\d\\.)(?=[ \\t\\u00a0]+(?:${words.join('|')})(?![\\p{L}\\p{N}]))`, 'gu'),
  ]),
);

/** What every pattern needs, found in one quick scan: most lines have none. */
const NUMBER_PERIOD = /\d\.[ \t\u00a0]/;

export const numberPeriod = {
  id: ID,
  description: 'Removes a stray period between a number and its scale word or unit: “100. million”.',
  defaultOn: true,
  run(doc: Document): Edit[] {
    if (!PATTERNS.has(doc.language === 'und' ? 'eng' : doc.language)) return [];
    return doc.paragraphs.flatMap((paragraph, index) => editsAt(paragraph.start, doc.paragraphEvidence(strayPeriodsIn, index)));
  },
};

function strayPeriodsIn(paragraph: Paragraph, language: string): Edit[] {
  const pattern = PATTERNS.get(language === 'und' ? 'eng' : language)!;
  const edits: Edit[] = [];
  for (const line of paragraph.lines) {
    if (!NUMBER_PERIOD.test(line.text)) continue;
    for (const match of line.text.matchAll(pattern)) {
      const numberStart = /[$€£¥]?[\d.,]*$/.exec(line.text.slice(0, match.index))!.index;
      if (isListMarker(line.text.slice(0, numberStart), line.text.slice(numberStart, match.index))) continue;
      const start = line.start - paragraph.start + match.index;
      const number = line.text.slice(numberStart, match.index);
      const unit = /^\s+(\S+)/.exec(line.text.slice(match.index + 1))?.[1] ?? '';
      edits.push(makeEdit(ID, start, start + 1, '', `a period cannot stand between “${number}” and “${unit}”`, 0.95));
    }
  }
  return edits;
}

/**
 * `1. million reasons` at the start of a line, or inline after a colon, semicolon, comma or
 * parenthesis (`three things: 1. people, 2. money`): the period numbers an item.
 */
function isListMarker(before: string, number: string): boolean {
  if (before.trim() === '') return true;
  return /^\d{1,2}$/.test(number) && /[:;,(][ \t\u00a0]*$/.test(before);
}
