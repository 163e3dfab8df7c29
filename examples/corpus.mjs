#!/usr/bin/env node
/**
 * Writes a JSONL corpus for the examples: RECORDS records ({id, url, text}) cycling through the
 * project's article fixtures, some with a scraping artifact or a foreign tail, so unscrape has
 * real work. `node corpus.mjs RECORDS > corpus.jsonl`
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const fixtures = join(root, 'fixtures');
const texts = (folder) => (existsSync(folder) ? readdirSync(folder).filter((name) => name.endsWith('.txt')).sort().map((name) => readFileSync(join(folder, name), 'utf8')) : []);
const articles = [
  ...texts(join(fixtures, 'bench', 'articles')),
  ...readdirSync(fixtures).filter((name) => existsSync(join(fixtures, name, 'input.txt'))).map((name) => readFileSync(join(fixtures, name, 'input.txt'), 'utf8')),
];
const tails = texts(join(fixtures, 'bench', 'tails'));

const count = Number(process.argv[2] ?? 2000);
for (let id = 0; id < count; id++) {
  let text = articles[id % articles.length];
  if (id % 3 === 1) text = text.replace(/ the /, ' the the ');
  if (id % 7 === 3 && tails.length > 0) text = `${text.trimEnd()}\n\n${tails[id % tails.length]}`;
  process.stdout.write(`${JSON.stringify({ id, url: `https://news.example/${id}`, text })}\n`);
}
