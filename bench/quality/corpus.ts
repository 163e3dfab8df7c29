import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';

/**
 * The texts the benchmark corrupts: real clean articles and real foreign blurbs from
 * ../shared/corpus when it is there (read at run time, never copied), plus the project's own
 * in fixtures/bench, so the benchmark also runs on a fresh clone.
 */
export interface Article {
  id: string;
  text: string;
  outlet: string;
}

export interface ForeignBlurb {
  id: string;
  language: string;
  text: string;
}

const ROOT = new URL('../../', import.meta.url).pathname.replace(/build\/$/, '');
const SHARED = join(ROOT, '..', 'shared', 'corpus');
const OWN = join(ROOT, 'fixtures', 'bench');

export function sharedCorpusPresent(): boolean {
  return existsSync(join(SHARED, 'articles'));
}

function textFiles(folder: string): string[] {
  return existsSync(folder) ? readdirSync(folder).filter((name) => name.endsWith('.txt')).sort().map((name) => join(folder, name)) : [];
}

export function loadArticles(): Article[] {
  const meta: Record<string, { outlet?: string }> = existsSync(join(SHARED, 'meta.json'))
    ? JSON.parse(readFileSync(join(SHARED, 'meta.json'), 'utf8'))
    : {};
  const shared = textFiles(join(SHARED, 'articles')).map((path) => {
    const id = basename(path, '.txt');
    return { id: `corpus/${id}`, text: readFileSync(path, 'utf8'), outlet: meta[id]?.outlet ?? 'The Daily Record' };
  });
  const own = textFiles(join(OWN, 'articles')).map((path) => ({
    id: `own/${basename(path, '.txt')}`,
    text: readFileSync(path, 'utf8'),
    outlet: 'The Harbour Gazette',
  }));
  return [...shared, ...own];
}

export function loadForeignBlurbs(): ForeignBlurb[] {
  return [...textFiles(join(SHARED, 'tails')), ...textFiles(join(OWN, 'tails'))].map((path) => {
    const id = basename(path, '.txt');
    return { id, language: id.split('-')[0]!, text: readFileSync(path, 'utf8').trim() };
  });
}

/** Clean articles in other languages (fixtures/bench/articles-foreign/LANG-NNN.txt). */
export function loadForeignArticles(): ForeignBlurb[] {
  return textFiles(join(OWN, 'articles-foreign')).map((path) => {
    const id = basename(path, '.txt');
    return { id, language: id.split('-')[0]!, text: readFileSync(path, 'utf8').trim() };
  });
}
