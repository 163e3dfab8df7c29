/**
 * The work a thread does, as plain data in and out, so the same job runs on the main thread or
 * in a worker and gives the same answer. Options travel as a `CleanSpec` (pass ids, not pass
 * objects, which hold functions and cannot be sent to a worker).
 */
import type { CleanOptions, CleanResult } from '../../engine.js';
import { cleanRecord, undecodableRecord } from '../../jsonl/record.js';
import { clean } from '../../engine.js';
import { selectPasses } from '../../passes/index.js';
import { countFailure, countResult, emptyTally, type Tally } from '../batch/tally.js';

export interface CleanSpec {
  minConfidence: number;
  only: readonly string[];
  skip: readonly string[];
  keepTail: boolean;
  language: string | undefined;
  /** Lines learned (or loaded) as the site's boilerplate. */
  boilerplate: readonly string[];
}

export interface RecordLine {
  /** 1-based, in its input. */
  number: number;
  text: string;
  /** False when the bytes were not UTF-8 (`text` is then their lossy decoding). */
  utf8: boolean;
}

export type Job =
  | { kind: 'text'; spec: CleanSpec; text: string }
  | { kind: 'records'; spec: CleanSpec; field: string; lines: readonly RecordLine[] };

export interface RecordsDone {
  kind: 'records';
  /** One output line per input line, in order, without line breaks. */
  output: string[];
  tally: Tally;
  /** The lines that became error records: their index in `output` and what was wrong. */
  errors: { index: number; message: string }[];
}

export type JobResult = { kind: 'text'; result: CleanResult } | RecordsDone;

/** The result of a text job; anything else is a bug in whoever sent the job. */
export function textResult(done: JobResult): CleanResult {
  if (done.kind !== 'text') throw new Error('a text job came back as records');
  return done.result;
}

export function recordsResult(done: JobResult): RecordsDone {
  if (done.kind !== 'records') throw new Error('a records job came back as text');
  return done;
}

/** Throws UnknownPassError for a pass id that does not exist (the CLI checks before any job runs). */
export function cleanOptionsFrom(spec: CleanSpec): CleanOptions {
  return {
    minConfidence: spec.minConfidence,
    passes: selectPasses({ only: [...spec.only], skip: [...spec.skip] }),
    splitTail: !spec.keepTail,
    language: spec.language,
    boilerplate: spec.boilerplate,
  };
}

// A batch sends the same few specs again and again; select the passes once per spec.
const optionsBySpec = new Map<string, CleanOptions>();

function optionsFor(spec: CleanSpec): CleanOptions {
  const key = JSON.stringify(spec);
  let options = optionsBySpec.get(key);
  if (!options) {
    options = cleanOptionsFrom(spec);
    optionsBySpec.set(key, options);
  }
  return options;
}

export function runJob(job: Job): JobResult {
  const options = optionsFor(job.spec);
  if (job.kind === 'text') return { kind: 'text', result: clean(job.text, options) };
  const done: RecordsDone = { kind: 'records', output: [], tally: emptyTally(), errors: [] };
  for (const line of job.lines) {
    const outcome = line.utf8 ? cleanRecord(line.text, line.number, job.field, options) : undecodableRecord(line.text, line.number);
    if (outcome.ok) countResult(done.tally, outcome.input, outcome.result);
    else {
      countFailure(done.tally);
      done.errors.push({ index: done.output.length, message: outcome.error });
    }
    done.output.push(outcome.line);
  }
  return done;
}
