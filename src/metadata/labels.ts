/**
 * The words that introduce an article's metadata (`Published on`, `By`, `Source:`), in the
 * languages unscrape detects. Shared by the pass that joins a label to its value, the metadata
 * extractor and the tail splitter (a metadata line is never a heading of a foreign tail).
 */
export type LabelKind = 'date' | 'author' | 'source' | 'credit';

const LABELS: ReadonlyArray<readonly [LabelKind, string]> = [
  ['date', '(?:first |originally |last )?(?:published|posted|updated|modified)(?: on| at)?'],
  ['date', 'date|dated|gepubliceerd(?: op)?|bijgewerkt(?: op)?|geplaatst(?: op)?|ver[öo]ffentlicht(?: am)?|aktualisiert(?: am)?|publi[ée](?: le)?|mis à jour(?: le)?|publicado(?: el| em)?|actualizado(?: el)?|pubblicato(?: il)?|aggiornato(?: il)?|publicerad|opublikowano'],
  ['author', 'by|written by|words by|reported by|author|authors|door|von|par|por|di|av|autor|auteur|autore'],
  ['source', 'source|sources|via|bron|quelle|fuente|fonte|źródło|källa'],
  ['credit', 'photo|photos|photograph|image|picture|credit|credits|foto|bild'],
];

const LABEL_ALTERNATIVES = LABELS.map(([, words]) => words).join('|');
const BARE_LABEL = new RegExp(`^\\s*(${LABEL_ALTERNATIVES})\\s*:?\\s*$`, 'iu');
const LABEL_WITH_VALUE = new RegExp(`^\\s*(${LABEL_ALTERNATIVES})(?:\\s*:\\s*|\\s+)(\\S.*?)\\s*$`, 'iu');

export interface LabelledValue {
  kind: LabelKind;
  label: string;
  value: string;
}

/** `Published on`, `By`, `Updated:` standing alone on a line, waiting for its value. */
export function bareLabel(line: string): { kind: LabelKind; label: string } | null {
  const match = BARE_LABEL.exec(line);
  if (!match?.[1]) return null;
  return { kind: kindOf(match[1]), label: match[1] };
}

/** `Source: Fox News`, `Published on Oct 4, 2020`, `By Jane Doe`. */
export function labelledValue(line: string): LabelledValue | null {
  const match = LABEL_WITH_VALUE.exec(line);
  if (!match?.[1] || !match[2]) return null;
  return { kind: kindOf(match[1]), label: match[1], value: match[2] };
}

function kindOf(label: string): LabelKind {
  const lower = label.toLowerCase();
  for (const [kind, words] of LABELS) {
    if (new RegExp(`^(?:${words})$`, 'iu').test(lower)) return kind;
  }
  return 'credit';
}

/** A line that is metadata rather than prose: a label, with or without its value. */
export function isMetadataLine(line: string): boolean {
  if (bareLabel(line)) return true;
  const labelled = labelledValue(line);
  if (!labelled) return false;
  // "By the way, ..." or "Source of the leak was ..." are prose, not metadata.
  return labelled.value.split(/\s+/).length <= 8 && !/[.!?]$/.test(labelled.value);
}
