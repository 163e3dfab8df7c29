/**
 * The shared corpus and peer test data live beside the project (`../shared`), not in it: a
 * fresh clone has neither, so every test that reads them is skipped when they are absent.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export const SHARED = new URL('../../../shared/', import.meta.url).pathname;
const ARTICLES = join(SHARED, 'corpus/articles');
const FTFY = join(SHARED, 'peer-tests/ftfy.json');

export const hasArticles = existsSync(ARTICLES);
export const hasFtfyCases = existsSync(FTFY);

/** The clean articles of the corpus, by file name. */
export function cleanArticles(): { name: string; text: string }[] {
  if (!hasArticles) return [];
  return readdirSync(ARTICLES)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => ({ name, text: readFileSync(join(ARTICLES, name), 'utf8') }));
}

export type { PeerCase } from '../../bench/quality/peers.js';
import type { PeerCase } from '../../bench/quality/peers.js';

export function ftfyCases(): PeerCase[] {
  if (!hasFtfyCases) return [];
  return (JSON.parse(readFileSync(FTFY, 'utf8')) as { cases: PeerCase[] }).cases;
}
