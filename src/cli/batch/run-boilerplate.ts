/**
 * The boilerplate list a run cleans with: the lines of --boilerplate-file, plus what
 * --learn-boilerplate learns from the batch's first documents (saved with --save-boilerplate
 * before any cleaning starts, so a long run that is stopped still leaves the list).
 */
import type { CliIO } from '../io.js';
import type { BatchSettings } from './batch-settings.js';
import { combineBoilerplate, LearningSample, loadBoilerplateFile, saveBoilerplateFile } from './boilerplate.js';

export interface RunBoilerplate {
  lines: string[];
  /** What this run learned, and from how many documents; null when it did not learn. */
  learned: { lines: string[]; from: number } | null;
  savedTo: string | null;
}

/** `fillSample` reads the batch's first documents into the sample. */
export async function boilerplateForRun(batch: BatchSettings, io: CliIO, fillSample: (sample: LearningSample) => Promise<void>): Promise<RunBoilerplate> {
  const given = batch.boilerplateFile === null ? [] : await loadBoilerplateFile(batch.boilerplateFile, io);
  if (!batch.learnBoilerplate) return { lines: given, learned: null, savedTo: null };
  const sample = new LearningSample();
  await fillSample(sample);
  const learned = sample.learn();
  const lines = combineBoilerplate(given, learned);
  if (batch.saveBoilerplate !== null) await saveBoilerplateFile(batch.saveBoilerplate, lines, io);
  return { lines, learned: { lines: learned, from: sample.texts.length }, savedTo: batch.saveBoilerplate };
}
