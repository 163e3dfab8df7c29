/**
 * A JSONL input as batches of lines, read chunk by chunk: memory holds a few chunks, never the
 * file. A batch is the lines one chunk completes (at most MAX_LINES of them), so a record is
 * sent on as soon as its line ends, which is what lets `tail -f log | unscrape --jsonl` stream.
 */
import { isUtf8 } from 'node:buffer';
import { LineSplitter } from '../../jsonl/lines.js';
import type { CliIO } from '../io.js';
import type { RecordLine } from '../parallel/jobs.js';
import { readError } from '../read-input.js';

export interface RecordBatch {
  lines: RecordLine[];
  /** Bytes of input the batch stands for, line breaks included, for the progress line. */
  bytes: number;
}

/** Enough lines to make a worker's round trip worth it, few enough to keep every thread busy. */
const MAX_LINES = 64;

export async function* recordBatches(path: string | null, io: CliIO): AsyncGenerator<RecordBatch> {
  const splitter = new LineSplitter();
  // Lossy, for the raw text of an error record; whether a line is UTF-8 at all is isUtf8's to say.
  const decoder = new TextDecoder();
  let lineNumber = 0;
  const toRecords = (lines: Uint8Array[]): RecordBatch[] => {
    const batches: RecordBatch[] = [];
    for (let start = 0; start < lines.length; start += MAX_LINES) {
      const slice = lines.slice(start, start + MAX_LINES);
      batches.push({
        lines: slice.map((bytes) => ({ number: ++lineNumber, text: decoder.decode(bytes), utf8: isUtf8(bytes) })),
        bytes: slice.reduce((sum, bytes) => sum + bytes.length + 1, 0),
      });
    }
    return batches;
  };
  try {
    for await (const chunk of io.readStream(path)) yield* toRecords(splitter.push(chunk));
  } catch (error) {
    if (path !== null && typeof (error as NodeJS.ErrnoException).code === 'string') throw readError(path, error);
    throw error;
  }
  yield* toRecords(splitter.end());
}
