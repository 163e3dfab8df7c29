/**
 * Short lines that recur in one document: a site prints `Continue reading the main story` or
 * `Supported by` between every few paragraphs. A recurring line is site furniture when it uses
 * the vocabulary of site navigation; otherwise (a refrain, a repeated heading) it is only a
 * suggestion. Sentences (`Yes.`, `No!`) and adjacent copies (a doubled caption, the
 * duplicate-line pass's business) are not counted.
 */
import { isBlank, type Document } from '../document.js';

export interface RecurringLine {
  index: number;
  count: number;
  furniture: boolean;
}

const MAX_WORDS = 6;
const SENTENCE_END = /[.!?…"”’»)]$/;
const FURNITURE = /\b(?:ad|ads|advert\w*|sponsor\w*|promot\w*|subscri\w*|newsletter|sign up|share|follow|click|tap|read|continue|continues|story|stories|related|more|download|app|video|watch|listen|comments?|print|email|supported by|menu|search|login|log in|register)\b/i;

const normalise = (line: string) => line.trim().replace(/\s+/g, ' ').toLowerCase();

export function recurringShortLines(doc: Document): RecurringLine[] {
  const byText = new Map<string, number[]>();
  doc.lines.forEach((line, index) => {
    const text = line.text.trim();
    if (isBlank(text) || SENTENCE_END.test(text) || text.split(/\s+/).length > MAX_WORDS || !/\p{L}/u.test(text)) return;
    const key = normalise(text);
    byText.set(key, [...(byText.get(key) ?? []), index]);
  });
  const recurring: RecurringLine[] = [];
  for (const [text, indices] of byText) {
    const apart = indices.filter((index, position) => position === 0 || !adjacent(doc, indices[position - 1]!, index));
    if (apart.length < 2) continue;
    const furniture = FURNITURE.test(text);
    if (!furniture && apart.length < 3) continue;
    for (const index of indices) recurring.push({ index, count: indices.length, furniture });
  }
  return recurring;
}

/** Only blank lines between them: the same line printed twice in a row. */
function adjacent(doc: Document, first: number, second: number): boolean {
  for (let index = first + 1; index < second; index++) if (!isBlank(doc.lines[index]!.text)) return false;
  return true;
}
