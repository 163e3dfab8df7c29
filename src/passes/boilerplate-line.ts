/**
 * boilerplate-line: lines the website put between the paragraphs, not the article's text.
 *
 * Fixes (removes the line with its line break) `Advertisement`, `ADVERTISEMENT`, `Read more:
 * How the vote was won`, `Share this article`, `Sign up for our newsletter`, `Click here to
 * subscribe`, `Photo: Getty Images`, `Jane Doe/Reuters`, `We use cookies to improve your
 * experience...`, share bars (`Facebook Twitter LinkedIn Email`), `3 min read`, and the same in
 * German, French, Spanish, Dutch, Italian and Portuguese (`Werbung`, `Lire aussi : ...`). The
 * phrases are data, in `src/data/boilerplate-phrases.ts`. A short line with no sentence
 * punctuation that recurs in the document and uses the vocabulary of site furniture
 * (`Continue reading the main story`) goes too; one that merely recurs three times is suggested.
 *
 * Leaves alone a sentence that mentions these things (`Readers can sign up for our newsletter
 * on the website.`, `The advertisement ran for weeks.`), a caption that ends in a credit, a
 * cookie notice quoted in the article, and lines that recur but are sentences (`Yes.`).
 */
import type { Document } from '../document.js';
import { makeEdit, type Edit } from '../edit.js';
import { lineKind } from '../boilerplate/line-kind.js';
import { recurringShortLines } from '../boilerplate/recurring.js';
import { lineRemovals } from '../lines/removal.js';

const ID = 'boilerplate-line';

interface Verdict {
  reason: string;
  confidence: number;
}

export const boilerplateLine = {
  id: ID,
  description: 'Removes website lines between paragraphs: “Advertisement”, “Share this article”, photo credits, cookie notices.',
  defaultOn: true,
  run(doc: Document): Edit[] {
    const verdicts = new Map<number, Verdict>();
    doc.lines.forEach((line, index) => {
      const kind = lineKind(line.text, doc.language);
      if (kind) verdicts.set(index, { reason: `“${line.text.trim()}” is a ${kind} line of the website, not article text`, confidence: 0.9 });
    });
    for (const { index, count, furniture } of recurringShortLines(doc)) {
      if (verdicts.has(index)) continue;
      const text = doc.lines[index]!.text.trim();
      verdicts.set(index, {
        reason: `“${text}” recurs ${count} times as a line of its own${furniture ? ' and reads like site navigation' : ''}`,
        confidence: furniture ? 0.8 : 0.5,
      });
    }
    return lineRemovals(doc, verdicts.keys()).map((removal) => {
      const verdict = verdicts.get(removal.index)!;
      return makeEdit(ID, removal.start, removal.end, '', verdict.reason, verdict.confidence);
    });
  },
};
