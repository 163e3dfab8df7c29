/**
 * One input file from name to outcome, in three steps a batch can spread out: `read` (its
 * settings, with its config, and its text), the cleaning (here, on a worker thread, or in a
 * review on the terminal), and `save` (its tail, its backup, its clean copy). stdout and stderr
 * are the caller's: the same outcome can be shown in any format.
 */
import { join } from 'node:path';
import type { CleanResult } from '../engine.js';
import { UnknownPassError } from '../passes/index.js';
import type { InputFile } from './batch/inputs.js';
import { InputError, UsageError } from './errors.js';
import { settingsFinder } from './file-settings.js';
import type { CliIO, Terminal } from './io.js';
import { cleanOptionsFrom, type CleanSpec } from './parallel/jobs.js';
import { readInput } from './read-input.js';
import type { Reviewer } from './review/review-input.js';
import type { Settings } from './settings.js';
import { saveResults, type Saved } from './write-back.js';

export interface ReadInput {
  /** As given on the command line; null for standard input. */
  file: string | null;
  /** Where --out-dir puts its clean copy, or null. */
  destination: string | null;
  settings: Settings;
  /** Its bytes are kept only for a backup (`--write --backup`): a long file's would be held to the end for nothing. */
  original: { bytes: Uint8Array | null; text: string };
}

export interface FileOutcome {
  file: string | null;
  input: string;
  result: CleanResult;
  settings: Settings;
  saved: Saved;
}

export interface FileProcessor {
  read(input: InputFile): Promise<ReadInput>;
  /** The terminal review of an --interactive run, or null. */
  readonly review: Reviewer | null;
  save(read: ReadInput, result: CleanResult): Promise<FileOutcome>;
  /** Releases the terminal, if a review opened it. */
  close(): void;
}

/** Fails, before any input is read, on an unknown pass or when a review has no terminal to ask on. */
export async function createFileProcessor(base: Settings, io: CliIO): Promise<FileProcessor> {
  checkPasses(base);
  const terminal: Terminal | null = base.interactive ? await io.openTerminal() : null;
  const review = terminal && (await import('./review/review-input.js')).createReviewer(terminal, io.env);
  const settingsFor = settingsFinder(base, io);
  /** Which input each --out-dir destination came from: two inputs must not write one file. */
  const destinations = new Map<string, string>();

  return {
    async read(input) {
      if (input.problem) throw new InputError(input.problem);
      const settings = await settingsFor(input.path);
      const { bytes, text } = await readInput(input.path, settings.encoding, io);
      const original = { bytes: settings.write && settings.backup ? bytes : null, text };
      return { file: input.path, destination: base.outDir === null ? null : join(base.outDir, input.relative), settings, original };
    },
    review,
    async save(read, result) {
      const { file, destination, settings, original } = read;
      if (destination !== null) {
        const earlier = destinations.get(destination);
        if (earlier !== undefined) throw new InputError(`${file}: its clean copy would be ${destination}, which ${earlier} already wrote`);
        destinations.set(destination, file ?? 'stdin');
      }
      const saved = await saveResults({ file, destination, original }, result, settings, io);
      return { file, input: original.text, result, settings, saved };
    },
    close() {
      terminal?.close();
    },
  };
}

/** The options a thread needs to clean as this input's settings say. */
export function specFor(settings: Settings, boilerplate: readonly string[]): CleanSpec {
  const { minConfidence, only, skip, keepTail, language } = settings;
  return { minConfidence, only, skip, keepTail, language, boilerplate };
}

/** An unknown pass id on the command line is a usage error (a config's pass ids are checked when it loads). */
export function checkPasses(settings: Settings): void {
  try {
    cleanOptionsFrom(specFor(settings, []));
  } catch (error) {
    if (error instanceof UnknownPassError) throw new UsageError(error.message);
    throw error;
  }
}
