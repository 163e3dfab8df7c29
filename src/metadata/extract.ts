import type { Document } from '../document.js';
import { parseDate } from './date.js';
import { isMetadataLine, labelledValue } from './labels.js';

export interface Metadata {
  title: string | null;
  byline: string | null;
  source: string | null;
  /** ISO 8601 date (and time when given) of publication or last update. */
  published: string | null;
  /** The date as the article wrote it. */
  publishedText: string | null;
}

const MAX_METADATA_LINE = 120;
const MAX_TITLE_WORDS = 30;

export function extractMetadata(doc: Document): Metadata {
  const metadata: Metadata = { title: null, byline: null, source: null, published: null, publishedText: null };
  const first = doc.paragraphs[0];
  if (first && doc.paragraphs.length > 1 && first.lines.length === 1 && !isMetadataLine(first.text)) {
    const words = first.text.trim().split(/\s+/).length;
    if (words <= MAX_TITLE_WORDS) metadata.title = first.text.trim();
  }
  for (const line of doc.lines) {
    if (line.text.length > MAX_METADATA_LINE || !isMetadataLine(line.text)) continue;
    const labelled = labelledValue(line.text);
    if (!labelled) continue;
    if (labelled.kind === 'author') metadata.byline ??= labelled.value;
    if (labelled.kind === 'source') metadata.source ??= labelled.value;
    if (labelled.kind === 'date' && metadata.published === null) {
      const parsed = parseDate(labelled.value, doc.language);
      if (parsed) {
        metadata.published = parsed;
        metadata.publishedText = labelled.value;
      }
    }
  }
  return metadata;
}
