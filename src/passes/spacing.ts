/**
 * spacing: spaces where a scraper or a removed tag left them.
 *
 * Fixes a space before punctuation (`the end , and` -> `the end, and`, `Why ?` -> `Why?`) and
 * runs of spaces between words (`the  vote` -> `the vote`).
 *
 * Leaves alone French spacing before `;:!?` (in a French text, a text whose language is not
 * determined, or any text that spaces them as often as not, it is the house style),
 * punctuation that is not closing a word (`a .NET app`, `an ellipsis ...`, `.5 litres`, `10 :30`,
 * emoticons `:)`, a line that starts with it), spaces inside brackets (`( o¬ô )` is a face, and
 * some house styles space them), indentation and trailing spaces, lines laid out in
 * columns (runs of spaces on neighbouring lines), no-break spaces and tabs, and code.
 */
import type { Document } from '../document.js';
import { makeEdit, type Edit } from '../edit.js';
import { codeRanges, insideAny } from '../html/code-context.js';

const ID = 'spacing';

/** Spaces after a word and before closing punctuation that ends there (a space or the line follows). */
const BEFORE_PUNCTUATION = /(?<=[\p{L}\p{N}"'”’)\]])( +)([,.;:!?])(?=\s|$|["”’])/gu;
const FRENCH_SPACED = /[;:!?]/;
const RUN_BETWEEN_WORDS = /(?<=\S)( {2,})(?=\S)/g;
const COLUMNS = /\S {2,}\S/;
/** What either rule needs, found in one quick scan: most lines have neither. */
const SPACE_TO_JUDGE = / [ ,.;:!?]/;

/**
 * A text that puts a space before `;:!?` at least as often as not does so on purpose (French
 * typography, whatever language the text was detected as).
 */
function spacesBeforeHighMarksAreTheHouseStyle(text: string): boolean {
  const spaced = text.match(/[\p{L}\p{N}] [;:!?](?=\s|$)/gu)?.length ?? 0;
  const closed = text.match(/[\p{L}\p{N}][;:!?](?=\s|$)/gu)?.length ?? 0;
  return spaced >= 2 && spaced >= closed;
}

export const spacing = {
  id: ID,
  description: 'Removes spaces before punctuation and collapses runs of spaces between words.',
  defaultOn: true,
  run(doc: Document): Edit[] {
    if (!SPACE_TO_JUDGE.test(doc.text)) return [];
    const code = codeRanges(doc);
    // French (or a language not determined, which may be French) spaces them on purpose.
    let houseStyle: boolean | undefined;
    const spacedHighMarks = () =>
      (houseStyle ??= doc.language === 'fra' || doc.language === 'und' || spacesBeforeHighMarksAreTheHouseStyle(doc.text));
    const edits: Edit[] = [];
    doc.lines.forEach((line, index) => {
      if (!SPACE_TO_JUDGE.test(line.text) || /^\s/.test(line.text) || insideAny(code, line.start, line.end)) return;
      const inColumns = COLUMNS.test(line.text) && [index - 1, index + 1].some((other) => COLUMNS.test(doc.lines[other]?.text ?? ''));
      const add = (offset: number, length: number, replacement: string, reason: string, confidence: number) => {
        const start = line.start + offset;
        if (!insideAny(code, start, start + length)) edits.push(makeEdit(ID, start, start + length, replacement, reason, confidence));
      };
      const beforePunctuation = new Set<number>();
      for (const match of line.text.matchAll(BEFORE_PUNCTUATION)) {
        const [, spaces, mark] = match as unknown as [string, string, string];
        if (FRENCH_SPACED.test(mark) && spacedHighMarks()) continue;
        beforePunctuation.add(match.index);
        add(match.index, spaces.length, '', `no space belongs before “${mark}”`, 0.85);
      }
      if (inColumns) return;
      // Not before punctuation: those spaces go whole, above.
      for (const match of line.text.matchAll(RUN_BETWEEN_WORDS)) {
        if (beforePunctuation.has(match.index)) continue;
        add(match.index, match[0].length, ' ', `${match[0].length} spaces between words where one belongs`, 0.9);
      }
    });
    return edits;
  },
};
