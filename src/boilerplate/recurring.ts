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
  // textLinesBefore[i]: how many non-blank lines come before line i, to test adjacency at once.
  const textLinesBefore = [0];
  doc.lines.forEach((line, index) => textLinesBefore.push(textLinesBefore[index]! + (isBlank(line.text) ? 0 : 1)));
  const adjacent = (first: number, second: number) => textLinesBefore[second]! - textLinesBefore[first + 1]! === 0;
  const byText = new Map<string, number[]>();
  doc.lines.forEach((line, index) => {
    const text = line.text.trim();
    if (isBlank(text) || SENTENCE_END.test(text) || text.split(/\s+/).length > MAX_WORDS || !/\p{L}/u.test(text)) return;
    const key = normalise(text);
    const indices = byText.get(key);
    if (indices) indices.push(index);
    else byText.set(key, [index]);
  });
  const recurring: RecurringLine[] = [];
  for (const [text, indices] of byText) {
    const apart = indices.filter((index, position) => position === 0 || !adjacent(indices[position - 1]!, index));
    if (apart.length < 2) continue;
    const furniture = FURNITURE.test(text);
    if (!furniture && apart.length < 3) continue;
    for (const index of indices) recurring.push({ index, count: indices.length, furniture });
  }
  return recurring;
}
