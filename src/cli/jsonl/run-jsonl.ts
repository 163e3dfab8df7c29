/**
 * `--jsonl`: records in, records out, one line each, in order, and nothing else on stdout, the
 * contract of Hadoop Streaming and Spark's RDD.pipe. Inputs (stdin or files) are read as
 * streams, cleaned in batches of lines (on worker threads when the run is worth them), and
 * written as soon as every line before them is; a bounded number of batches in flight keeps
 * memory flat however long the input. A line that is not a record becomes an error record, or
 * with --strict ends the run (exit 2) after every record before it has been written.
 */
import { splitJoinedLines } from '../../jsonl/lines.js';
import type { BatchSettings } from '../batch/batch-settings.js';
import type { LearningSample } from '../batch/boilerplate.js';
import type { InputFile } from '../batch/inputs.js';
import { createProgress } from '../batch/progress.js';
import { boilerplateForRun } from '../batch/run-boilerplate.js';
import { batchSummary, learnedSummary } from '../batch/summary.js';
import { emptyTally, mergeTally } from '../batch/tally.js';
import { InputError, isUserError } from '../errors.js';
import { EXIT_OK, EXIT_USAGE } from '../exit-codes.js';
import { settingsFinder } from '../file-settings.js';
import type { CliIO } from '../io.js';
import { createCleaner } from '../parallel/cleaner.js';
import { recordsResult, type Job, type RecordsDone } from '../parallel/jobs.js';
import { mapInOrder, type SinkAnswer } from '../parallel/ordered.js';
import { checkPasses, specFor } from '../process-file.js';
import type { Settings } from '../settings.js';
import { recordBatches, type RecordBatch } from './read-records.js';

/** A batch of lines with the settings of the input it came from, or an input that cannot be read. */
type Item = { source: string; settings: Settings; batch: RecordBatch } | { problem: string };
type Done = { source: string; done: RecordsDone; bytes: number } | { problem: string };

export async function runJsonl(inputs: readonly InputFile[], settings: Settings, batch: BatchSettings, io: CliIO): Promise<number> {
  checkPasses(settings);
  const { field, strict } = batch.jsonl!;
  const bytes = await totalBytes(inputs, io);
  const work = { total: null, totalBytes: bytes, noun: 'record' };
  const progress = createProgress(io.stderr, work, io.stderr.isTTY && !settings.quiet);
  const items = readItems(inputs, settingsFinder(settings, io), io)[Symbol.asyncIterator]();
  const heldBack: Item[] = [];
  const boilerplate = await boilerplateForRun(batch, io, (sample) => fillSample(items, heldBack, field, sample));
  const workload = bytes === null ? undefined : { total: bytes, of: (job: Job) => (job.kind === 'records' ? job.data.length : 0) };
  const cleaner = createCleaner({ workers: batch.workers, eager: batch.eagerWorkers, workload, heaps: await io.sizeHeaps() });
  const tally = emptyTally();
  const started = performance.now();
  let failed = false;

  const clean = async (item: Item): Promise<Done> => {
    if ('problem' in item) return item;
    const { firstLine, data } = item.batch;
    // Its length first: a worker's batch is handed over, and its buffer left empty here.
    const bytes = data.length;
    const job = { kind: 'records' as const, spec: specFor(item.settings, boilerplate.lines), field, firstLine, data };
    return { source: item.source, done: recordsResult(await cleaner.run(job)), bytes };
  };
  const write = async (item: Done): Promise<SinkAnswer> => {
    if ('problem' in item) {
      progress.stderr.write(`unscrape: ${item.problem}\n`);
      failed = true;
      return 'continue';
    }
    const { output, errors } = item.done;
    const firstError = strict ? errors[0] : undefined;
    const written = firstError ? output.subarray(0, firstError.offset) : output;
    if (written.length > 0) io.stdout.write(written);
    mergeTally(tally, item.done.tally);
    progress.advance(item.done.lines, item.bytes);
    await io.stdout.ready();
    if (firstError) {
      progress.stderr.write(`unscrape: ${item.source}: ${firstError.message} (--strict stops at the first line that is not a record)\n`);
      failed = true;
      return 'stop';
    }
    return io.stdout.closed ? 'stop' : 'continue';
  };

  try {
    await mapInOrder(concat(heldBack, items), clean, batch.workers * 4, write);
  } finally {
    await cleaner.close();
    progress.finish();
  }
  if (!settings.quiet) {
    io.stderr.write(batchSummary(tally, { noun: 'record', seconds: (performance.now() - started) / 1000, threads: cleaner.threads }));
    if (boilerplate.learned) io.stderr.write(learnedSummary(boilerplate.learned.lines, boilerplate.learned.from, 'record', boilerplate.savedTo));
  }
  return failed ? EXIT_USAGE : EXIT_OK;
}

async function* readItems(inputs: readonly InputFile[], settingsFor: (file: string | null) => Promise<Settings>, io: CliIO): AsyncGenerator<Item> {
  for (const input of inputs) {
    try {
      if (input.problem) throw new InputError(input.problem);
      if (input.path === null && io.stdinIsTTY) throw new InputError('no input: give a JSONL FILE, or pipe records in (see unscrape --help)');
      const settings = await settingsFor(input.path);
      const source = input.path ?? 'stdin';
      for await (const batch of recordBatches(input.path, io)) yield { source, settings, batch };
    } catch (error) {
      if (!isUserError(error)) throw error;
      yield { problem: error.message };
    }
  }
}

/** Reads the first records into the learning sample, holding their batches back to be cleaned like the rest. */
async function fillSample(items: AsyncIterator<Item>, heldBack: Item[], field: string, sample: LearningSample): Promise<void> {
  while (!sample.full) {
    const next = await items.next();
    if (next.done) return;
    heldBack.push(next.value);
    if ('problem' in next.value) continue;
    for (const line of splitJoinedLines(next.value.batch.data)) {
      const text = textOf(line, field);
      if (text !== null) sample.add(text);
    }
  }
}

const decoder = new TextDecoder();

/** The record's text, or null for a line that is no record (one past the longest string included). */
function textOf(line: Uint8Array, field: string): string | null {
  try {
    const record: unknown = JSON.parse(decoder.decode(line));
    const text = typeof record === 'object' && record !== null ? (record as Record<string, unknown>)[field] : undefined;
    return typeof text === 'string' ? text : null;
  } catch {
    return null;
  }
}

async function* concat<T>(first: readonly T[], rest: AsyncIterator<T>): AsyncGenerator<T> {
  try {
    yield* first;
    for (let next = await rest.next(); !next.done; next = await rest.next()) yield next.value;
  } finally {
    // A run stopped early (--strict, a closed stdout) closes the input it was reading.
    await rest.return?.();
  }
}

/**
 * The size of the work when every input is a regular file, stdin included where the shell
 * redirected one (`< corpus.jsonl`). A pipe's is unknown, and so is that of a pipe given as a
 * path (`--jsonl <(zcat corpus.jsonl.gz)`), which stat calls 0 bytes. An input that cannot be
 * read counts 0: it is reported, not cleaned.
 */
export async function totalBytes(inputs: readonly InputFile[], io: Pick<CliIO, 'stat' | 'statStdin'>): Promise<number | null> {
  const infos = await Promise.all(inputs.map((input) => (input.path === null ? io.statStdin() : io.stat(input.path).catch(() => null))));
  if (infos.some((info) => info !== null && info.kind !== 'file')) return null;
  return infos.reduce((sum, info) => sum + (info?.size ?? 0), 0);
}
