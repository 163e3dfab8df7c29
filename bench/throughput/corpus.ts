/**
 * The bytes the throughput benchmark runs on, built at run time in a temporary folder from
 * real articles: the project's own (fixtures/bench, fixtures/<case>/input.txt) and, where
 * present, ../shared/corpus/articles (read, never copied into the project). Records cycle
 * through the articles; some get a scraping artifact (a doubled word, a stray period) or a
 * foreign tail from fixtures/bench/tails, so the pipeline has real work, tail split included.
 */
import { createWriteStream, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { once } from 'node:events';

export const ROOT = new URL('../../../', import.meta.url).pathname;

function textsIn(folder: string): string[] {
  if (!existsSync(folder)) return [];
  return readdirSync(folder).filter((name) => name.endsWith('.txt')).sort().map((name) => readFileSync(join(folder, name), 'utf8'));
}

export interface Sources {
  articles: string[];
  tails: string[];
  sharedCorpus: boolean;
}

export function loadSources(): Sources {
  const fixtures = join(ROOT, 'fixtures');
  const cases = readdirSync(fixtures).filter((name) => existsSync(join(fixtures, name, 'input.txt')));
  const shared = join(ROOT, '..', 'shared', 'corpus', 'articles');
  const articles = [
    ...textsIn(join(fixtures, 'bench', 'articles')),
    ...textsIn(join(fixtures, 'bench', 'articles-foreign')),
    ...cases.map((name) => readFileSync(join(fixtures, name, 'input.txt'), 'utf8')),
    ...textsIn(shared),
  ];
  return { articles, tails: textsIn(join(fixtures, 'bench', 'tails')), sharedCorpus: existsSync(shared) };
}

/** The article of record `index`: the same few hundred texts, each in a few variants. */
export function variant(sources: Sources, index: number): string {
  const article = sources.articles[index % sources.articles.length]!;
  const round = Math.floor(index / sources.articles.length);
  if (round % 3 === 1) return article.replace(/ the /, ' the the ');
  if (round % 3 === 2) return article.replace(/(\d) (million|billion|percent)/, '$1. $2');
  if (index % 5 === 0 && sources.tails.length > 0) return `${article.trimEnd()}\n\n${sources.tails[index % sources.tails.length]}`;
  return article;
}

export interface Corpus {
  path: string;
  records: number;
  bytes: number;
}

/** Writes records until the file holds `targetBytes`, through a stream so the benchmark itself stays small. */
export async function writeJsonlCorpus(path: string, sources: Sources, targetBytes: number): Promise<Corpus> {
  const out = createWriteStream(path);
  let bytes = 0;
  let records = 0;
  while (bytes < targetBytes) {
    const line = `${JSON.stringify({ id: records, url: `https://news.example/${records}`, text: variant(sources, records) })}\n`;
    bytes += Buffer.byteLength(line);
    records++;
    if (!out.write(line)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
  return { path, records, bytes };
}

/** One article file of about `targetBytes`: distinct articles one after another, as a long scraped page. */
export function writeLongArticle(path: string, sources: Sources, targetBytes: number): number {
  const parts: string[] = [];
  let bytes = 0;
  for (let index = 0; bytes < targetBytes; index++) {
    const text = variant(sources, index).trimEnd();
    parts.push(text);
    bytes += Buffer.byteLength(text) + 2;
  }
  const text = `${parts.join('\n\n')}\n`;
  writeFileSync(path, text);
  return Buffer.byteLength(text);
}
