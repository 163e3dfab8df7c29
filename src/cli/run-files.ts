/**
 * A run over article files: each is read, cleaned (on worker threads when the batch is worth
 * them), then saved and shown in the order given, whatever order the threads finish in. A file
 * that fails is reported in one line at its turn and the others go on; a batch ends with a
 * summary on stderr.
 */
import type { CleanResult } from '../engine.js';
import { DEFAULT_SECTION_LENGTH } from '../sections.js';
import type { BatchSettings } from './batch/batch-settings.js';
import type { LearningSample } from './batch/boilerplate.js';
import type { Expansion, InputFile } from './batch/inputs.js';
import { createProgress } from './batch/progress.js';
import { boilerplateForRun } from './batch/run-boilerplate.js';
import { batchSummary, learnedSummary } from './batch/summary.js';
import { countFailure, countResult, emptyTally } from './batch/tally.js';
import { InputError, isUserError } from './errors.js';
import { EXIT_OK, EXIT_USAGE, EXIT_WOULD_CHANGE } from './exit-codes.js';
import type { CliIO } from './io.js';
import { createOutput } from './output.js';
import { createCleaner, HEAPS_LEFT_TO_V8 } from './parallel/cleaner.js';
import { cleanOptionsFrom, textResult } from './parallel/jobs.js';
import { mapInOrder } from './parallel/ordered.js';
import { createFileProcessor, specFor, type FileProcessor, type ReadInput } from './process-file.js';
import type { Settings } from './settings.js';

/** A file read and, unless a review will clean it, cleaned; or why it could not be read. */
type Item = { read: ReadInput; result: CleanResult | null } | { problem: string };

export async function runFiles(expansion: Expansion, settings: Settings, batch: BatchSettings, io: CliIO): Promise<number> {
  const processor = await createFileProcessor(settings, io);
  try {
    return await cleanFiles(expansion, processor, settings, batch, io);
  } finally {
    processor.close();
  }
}

async function cleanFiles(expansion: Expansion, processor: FileProcessor, settings: Settings, batch: BatchSettings, io: CliIO): Promise<number> {
  const { inputs } = expansion;
  const isBatch = expansion.expanded || inputs.length > 1 || settings.outDir !== null;
  const showsProgress = isBatch && io.stderr.isTTY && !settings.quiet && !settings.interactive;
  const progress = createProgress(io.stderr, { total: inputs.length, totalBytes: null, noun: 'file' }, showsProgress);
  const shownIO: CliIO = { ...io, stderr: progress.stderr };
  const output = createOutput(settings, shownIO);
  const boilerplate = await boilerplateForRun(batch, io, (sample) => learnFromFiles(inputs, processor, sample));
  const specOf = (read: ReadInput) => specFor(read.settings, boilerplate.lines);
  // Files are counted, not measured: one job each.
  const workload = { total: inputs.length, of: () => 1 };
  const policy = { workers: settings.interactive ? 1 : batch.workers, eager: batch.eagerWorkers, workload, heaps: isBatch ? await io.sizeHeaps() : HEAPS_LEFT_TO_V8 };
  const cleaner = createCleaner(policy);
  const tally = emptyTally();
  const started = performance.now();

  const clean = async (item: Item): Promise<Item> => {
    if ('problem' in item || processor.review) return item;
    // One article is left to V8's sizing (loading the sizing costs 2 ms); a text long enough for sections is not.
    if (policy.heaps === HEAPS_LEFT_TO_V8 && item.read.original.text.length > DEFAULT_SECTION_LENGTH) policy.heaps = await io.sizeHeaps();
    const done = await cleaner.run({ kind: 'text', spec: specOf(item.read), text: item.read.original.text });
    return { read: item.read, result: textResult(done) };
  };
  const save = async (item: Item) => {
    try {
      if ('problem' in item) throw new InputError(item.problem);
      const { read } = item;
      // A review asks on the terminal, so it runs here, one input after another and never ahead of the output.
      const result = item.result ?? (await processor.review!(read.file ?? 'stdin', read.original.text, cleanOptionsFrom(specOf(read)), read.settings.color));
      await output.show(await processor.save(read, result));
      countResult(tally, read.original.text, result);
    } catch (error) {
      if (!isUserError(error)) throw error;
      shownIO.stderr.write(`unscrape: ${error.message}\n`);
      countFailure(tally);
    }
    progress.advance(1);
    return 'continue' as const;
  };

  try {
    await mapInOrder(readAll(inputs, processor), clean, settings.interactive ? 1 : batch.workers * 4, save);
  } finally {
    await cleaner.close();
    progress.finish();
  }
  output.finish();
  if (isBatch && !settings.quiet && !settings.check) {
    const tailsSaved = settings.outDir !== null ? 'beside the clean copies as FILE.tail.txt' : undefined;
    io.stderr.write(batchSummary(tally, { noun: 'file', seconds: (performance.now() - started) / 1000, threads: cleaner.threads, tailsSaved }));
  }
  if (boilerplate.learned && !settings.quiet) io.stderr.write(learnedSummary(boilerplate.learned.lines, boilerplate.learned.from, 'file', boilerplate.savedTo));
  if (tally.failed > 0) return EXIT_USAGE;
  return settings.check && output.changed > 0 ? EXIT_WOULD_CHANGE : EXIT_OK;
}

async function* readAll(inputs: readonly InputFile[], processor: FileProcessor): AsyncGenerator<Item> {
  for (const input of inputs) {
    try {
      yield { read: await processor.read(input), result: null };
    } catch (error) {
      if (!isUserError(error)) throw error;
      yield { problem: error.message };
    }
  }
}

/** The first files of the batch; one that cannot be read is skipped here and reported when its turn comes. */
async function learnFromFiles(inputs: readonly InputFile[], processor: FileProcessor, sample: LearningSample): Promise<void> {
  for (const input of inputs) {
    if (sample.full) return;
    const read = await processor.read(input).catch(() => null);
    if (read) sample.add(read.original.text);
  }
}
