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
import type { Document, Paragraph } from '../document.js';
import { makeEdit, type Edit } from '../edit.js';
import { lineKind, type LineKind } from '../boilerplate/line-kind.js';
import { recurringShortLines } from '../boilerplate/recurring.js';
import { lineRemovals } from '../lines/removal.js';

const ID = 'boilerplate-line';

interface Verdict {
  reason: string;
  confidence: number;
}

const NONE: readonly { line: number; kind: LineKind }[] = [];

/** The paragraph's lines that are boilerplate on their own, by their place in the paragraph. */
function boilerplateLinesOf(paragraph: Paragraph, language: string): readonly { line: number; kind: LineKind }[] {
  let found: { line: number; kind: LineKind }[] | undefined;
  paragraph.lines.forEach((line, index) => {
    const kind = lineKind(line.text, language);
    if (kind) (found ??= []).push({ line: index, kind });
  });
  return found ?? NONE;
}

export const boilerplateLine = {
  id: ID,
  description: 'Removes website lines between paragraphs: “Advertisement”, “Share this article”, photo credits, cookie notices.',
  defaultOn: true,
  run(doc: Document): Edit[] {
    const verdicts = new Map<number, Verdict>();
    doc.paragraphs.forEach((paragraph, index) => {
      for (const { line, kind } of doc.paragraphEvidence(boilerplateLinesOf, index)) {
        const text = paragraph.lines[line]!.text;
        // The paragraph's line objects are the document's: its index is where its start is.
        const lineIndex = doc.position(paragraph.lines[line]!.start).line - 1;
        verdicts.set(lineIndex, { reason: `“${text.trim()}” is a ${kind} line of the website, not article text`, confidence: 0.9 });
      }
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
