/**
 * site-boilerplate: lines a batch of articles from one site all carry (learned with
 * `learnBoilerplate`, passed as `clean(text, { boilerplate })`), removed with their line break.
 *
 * Fixes, with `Example Daily is supported by its readers` learned from the batch, that line in
 * any article, whatever its case, digits or punctuation (`EXAMPLE DAILY is supported by its
 * readers!`), and a footer `© 2024 Example Daily` learned as `© 2023 Example Daily`.
 *
 * Leaves alone every line when no list was given (the pass does nothing on a single article),
 * and lines that only contain a learned line (`Example Daily is supported by its readers, and
 * by grants.`): a learned line must fill the line.
 */
import type { Document } from '../document.js';
import { makeEdit, type Edit } from '../edit.js';
import { normaliseLine } from '../batch/boilerplate.js';
import { lineRemovals } from '../lines/removal.js';

const ID = 'site-boilerplate';

const learnedLines = (doc: Document) => new Set(doc.boilerplate.map(normaliseLine).filter(Boolean));

export const siteBoilerplate = {
  id: ID,
  description: 'Removes lines learned as the site’s boilerplate across a batch (given as a list).',
  defaultOn: true,
  run(doc: Document): Edit[] {
    if (doc.boilerplate.length === 0) return [];
    const learned = doc.evidence(learnedLines);
    const indices = doc.lines.flatMap((line, index) => (line.text.trim() !== '' && learned.has(normaliseLine(line.text)) ? [index] : []));
    return lineRemovals(doc, indices).map((removal) => {
      const text = doc.lines[removal.index]!.text.trim();
      return makeEdit(ID, removal.start, removal.end, '', `“${text}” recurs across the batch: the site’s boilerplate, not this article’s text`, 0.9);
    });
  },
};
