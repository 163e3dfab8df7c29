/**
 * npm run bench:quality — repair quality as numbers. Corrupts clean articles with each artifact
 * family (seeded, deterministic), cleans them, and scores the output against the original by
 * word-level alignment; measures false edits on the untouched articles, the tail split point,
 * and the peer projects' own test cases. Prints a table; writes bench/out/quality.json.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { clean, selectPasses } from '../src/index.js';
import { loadArticles, loadForeignBlurbs, sharedCorpusPresent, type Article } from './quality/corpus.js';
import { INJECTORS, WEB_FAMILIES, type Family } from './quality/inject.js';
import { runPeerTests } from './quality/peers.js';
import { hashString, seededRandom } from './quality/random.js';
import { add, compare, f1, precision, recall, tokens, type Counts } from './quality/score.js';
import { scoreTails } from './quality/tails.js';

const ROOT = new URL('../..', import.meta.url).pathname;
const VARIANTS_PER_ARTICLE = Number(process.env.VARIANTS ?? 3);
const SEED = Number(process.env.SEED ?? 1);
const verbose = process.argv.includes('--verbose');

const articles = loadArticles();
const blurbs = loadForeignBlurbs();

function cleanArticles(list: Article[]) {
  let words = 0;
  let falseEdits = 0;
  let francCalls = 0;
  const offenders: string[] = [];
  for (const article of list) {
    const result = clean(article.text);
    words += tokens(article.text).filter((token) => !/^\r?\n$/.test(token)).length;
    francCalls += result.stats.francCalls;
    const changed = result.edits.length + (result.tail ? 1 : 0);
    falseEdits += changed;
    for (const edit of result.edits) offenders.push(`${article.id}:${edit.line}:${edit.column} ${edit.pass} ${JSON.stringify(edit.before)} -> ${JSON.stringify(edit.after)}`);
    if (result.tail) offenders.push(`${article.id}: tail split at ${result.tail.start} (${result.tail.language})`);
  }
  return { articles: list.length, words, falseEdits, per10kWords: (falseEdits / Math.max(1, words)) * 10_000, francCallsPerArticle: francCalls / Math.max(1, list.length), offenders };
}

function scoreFamily(family: string, passIds: string[] = [family], inject = INJECTORS[family as Family]) {
  const alone: Counts = { made: 0, needed: 0, right: 0 };
  const together: Counts = { made: 0, needed: 0, right: 0 };
  const misses: string[] = [];
  const groups = new Map<string, Counts>();
  let cases = 0;
  for (const article of articles) {
    for (let variant = 0; variant < VARIANTS_PER_ARTICLE; variant++) {
      const random = seededRandom(hashString(`${SEED}/${family}/${article.id}/${variant}`));
      const injected = inject(article, random);
      if (!injected) continue;
      cases++;
      const onlyThis = clean(injected.input, { passes: selectPasses({ only: passIds }), splitTail: false }).text;
      const counts = compare(injected.input, onlyThis, injected.expected);
      add(alone, counts);
      if (injected.group) {
        if (!groups.has(injected.group)) groups.set(injected.group, { made: 0, needed: 0, right: 0 });
        add(groups.get(injected.group)!, counts);
      }
      add(together, compare(injected.input, clean(injected.input, { splitTail: false }).text, injected.expected));
      if (counts.right < counts.needed || counts.made > counts.right) misses.push(`${article.id} ${injected.note}: made ${counts.made}, right ${counts.right}, needed ${counts.needed}`);
    }
  }
  return { family, cases, alone, together, misses, groups };
}

const percent = (value: number) => `${(value * 100).toFixed(1)}%`.padStart(7);
const started = performance.now();
const cleanScore = cleanArticles(articles);
const families = [
  ...(Object.keys(INJECTORS) as Family[]).map((family) => scoreFamily(family)),
  ...WEB_FAMILIES.map(({ family, passes, inject }) => scoreFamily(family, passes, inject)),
];
const tails = scoreTails(articles, blurbs, SEED);
const peers = runPeerTests(join(ROOT, '..', 'shared'));
const seconds = (performance.now() - started) / 1000;

console.log(`unscrape quality benchmark — ${articles.length} articles (${sharedCorpusPresent() ? 'shared corpus + fixtures' : 'fixtures only'}), ${blurbs.length} foreign blurbs, seed ${SEED}, ${seconds.toFixed(1)} s\n`);
console.log('family            cases  precision  recall      F1   | all passes: precision  recall');
for (const row of families) {
  console.log(
    `${row.family.padEnd(16)} ${String(row.cases).padStart(6)}  ${percent(precision(row.alone))}   ${percent(recall(row.alone))} ${percent(f1(row.alone))}   |            ${percent(precision(row.together))} ${percent(recall(row.together))}`,
  );
  for (const [group, counts] of row.groups) console.log(`  ${group}: ${counts.needed} cases, precision ${percent(precision(counts)).trim()}, recall ${percent(recall(counts)).trim()}`);
}
console.log(`\nclean articles: ${cleanScore.falseEdits} false edits in ${cleanScore.words} words = ${cleanScore.per10kWords.toFixed(2)} per 10,000 words; franc calls per article ${cleanScore.francCallsPerArticle.toFixed(2)}`);
console.log(`\ntail split: ${tails.exact}/${tails.cases} exact (${percent(tails.exact / Math.max(1, tails.cases))}); franc calls per article ${tails.francCallsPerCase.toFixed(2)}`);
for (const [language, row] of Object.entries(tails.byLanguage).sort()) console.log(`  ${language}  ${row.exact}/${row.cases}`);
console.log(`no split where none belongs: ${tails.keptWhole}/${tails.mustKeepWhole}`);
for (const [kind, row] of Object.entries(tails.byNoSplitKind).sort()) console.log(`  ${kind.padEnd(28)} ${row.kept}/${row.cases}`);
console.log(`non-English article, English tail: ${tails.foreignMain.exact}/${tails.foreignMain.cases} exact`);
if (peers.length) {
  console.log('\npeer test suites            positives fixed   negatives kept');
  for (const peer of peers) console.log(`  ${peer.file.padEnd(34)} ${`${peer.positivesFixed}/${peer.positives}`.padStart(8)} ${percent(peer.positivesFixed / Math.max(1, peer.positives))}   ${`${peer.negativesKept}/${peer.negatives}`.padStart(8)} ${percent(peer.negativesKept / Math.max(1, peer.negatives))}`);
}
if (verbose) {
  console.log('\nfalse edits on clean articles:\n  ' + cleanScore.offenders.join('\n  '));
  for (const row of families) if (row.misses.length) console.log(`\n${row.family} misses:\n  ${row.misses.join('\n  ')}`);
  if (tails.failures.length) console.log(`\ntail failures:\n  ${tails.failures.join('\n  ')}`);
  for (const peer of peers) if (peer.failures.length) console.log(`\n${peer.file} failures:\n  ${peer.failures.join('\n  ')}`);
}

const out = join(ROOT, 'bench', 'out');
mkdirSync(out, { recursive: true });
const summary = {
  seed: SEED,
  articles: articles.length,
  sharedCorpus: sharedCorpusPresent(),
  families: Object.fromEntries(families.map((row) => [row.family, { cases: row.cases, precision: precision(row.alone), recall: recall(row.alone), f1: f1(row.alone), allPasses: { precision: precision(row.together), recall: recall(row.together) } }])),
  clean: { ...cleanScore, offenders: undefined },
  tails: { ...tails, failures: undefined },
  peers: peers.map(({ failures, ...rest }) => rest),
};
writeFileSync(join(out, 'quality.json'), `${JSON.stringify(summary, null, 2)}\n`);
console.log(`\nwritten: bench/out/quality.json${verbose ? '' : '  (--verbose lists every miss)'}`);
