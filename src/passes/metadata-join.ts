/**
 * metadata-join: a metadata label left alone on its line, its value on the next.
 *
 * Fixes `Published on` / `Oct 4, 2020` -> `Published on Oct 4, 2020`, `By` / `Jane Doe`,
 * `Updated:` / `12 March 2021`, `Posted on` / `2021-03-12 14:05`, `Source:` / `Reuters`.
 *
 * Leaves alone a label whose next line is not a value of its kind (`By` followed by a
 * sentence, `Published on` followed by prose without a date), and labels that already carry
 * their value.
 */
import { isBlank, type Document } from '../document.js';
import { makeEdit, type Edit } from '../edit.js';
import { isDateValue } from '../metadata/date.js';
import { bareLabel, type LabelKind } from '../metadata/labels.js';

const ID = 'metadata-join';

export const metadataJoin = {
  id: ID,
  description: 'Joins a metadata label (“Published on”, “By”, “Source:”) to its value on the next line.',
  defaultOn: true,
  run(doc: Document): Edit[] {
    const edits: Edit[] = [];
    doc.lines.forEach((line, index) => {
      const label = bareLabel(line.text);
      const next = doc.lines[index + 1];
      if (!label || !next || isBlank(next.text)) return;
      const value = next.text.trim();
      // `By` above `Source:` is two empty labels, not a label and its value.
      if (bareLabel(value)) return;
      if (!fitsLabel(label.kind, value)) return;
      const labelEnd = line.start + line.text.trimEnd().length;
      const valueStart = next.start + (next.text.length - next.text.trimStart().length);
      edits.push(makeEdit(ID, labelEnd, valueStart, ' ', `“${value}” is the value of the label “${label.label}” on the line before`, 0.9));
    });
    return edits;
  },
};

function fitsLabel(kind: LabelKind, value: string): boolean {
  if (value.length > 80 || /[.!?]$/.test(value) && kind !== 'date') return false;
  const words = value.split(/\s+/);
  switch (kind) {
    case 'date':
      return isDateValue(value);
    case 'author':
      return words.length <= 6 && words.every((word) => /^[\p{Lu}&(]/u.test(word) || /^(and|van|von|de|der|den|du|da|di|del|la|le|y|e|und|et|och|og)$/.test(word));
    case 'source':
    case 'credit':
      return words.length <= 8;
  }
}
