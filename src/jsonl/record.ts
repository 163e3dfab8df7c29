import { clean, type CleanOptions, type CleanResult } from '../engine.js';
import { inMegabytes } from '../text/string-limit.js';

/**
 * One JSONL record in, one out: the string at `field` is replaced by its clean text, the other
 * fields are kept as they were, and an `unscrape` field says what was done. A line that is not
 * a JSON object, or lacks the field, gives a record with `unscrape.error` instead of a crash,
 * so the output has exactly one line per input line, in order (the Hadoop Streaming contract).
 */
export interface RecordSummary {
  language: string;
  tail: { text: string; language: string } | null;
  metadata: CleanResult['metadata'];
  /** Applied edits per pass id. */
  edits: Record<string, number>;
  suggestions: number;
}

export type RecordOutcome =
  | { ok: true; line: string; result: CleanResult; input: string }
  | { ok: false; line: string; error: string };

export function cleanRecord(line: string, lineNumber: number, field: string, options: CleanOptions): RecordOutcome {
  let record: unknown;
  try {
    record = JSON.parse(line);
  } catch (error) {
    return failedRecord({ raw: line }, `line ${lineNumber}: not JSON (${(error as Error).message})`);
  }
  if (typeof record !== 'object' || record === null || Array.isArray(record)) {
    return failedRecord({ raw: line }, `line ${lineNumber}: not a JSON object`);
  }
  const fields = record as Record<string, unknown>;
  const text = fields[field];
  if (typeof text !== 'string') {
    return failedRecord(fields, `line ${lineNumber}: field “${field}” is ${text === undefined ? 'missing' : 'not a string'}`);
  }
  const result = clean(text, options);
  const summary: RecordSummary = {
    language: result.language,
    tail: result.tail && { text: result.tail.text, language: result.tail.language },
    metadata: result.metadata,
    edits: countByPass(result),
    suggestions: result.suggestions.length,
  };
  return { ok: true, line: JSON.stringify({ ...fields, [field]: result.text, unscrape: summary }), result, input: text };
}

/** A line whose bytes are not UTF-8: kept as best it decodes, with the error beside it. */
export function undecodableRecord(line: string, lineNumber: number): RecordOutcome {
  return failedRecord({ raw: line }, `line ${lineNumber}: not valid UTF-8`);
}

/** A line past the longest string Node.js can hold: it cannot even be read, so nothing of it is kept. */
export function oversizedRecord(byteLength: number, lineNumber: number): RecordOutcome {
  return failedRecord({}, `line ${lineNumber}: too large to read (${inMegabytes(byteLength)}, past the longest string Node.js can hold)`);
}

/** The record's own fields when it had any (so an id still joins it back), else the raw line. */
function failedRecord(fields: Record<string, unknown>, error: string): RecordOutcome {
  return { ok: false, line: JSON.stringify({ ...fields, unscrape: { error } }), error };
}

function countByPass(result: CleanResult): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const edit of result.edits) counts[edit.pass] = (counts[edit.pass] ?? 0) + 1;
  return counts;
}
