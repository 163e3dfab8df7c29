/**
 * The words that introduce an article's metadata (`Published on`, `By`, `Source:`), in the
 * languages unscrape detects. Shared by the pass that joins a label to its value, the metadata
 * extractor and the tail splitter (a metadata line is never a heading of a foreign tail).
 */
export type LabelKind = 'date' | 'author' | 'source' | 'credit';

// A label of more than four words (five with its colon) needs MOST_LABEL_WORDS raised.
const LABELS: ReadonlyArray<readonly [LabelKind, string]> = [
  ['date', '(?:first |originally |last )?(?:published|posted|updated|modified)(?: on| at)?'],
  ['date', 'date|dated|gepubliceerd(?: op)?|bijgewerkt(?: op)?|geplaatst(?: op)?|ver[öo]ffentlicht(?: am)?|aktualisiert(?: am)?|publi[ée](?: le)?|mis à jour(?: le)?|publicado(?: el| em)?|actualizado(?: el)?|pubblicato(?: il)?|aggiornato(?: il)?|publicerad|opublikowano'],
  ['author', 'by|written by|words by|reported by|author|authors|door|von|par|por|di|av|autor|auteur|autore'],
  ['source', 'source|sources|via|bron|quelle|fuente|fonte|źródło|källa'],
  ['credit', 'photo|photos|photograph|image|picture|credit|credits|foto|bild'],
];

const LABEL_ALTERNATIVES = LABELS.map(([, words]) => words).join('|');
// Matched against the lower-cased line, without `i` or `u`: V8 compiles a case-insensitive
// Unicode alternation this long in milliseconds, and every run meets a label line.
const BARE_LABEL = new RegExp(`^\\s*(${LABEL_ALTERNATIVES})\\s*:?\\s*$`);
const LABEL_WITH_VALUE = new RegExp(`^\\s*(${LABEL_ALTERNATIVES})(?:\\s*:\\s*|\\s+)(\\S.*?)\\s*$`);

export interface LabelledValue {
  kind: LabelKind;
  label: string;
  value: string;
}

/** `Published on`, `By`, `Updated:` standing alone on a line, waiting for its value. */
export function bareLabel(line: string): { kind: LabelKind; label: string } | null {
  if (moreWordsThan(line, MOST_LABEL_WORDS)) return null;
  const lower = lowerCasedInPlace(line);
  const match = BARE_LABEL.exec(lower);
  if (!match?.[1]) return null;
  const start = match[0].length - match[0].trimStart().length;
  const label = line.slice(start, start + match[1].length);
  return { kind: kindOf(label), label };
}

/** `Source: Fox News`, `Published on Oct 4, 2020`, `By Jane Doe`. */
export function labelledValue(line: string): LabelledValue | null {
  const lower = lowerCasedInPlace(line);
  const match = LABEL_WITH_VALUE.exec(lower);
  if (!match?.[1] || !match[2]) return null;
  const start = match[0].length - match[0].trimStart().length;
  const valueEnd = line.trimEnd().length;
  const label = line.slice(start, start + match[1].length);
  return { kind: kindOf(label), label, value: line.slice(valueEnd - match[2].length, valueEnd) };
}

/** No bare label has more words (`Mis à jour le :`): a longer line is none, and is not lower-cased to find out. */
const MOST_LABEL_WORDS = 5;

/** Whether `line` has more than `limit` runs of characters other than white space, counted without copying it. */
function moreWordsThan(line: string, limit: number): boolean {
  let words = 0;
  let inWord = false;
  for (let index = 0; index < line.length; index++) {
    const code = line.charCodeAt(index);
    const space = code === 32 || (code >= 9 && code <= 13) || code === 0xa0 || (code > 0x1000 && WHITE_SPACE.test(line[index]!));
    if (!space && !inWord && ++words > limit) return true;
    inWord = !space;
  }
  return false;
}

const WHITE_SPACE = /\s/;

/** The line in lower case, character for character: a character whose lower case is longer (`İ`) stays. */
function lowerCasedInPlace(line: string): string {
  const lower = line.toLowerCase();
  if (lower.length === line.length) return lower;
  return Array.from(line, (character) => (character.toLowerCase().length === character.length ? character.toLowerCase() : character)).join('');
}

const KINDS = LABELS.map(([kind, words]) => [kind, new RegExp(`^(?:${words})$`)] as const);

function kindOf(label: string): LabelKind {
  const lower = label.toLowerCase();
  return KINDS.find(([, pattern]) => pattern.test(lower))?.[0] ?? 'credit';
}

/** A line that is metadata rather than prose: a label, with or without its value. */
export function isMetadataLine(line: string): boolean {
  if (bareLabel(line)) return true;
  const labelled = labelledValue(line);
  if (!labelled) return false;
  // "By the way, ..." or "Source of the leak was ..." are prose, not metadata.
  return labelled.value.split(/\s+/).length <= 8 && !/[.!?]$/.test(labelled.value);
}
