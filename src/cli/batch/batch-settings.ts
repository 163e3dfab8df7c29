/**
 * The options of a run over many inputs: how inputs are found (-r), read (--jsonl), spread over
 * threads (--workers), and what the batch learns (--learn-boilerplate). Checked once, before
 * anything is read, so a contradiction costs no work.
 */
import { UsageError } from '../errors.js';
import type { CliOptions } from '../options.js';

export interface BatchSettings {
  recursive: boolean;
  /** JSON Lines in and out; null for article files. */
  jsonl: { field: string; strict: boolean } | null;
  workers: number;
  /** --workers was given: start the threads without first proving the batch is worth them. */
  eagerWorkers: boolean;
  learnBoilerplate: boolean;
  boilerplateFile: string | null;
  saveBoilerplate: string | null;
}

/** The outputs that are about one article at a time, and make no sense for a stream of records. */
const NOT_FOR_JSONL = [
  ['diff', '--diff'], ['wordDiff', '--word-diff'], ['report', '--report'], ['json', '--json'], ['check', '--check'],
  ['write', '--write'], ['backup', '--backup'], ['interactive', '--interactive'], ['tail', '--tail'], ['outDir', '--out-dir'],
] as const;

export function batchSettingsFrom(options: CliOptions, cores: number, isExplicit: (key: string) => boolean): BatchSettings {
  if (options.jsonl) {
    const clash = NOT_FOR_JSONL.filter(([key]) => options[key] !== undefined && options[key] !== false);
    if (clash.length > 0) throw new UsageError(`--jsonl writes one record per line to stdout; ${clash.map(([, flag]) => flag).join(' and ')} cannot be used with it`);
    if (!/^utf-?8$/i.test(options.encoding)) throw new UsageError('--jsonl reads UTF-8, as JSON is; drop --encoding');
  } else {
    if (isExplicit('field')) throw new UsageError('--field names the field of a JSONL record; add --jsonl');
    if (options.strict) throw new UsageError('--strict is about the lines of JSONL input; add --jsonl');
  }
  if (options.saveBoilerplate && !options.learnBoilerplate) throw new UsageError('--save-boilerplate saves what --learn-boilerplate learns; add --learn-boilerplate');
  return {
    recursive: options.recursive === true,
    jsonl: options.jsonl ? { field: options.field, strict: options.strict === true } : null,
    workers: options.workers ?? cores,
    eagerWorkers: options.workers !== undefined,
    learnBoilerplate: options.learnBoilerplate === true,
    boilerplateFile: options.boilerplateFile ?? null,
    saveBoilerplate: options.saveBoilerplate ?? null,
  };
}
