/**
 * npm run bench — throughput, memory and start-up, measured in one run on this machine:
 *
 * - a JSONL corpus of real articles (BENCH_MB, default 200 MB) in a temporary folder, cleaned by
 *   `unscrape --jsonl` on one worker and on every core, against `cat` and a Node script that
 *   streams the records through one duplicate-word regex (the compute floor), on the same bytes;
 *   each streaming run BENCH_REPEATS times (default 3), interleaved, and the ratios taken of the medians;
 * - as many one-worker processes as cores, side by side on the same corpus: how well this machine
 *   scales independent runs, the ceiling against which the threads' speed-up is read;
 * - peak RSS of each streaming run, and of cleaning long article files of BENCH_WHOLE_MB (default
 *   4 MB) and four times that, whose difference gives the bytes of RSS per input byte;
 * - cold starts (medians): `node -e 0`, `unscrape --help`, cleaning the 10 KB seed article, and
 *   `--diff` / `--word-diff` on a 100 KB article;
 * - franc calls per article, from the library on the corpus's distinct articles.
 *
 * Prints a table and the goals of issue 8 with PASS/FAIL; writes bench/out/bench.json.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { clean } from '../src/index.js';
import { loadSources, ROOT, variant, writeJsonlCorpus, writeLongArticle } from './throughput/corpus.js';
import { goalTable, met, type Goal } from './throughput/goals.js';
import { measure, medianOutput, medianTimes, wallTimeTogether, type Measured } from './throughput/measure.js';

const MB = 1024 * 1024;
const corpusMb = Number(process.env.BENCH_MB ?? 200);
const wholeMb = Number(process.env.BENCH_WHOLE_MB ?? 4);
const coldRuns = Number(process.env.BENCH_RUNS ?? 15);
const repeats = Number(process.env.BENCH_REPEATS ?? 3);
const cores = availableParallelism();
const node = process.execPath;
const bin = join(ROOT, 'bin', 'unscrape.js');
const baselineScript = join(ROOT, 'build', 'bench', 'throughput', 'regex-baseline.js');
const work = mkdtempSync(join(tmpdir(), 'unscrape-bench-'));
const log = (line: string) => process.stderr.write(`${line}\n`);

try {
  const sources = loadSources();
  log(`building a ${corpusMb} MB JSONL corpus from ${sources.articles.length} articles${sources.sharedCorpus ? ' (../shared/corpus included)' : ''}…`);
  const corpus = await writeJsonlCorpus(join(work, 'corpus.jsonl'), sources, corpusMb * MB);
  const out = join(work, 'out.jsonl');
  const mbPerSecond = (run: Measured) => corpus.bytes / MB / run.seconds;
  const linesOf = (path: string) => readFileSync(path, 'utf8').split('\n').length - 1;

  const checkLines = (name: string) => {
    if (linesOf(out) !== corpus.records) throw new Error(`${name} wrote ${linesOf(out)} lines for ${corpus.records} records`);
  };
  log('running cat…');
  const streaming: Record<string, Measured> = { cat: measure('cat', [corpus.path], out) };
  checkLines('cat');
  // Each run `repeats` times, interleaved, and the median taken: on a shared machine the pace
  // drifts over minutes and one run of each could land on a slow stretch or a fast one.
  const runs: [string, string, string[]][] = [
    ['regex baseline (node)', node, [baselineScript, corpus.path]],
    ['unscrape --workers 1', node, [bin, '--jsonl', '-q', '--workers', '1', corpus.path]],
    [`unscrape --workers ${cores}`, node, [bin, '--jsonl', '-q', '--workers', String(cores), corpus.path]],
  ];
  const samples: Record<string, Measured[]> = {};
  for (let repeat = 1; repeat <= repeats; repeat++) {
    for (const [name, command, args] of runs) {
      log(`running ${name} (${repeat} of ${repeats})…`);
      (samples[name] ??= []).push(measure(command, args, out));
      checkLines(name);
    }
  }
  for (const [name, measured] of Object.entries(samples)) streaming[name] = medianOf(measured);

  // Not a goal: how far this machine lets independent one-thread runs scale, to read the threads' figure against.
  log(`running ${cores} one-worker processes side by side…`);
  const oneWorker = [node, bin, '--jsonl', '-q', '--workers', '1', corpus.path];
  const togetherSeconds = await wallTimeTogether(Array.from({ length: cores }, () => oneWorker));

  // Bytes of RSS per input byte are what each further byte costs: the slope between a long file
  // and one four times longer. Cleaning any text long enough for sections first costs some 27 MB
  // over a small article (the optimising compiler's code and zones, the heaps grown to their
  // working size), the same for 250 KB as for 4 MB; net of a small article alone, that fixed
  // cost read as 6-7 bytes per byte of a 4 MB file, and as fewer of every longer one.
  log('cleaning two long article files…');
  const longPath = join(work, 'long.txt');
  const longerPath = join(work, 'longer.txt');
  const longBytes = writeLongArticle(longPath, sources, wholeMb * MB);
  const longerBytes = writeLongArticle(longerPath, sources, 4 * wholeMb * MB);
  const wholeRuns: Record<'long' | 'longer' | 'tiny', Measured[]> = { long: [], longer: [], tiny: [] };
  for (let repeat = 1; repeat <= repeats; repeat++) {
    wholeRuns.long.push(measure(node, [bin, '-q', longPath]));
    wholeRuns.longer.push(measure(node, [bin, '-q', longerPath]));
    wholeRuns.tiny.push(measure(node, [bin, '-q', join(ROOT, 'fixtures', 'clean-article', 'input.txt')]));
  }
  const whole = medianOf(wholeRuns.long);
  const longer = medianOf(wholeRuns.longer);
  const tiny = medianOf(wholeRuns.tiny);
  const rssPerByte = ((longer.peakRss ?? NaN) - (whole.peakRss ?? NaN)) / (longerBytes - longBytes);
  const rssPerByteOverSmall = ((whole.peakRss ?? NaN) - (tiny.peakRss ?? NaN)) / longBytes;

  log('timing cold starts…');
  const article100k = join(work, 'article-100k.txt');
  writeLongArticle(article100k, sources, 100 * 1024);
  const seed = join(ROOT, 'fixtures', 'tiktok-oracle', 'input.txt');
  const cold = medianTimes(
    {
      'node -e 0': [node, '-e', '0'],
      'unscrape --help': [node, bin, '--help'],
      // As a user runs them: the notices on stderr (the tail split off) are part of the work.
      'unscrape seed (10 KB)': [node, bin, seed],
      'unscrape 100 KB': [node, bin, article100k],
      'unscrape --diff 100 KB': [node, bin, '--diff', article100k],
      'unscrape --word-diff 100 KB': [node, bin, '--word-diff', article100k],
    },
    coldRuns,
  );

  const renderScript = join(ROOT, 'build', 'bench', 'throughput', 'render-cost.js');
  const rendering = {
    diff: medianOutput(node, [renderScript, article100k, 'diff'], coldRuns),
    'word-diff': medianOutput(node, [renderScript, article100k, 'word-diff'], coldRuns),
  };

  log('counting franc calls…');
  const distinct = Array.from({ length: sources.articles.length * 3 }, (_, index) => variant(sources, index));
  const francCalls = distinct.reduce((sum, text) => sum + clean(text).stats.francCalls, 0) / distinct.length;

  const one = streaming['unscrape --workers 1']!;
  const all = streaming[`unscrape --workers ${cores}`]!;
  const baseline = streaming['regex baseline (node)']!;
  const nodeMs = cold['node -e 0']!;
  const rssRatio = (run: Measured) => (run.peakRss ?? NaN) / (baseline.peakRss ?? NaN);
  const goals: Goal[] = [
    { name: 'one worker vs regex baseline (throughput)', value: mbPerSecond(one) / mbPerSecond(baseline), must: 'at least', limit: 0.25, unit: 'x' },
    { name: `${cores} workers vs one (speed-up per core)`, value: mbPerSecond(all) / mbPerSecond(one) / cores, must: 'at least', limit: 0.8, unit: 'x' },
    { name: 'unscrape --help vs node -e 0', value: cold['unscrape --help']! / nodeMs, must: 'at most', limit: 1.3, unit: 'x' },
    { name: 'cleaning the 10 KB seed vs node -e 0', value: cold['unscrape seed (10 KB)']! / nodeMs, must: 'at most', limit: 2.2, unit: 'x' },
    { name: 'peak RSS, one worker vs baseline', value: rssRatio(one), must: 'at most', limit: 1.5, unit: 'x' },
    { name: `peak RSS, ${cores} workers vs baseline`, value: rssRatio(all), must: 'at most', limit: 1.5, unit: 'x' },
    { name: `whole file: RSS per input byte (${wholeMb} -> ${4 * wholeMb} MB)`, value: rssPerByte, must: 'at most', limit: 8, unit: ' B/B' },
    { name: '--diff on 100 KB: added time vs node -e 0', value: rendering.diff / nodeMs, must: 'at most', limit: 0.5, unit: 'x' },
    { name: '--word-diff on 100 KB: added time vs node -e 0', value: rendering['word-diff'] / nodeMs, must: 'at most', limit: 0.5, unit: 'x' },
  ];

  const rows = Object.entries(streaming).map(([name, run]) =>
    `  ${name.padEnd(24)} ${run.seconds.toFixed(1).padStart(7)} s ${mbPerSecond(run).toFixed(1).padStart(8)} MB/s ${(corpus.records / run.seconds).toFixed(0).padStart(9)} records/s ${run.peakRss === null ? '     ?' : (run.peakRss / MB).toFixed(0).padStart(6)} MB peak RSS${samples[name] ? `   (${spreadOf(samples[name], mbPerSecond)})` : ''}`,
  );
  const report = [
    `unscrape throughput on ${cpus()[0]?.model ?? 'this machine'} (${cores} cores), Node ${process.version}`,
    `corpus: ${(corpus.bytes / MB).toFixed(0)} MB, ${corpus.records.toLocaleString('en-US')} records from ${sources.articles.length} articles`,
    '  (regex baseline: per record JSON.parse, one /\\b(\\w+)\\s+\\1\\b/g replacement, JSON.stringify)',
    `  medians of ${repeats} interleaved runs each (the spread in brackets); the ratios below are of the medians`,
    ...rows,
    `  ${cores} one-worker processes side by side, each on the whole corpus: ${togetherSeconds.toFixed(1)} s, ${(streaming['unscrape --workers 1']!.seconds / togetherSeconds).toFixed(2)}x per core (the machine's ceiling for threads)`,
    `  whole files (medians of ${repeats}): ${(longBytes / MB).toFixed(1)} MB in ${whole.seconds.toFixed(1)} s at ${((whole.peakRss ?? NaN) / MB).toFixed(0)} MB peak RSS, ${(longerBytes / MB).toFixed(1)} MB in ${longer.seconds.toFixed(1)} s at ${((longer.peakRss ?? NaN) / MB).toFixed(0)} MB: ${rssPerByte.toFixed(1)} bytes of RSS per further input byte`,
    `    (one small article: ${((tiny.peakRss ?? NaN) / MB).toFixed(0)} MB; the ${(longBytes / MB).toFixed(1)} MB file over it: ${rssPerByteOverSmall.toFixed(1)} B/B, start-up of the engine included)`,
    'cold start (median of ' + coldRuns + ' runs):',
    ...Object.entries(cold).map(([name, ms]) => `  ${name.padEnd(28)} ${ms.toFixed(0).padStart(5)} ms  ${(ms / nodeMs).toFixed(2)}x node -e 0`),
    `rendering 100 KB (in process, library load included): --diff ${rendering.diff.toFixed(1)} ms, --word-diff ${rendering['word-diff'].toFixed(1)} ms`,
    `franc calls per article: ${francCalls.toFixed(2)} (over ${distinct.length} article variants)`,
    'goals:',
    goalTable(goals),
  ].join('\n');
  process.stdout.write(`${report}\n`);

  mkdirSync(join(ROOT, 'bench', 'out'), { recursive: true });
  const json = { date: new Date().toISOString(), node: process.version, cores, corpus: { mb: corpus.bytes / MB, records: corpus.records }, streaming, samples, processesSideBySide: { count: cores, seconds: togetherSeconds }, whole: { long: { bytes: longBytes, ...whole }, longer: { bytes: longerBytes, ...longer }, smallArticle: tiny, rssPerByte, rssPerByteOverSmall, samples: wholeRuns }, cold, rendering, francCallsPerArticle: francCalls, goals: goals.map((goal) => ({ ...goal, met: met(goal) })) };
  writeFileSync(join(ROOT, 'bench', 'out', 'bench.json'), `${JSON.stringify(json, null, 2)}\n`);
} finally {
  rmSync(work, { recursive: true, force: true });
}

/** The median time and the median peak RSS of the runs (each its own median). */
function medianOf(runs: readonly Measured[]): Measured {
  const median = (values: number[]) => {
    const sorted = values.sort((a, b) => a - b);
    const middle = sorted.length >> 1;
    return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
  };
  const peaks = runs.map((run) => run.peakRss);
  return { seconds: median(runs.map((run) => run.seconds)), peakRss: peaks.includes(null) ? null : median(peaks as number[]) };
}

function spreadOf(runs: readonly Measured[], mbPerSecond: (run: Measured) => number): string {
  const rates = runs.map(mbPerSecond);
  const peaks = runs.map((run) => (run.peakRss ?? NaN) / MB);
  return `${Math.min(...rates).toFixed(1)}-${Math.max(...rates).toFixed(1)} MB/s, ${Math.min(...peaks).toFixed(0)}-${Math.max(...peaks).toFixed(0)} MB`;
}
