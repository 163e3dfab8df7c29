/**
 * hyphenation: a word split across a line break with a hyphen, as print and PDFs do it.
 *
 * Fixes `infor-` / `mation` -> `information` when the joined word is attested: elsewhere in
 * the document, or (English) in a word list; and `well-` / `known` -> `well-known` when the
 * hyphenated form is attested instead, or both halves are words and the joined one is not.
 * The two lines become one, as in the paragraph they were cut from.
 *
 * Leaves alone a dash after a space (`word -` / `next`), a next line that starts with a
 * capital, a digit or a list marker (`- item`), a line break in another paragraph, and code.
 * With no evidence either way (a word list is only there for English) it only suggests keeping
 * the hyphen.
 */
import { isBlank, type Document } from '../document.js';
import { makeEdit, type Edit } from '../edit.js';
import { codeRanges, overlapsAny } from '../html/code-context.js';
import { englishWordLevel } from '../language/lexicon.js';

const ID = 'hyphenation';

/** A word (letters, maybe inner hyphens) ending in a hyphen at the end of a line. */
const SPLIT_START = /(?<![\p{L}\p{N}-])([\p{L}]+(?:-[\p{L}]+)*)-[ \t]*$/u;
const SPLIT_END = /^[ \t]*(\p{Ll}[\p{L}]*)/u;

const wordCounts = (doc: Document) => {
  const counts = new Map<string, number>();
  for (const match of doc.text.matchAll(/[\p{L}]+(?:-[\p{L}]+)*/gu)) {
    const word = match[0].toLowerCase();
    counts.set(word, (counts.get(word) ?? 0) + 1);
  }
  return counts;
};

interface Decision {
  keepHyphen: boolean;
  reason: string;
  confidence: number;
}

export const hyphenation = {
  id: ID,
  description: 'Rejoins a word hyphenated across a line break: “infor-” / “mation” -> “information”.',
  defaultOn: true,
  run(doc: Document): Edit[] {
    if (!/-[ \t]*(?:\r\n|\n|\r)/.test(doc.text)) return [];
    const code = codeRanges(doc);
    const edits: Edit[] = [];
    doc.lines.forEach((line, index) => {
      const next = doc.lines[index + 1];
      if (!next || isBlank(next.text) || overlapsAny(code, line.start, next.end)) return;
      const start = SPLIT_START.exec(line.text);
      const end = SPLIT_END.exec(next.text);
      if (!start || !end) return;
      const head = start[1]!;
      const lastPart = head.slice(head.lastIndexOf('-') + 1);
      const decision = decide(doc, head, lastPart, end[1]!);
      const hyphen = line.start + start.index + head.length;
      const from = decision.keepHyphen ? hyphen + 1 : hyphen;
      edits.push(makeEdit(ID, from, next.start + end[0].length - end[1]!.length, '', decision.reason, decision.confidence));
    });
    return edits;
  },
};

function decide(doc: Document, head: string, lastPart: string, tail: string): Decision {
  const counts = doc.evidence(wordCounts);
  const joined = `${head}${tail}`.toLowerCase();
  const hyphenated = `${head}-${tail}`.toLowerCase();
  const joinedSeen = counts.get(joined) ?? 0;
  const hyphenatedSeen = counts.get(hyphenated) ?? 0;
  if (joinedSeen > hyphenatedSeen) return { keepHyphen: false, reason: `“${head}${tail}” is written whole elsewhere in the text`, confidence: 0.9 };
  if (hyphenatedSeen > 0) return { keepHyphen: true, reason: `“${head}-${tail}” is written with its hyphen elsewhere in the text`, confidence: 0.9 };
  const english = doc.language === 'eng' || doc.language === 'und';
  if (english && !head.includes('-') && englishWordLevel(joined) !== null) {
    return { keepHyphen: false, reason: `“${head}${tail}” is a word; the hyphen only split it at the line end`, confidence: 0.85 };
  }
  if (english && englishWordLevel(lastPart.toLowerCase()) !== null && englishWordLevel(tail) !== null) {
    return { keepHyphen: true, reason: `“${lastPart}” and “${tail}” are words and “${lastPart}${tail}” is not: a real hyphen`, confidence: 0.8 };
  }
  return { keepHyphen: true, reason: `nothing says whether “${head}-${tail}” keeps its hyphen; kept`, confidence: 0.5 };
}
