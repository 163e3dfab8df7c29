/**
 * Texts to hold a reading to its specification on: every fixture's input and the bench's
 * articles, and, where ../shared is present (a fresh clone has the fixtures alone), the
 * corpus's real articles and foreign blurbs.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';

const fixtures = new URL('../../fixtures/', import.meta.url);

export const fixtureTexts: readonly string[] = [
  ...readdirSync(fixtures, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && entry.name !== 'bench')
    .map((entry) => readFileSync(new URL(`${entry.name}/input.txt`, fixtures), 'utf8')),
  ...readdirSync(new URL('bench/articles/', fixtures)).map((name) => readFileSync(new URL(`bench/articles/${name}`, fixtures), 'utf8')),
];

const corpus = new URL('../../../shared/corpus/', import.meta.url);

export const corpusTexts: readonly string[] = existsSync(corpus)
  ? readdirSync(corpus, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => readFileSync(`${entry.parentPath}/${entry.name}`, 'utf8'))
  : [];
