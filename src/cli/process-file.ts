/**
 * One input from name to outcome: its settings (with its config), its text, the clean result
 * (reviewed on the terminal when interactive), and what was saved. stdout and stderr are the
 * caller's: the same outcome can be shown in any format, or later come from another thread.
 */
import { dirname } from 'node:path';
import { clean, type CleanOptions, type CleanResult } from '../engine.js';
import { selectPasses, UnknownPassError } from '../passes/index.js';
import type { FoundConfig } from './config.js';
import { UsageError } from './errors.js';
import type { CliIO, Terminal } from './io.js';
import { readInput } from './read-input.js';
import { withConfig, type Settings } from './settings.js';
import { saveResults, type Saved } from './write-back.js';

export interface FileOutcome {
  /** As given on the command line; null for standard input. */
  file: string | null;
  input: string;
  result: CleanResult;
  settings: Settings;
  saved: Saved;
}

export interface FileProcessor {
  process(target: string): Promise<FileOutcome>;
  /** Releases the terminal, if a review opened it. */
  close(): void;
}

/** Fails, before any input is read, on an unknown pass or when a review has no terminal to ask on. */
export async function createFileProcessor(base: Settings, io: CliIO): Promise<FileProcessor> {
  cleanOptions(base);
  const terminal: Terminal | null = base.interactive ? await io.openTerminal() : null;
  const review = terminal && (await import('./review/review-input.js')).createReviewer(terminal, io.env);
  let findConfig: ((folder: string) => Promise<FoundConfig | null>) | undefined;

  const settingsFor = async (file: string | null): Promise<Settings> => {
    if (!base.useConfig) return base;
    findConfig ??= (await import('./config.js')).configFinder(io);
    const config = await findConfig(file === null ? '.' : dirname(file));
    return config ? withConfig(base, config.values) : base;
  };

  return {
    async process(target) {
      const file = target === '-' ? null : target;
      const settings = await settingsFor(file);
      const original = await readInput(file, settings.encoding, io);
      const result = review
        ? await review(file ?? 'stdin', original.text, cleanOptions(settings), settings.color)
        : clean(original.text, cleanOptions(settings));
      const saved = await saveResults(file, original, result, settings, io);
      return { file, input: original.text, result, settings, saved };
    },
    close() {
      terminal?.close();
    },
  };
}

function cleanOptions(settings: Settings): CleanOptions {
  try {
    const passes = selectPasses({ only: settings.only, skip: settings.skip });
    return { minConfidence: settings.minConfidence, passes, splitTail: !settings.keepTail, language: settings.language };
  } catch (error) {
    if (error instanceof UnknownPassError) throw new UsageError(error.message);
    throw error;
  }
}
