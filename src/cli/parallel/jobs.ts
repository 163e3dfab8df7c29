/**
 * The work a thread does, as plain data in and out, so the same job runs on the main thread or
 * in a worker and gives the same answer. Options travel as a `CleanSpec` (pass ids, not pass
 * objects, which hold functions and cannot be sent to a worker).
 */
import { isUtf8 } from 'node:buffer';
import type { CleanOptions, CleanResult } from '../../engine.js';
import { cleanRecord, oversizedRecord, undecodableRecord, type RecordOutcome } from '../../jsonl/record.js';
import { clean } from '../../engine.js';
import { selectPasses } from '../../passes/index.js';
import { splitJoinedLines } from '../../jsonl/lines.js';
import { isPastLongestString } from '../../text/string-limit.js';
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

export type Job =
  | { kind: 'text'; spec: CleanSpec; text: string }
  | {
      kind: 'records';
      spec: CleanSpec;
      field: string;
      /** 1-based number, in its input, of the first line. */
      firstLine: number;
      /** The lines as read (`joinLines`): decoded by the thread that cleans them. */
      data: Uint8Array;
    };

export interface RecordsDone {
  kind: 'records';
  /** One output line per input line, in order, each ended by `\n`, as UTF-8. */
  output: Uint8Array;
  /** How many lines `output` holds. */
  lines: number;
  tally: Tally;
  /** The lines that became error records: where each starts in `output`, and what was wrong. */
  errors: { offset: number; message: string }[];
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

/** `onSection`: called before each section of a long text (`CleanOptions.onSection`). */
export function runJob(job: Job, onSection?: () => void): JobResult {
  const options = optionsFor(job.spec);
  if (job.kind === 'text') return { kind: 'text', result: clean(job.text, onSection ? { ...options, onSection } : options) };
  const tally = emptyTally();
  const output = new Utf8Lines();
  const failures: { offset: number; message: string }[] = [];
  let number = job.firstLine;
  for (const bytes of splitJoinedLines(job.data)) {
    const outcome = recordOutcome(bytes, number, job.field, options);
    if (outcome.ok) countResult(tally, outcome.input, outcome.result);
    else {
      countFailure(tally);
      failures.push({ offset: output.byteLength, message: outcome.error });
    }
    output.add(outcome.line);
    number++;
  }
  return { kind: 'records', output: output.bytes(), lines: output.lines, tally, errors: failures };
}

function recordOutcome(bytes: Uint8Array, number: number, field: string, options: CleanOptions): RecordOutcome {
  let text: string;
  try {
    // Lossy for the raw text of an error record; whether the line is UTF-8 at all is isUtf8's to say.
    text = decoder.decode(bytes);
  } catch (error) {
    if (isPastLongestString(error)) return oversizedRecord(bytes.length, number);
    throw error;
  }
  return isUtf8(bytes) ? cleanRecord(text, number, field, options) : undecodableRecord(text, number);
}

const decoder = new TextDecoder();
const encoder = new TextEncoder();

/**
 * Lines encoded as UTF-8 one by one into a buffer that grows: joined into one string first, a
 * batch's output (a few hundred KB) was a large object, which only a full collection frees, and
 * a stream of them grew the old generation by tens of MB between collections.
 */
class Utf8Lines {
  private buffer = new Uint8Array(64 * 1024);
  byteLength = 0;
  lines = 0;

  add(line: string): void {
    // A UTF-16 code unit takes at most 3 bytes of UTF-8; a surrogate pair, 4 for 2.
    this.reserve(line.length * 3 + 1);
    this.byteLength += encoder.encodeInto(line, this.buffer.subarray(this.byteLength)).written;
    this.buffer[this.byteLength++] = 0x0a;
    this.lines++;
  }

  /** The lines, in a buffer of their own size (it is handed over to another thread). */
  bytes(): Uint8Array {
    return this.buffer.slice(0, this.byteLength);
  }

  private reserve(bytes: number): void {
    if (this.byteLength + bytes <= this.buffer.length) return;
    const grown = new Uint8Array(Math.max(this.buffer.length * 2, this.byteLength + bytes));
    grown.set(this.buffer.subarray(0, this.byteLength));
    this.buffer = grown;
  }
}

/** What a job or its result hands over to the other thread rather than copies: its buffer of lines. */
export function transferablesOf(message: Job | JobResult): ArrayBuffer[] {
  if (message.kind === 'records' && 'data' in message) return [message.data.buffer as ArrayBuffer];
  if (message.kind === 'records' && 'output' in message) return [message.output.buffer as ArrayBuffer];
  return [];
}
