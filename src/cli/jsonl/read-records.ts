/**
 * A JSONL input as batches of lines, read chunk by chunk: memory holds a few chunks, never the
 * file. A batch is the lines one chunk completes (at most MAX_LINES of them), so a record is
 * sent on as soon as its line ends, which is what lets `tail -f log | unscrape --jsonl` stream.
 * A batch stays bytes, in a buffer of its own: the thread that cleans it decodes it, and a
 * worker's batch is handed over whole, so the main thread never holds its records as strings.
 */
import { joinLines, LineSplitter } from '../../jsonl/lines.js';
import type { CliIO } from '../io.js';
import { readError } from '../read-input.js';

export interface RecordBatch {
  /** 1-based number, in its input, of the batch's first line. */
  firstLine: number;
  /** The lines, each followed by `\n` (a `\r` before it already dropped). */
  data: Uint8Array;
}

/** Enough lines to make a worker's round trip worth it, few enough to keep every thread busy. */
const MAX_LINES = 64;

export async function* recordBatches(path: string | null, io: CliIO): AsyncGenerator<RecordBatch> {
  const splitter = new LineSplitter();
  let lineNumber = 0;
  const toBatches = (lines: Uint8Array[]): RecordBatch[] => {
    const batches: RecordBatch[] = [];
    for (let start = 0; start < lines.length; start += MAX_LINES) {
      const slice = lines.slice(start, start + MAX_LINES);
      batches.push({ firstLine: lineNumber + 1, data: joinLines(slice) });
      lineNumber += slice.length;
    }
    return batches;
  };
  try {
    for await (const chunk of io.readStream(path)) yield* toBatches(splitter.push(chunk));
  } catch (error) {
    if (path !== null && typeof (error as NodeJS.ErrnoException).code === 'string') throw readError(path, error);
    throw error;
  }
  yield* toBatches(splitter.end());
}
