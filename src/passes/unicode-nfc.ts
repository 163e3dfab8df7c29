/**
 * unicode-nfc: characters written as a base letter plus combining marks, or as a compatibility
 * twin, where Unicode has one composed character (normalisation form C).
 *
 * Fixes `Cafe\u0301` -> `Café` (e + combining acute, as macOS file names and some PDFs give
 * them), `\u212b` (ANGSTROM SIGN) -> `Å`, marks in non-canonical order, Hangul spelled as
 * separate jamo (`\u1100\u1161` -> `가`). The text reads the same, but searches and
 * comparisons see one word instead of two spellings.
 *
 * Leaves alone what NFC keeps: ligatures and wide forms (`ﬁ`, `Ａ`: NFKC would change them),
 * marks with no composed form (`q\u0307`), emoji sequences, and every line already in NFC.
 */
import type { Document } from '../document.js';
import { makeEdit, type Edit } from '../edit.js';

const ID = 'unicode-nfc';

/** A starter with the marks that follow it, or a run of conjoining Hangul jamo. */
const SEGMENT = /[\u1100-\u115f][\u1160-\u11ff]*|[\uac00-\ud7a3][\u11a8-\u11ff]*|[^]\p{M}*/gu;

export const unicodeNfc = {
  id: ID,
  description: 'Composes characters to Unicode NFC: “e” + combining accent -> “é”.',
  defaultOn: true,
  run(doc: Document): Edit[] {
    if (doc.text.normalize('NFC') === doc.text) return [];
    return doc.lines.flatMap((line) => (line.text.normalize('NFC') === line.text ? [] : editsIn(line.text, line.start)));
  },
};

function editsIn(line: string, lineStart: number): Edit[] {
  const edits: Edit[] = [];
  const pieces: string[] = [];
  for (const segment of line.matchAll(SEGMENT)) {
    const composed = segment[0].normalize('NFC');
    pieces.push(composed);
    if (composed === segment[0]) continue;
    const start = lineStart + segment.index;
    edits.push(makeEdit(ID, start, start + segment[0].length, composed, reasonFor(segment[0], composed), 0.95));
  }
  if (pieces.join('') === line.normalize('NFC')) return edits;
  // Composition reached across segments (rare): replace the changed stretch of the line whole.
  return [wholeStretch(line, lineStart)];
}

function wholeStretch(line: string, lineStart: number): Edit {
  const composed = line.normalize('NFC');
  let prefix = 0;
  while (prefix < line.length && line[prefix] === composed[prefix]) prefix++;
  let suffix = 0;
  while (suffix < line.length - prefix && line[line.length - 1 - suffix] === composed[composed.length - 1 - suffix]) suffix++;
  const replacement = composed.slice(prefix, composed.length - suffix);
  return makeEdit(ID, lineStart + prefix, lineStart + line.length - suffix, replacement, reasonFor(line.slice(prefix, line.length - suffix), replacement), 0.95);
}

function reasonFor(before: string, after: string): string {
  const points = (text: string) => [...text].map((char) => `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`).join(' ');
  return `${points(before)} is written ${after.length === 0 ? 'as nothing' : points(after)} in Unicode's composed form (NFC)`;
}
