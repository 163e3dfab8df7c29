import { clean, type CleanOptions, type CleanResult } from '../engine.js';

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
  | { ok: true; line: string; result: CleanResult }
  | { ok: false; line: string; error: string };

export function cleanRecord(line: string, lineNumber: number, field: string, options: CleanOptions): RecordOutcome {
  let record: unknown;
  try {
    record = JSON.parse(line);
  } catch (error) {
    return failure({ line: lineNumber, raw: line }, `line ${lineNumber}: not JSON (${(error as Error).message})`);
  }
  if (typeof record !== 'object' || record === null || Array.isArray(record)) {
    return failure({ line: lineNumber, raw: line }, `line ${lineNumber}: not a JSON object`);
  }
  const fields = record as Record<string, unknown>;
  const text = fields[field];
  if (typeof text !== 'string') {
    return failure({ ...fields, line: lineNumber }, `line ${lineNumber}: field “${field}” is ${text === undefined ? 'missing' : 'not a string'}`, fields);
  }
  const result = clean(text, options);
  const summary: RecordSummary = {
    language: result.language,
    tail: result.tail && { text: result.tail.text, language: result.tail.language },
    metadata: result.metadata,
    edits: countByPass(result),
    suggestions: result.suggestions.length,
  };
  return { ok: true, line: JSON.stringify({ ...fields, [field]: result.text, unscrape: summary }), result };
}

function failure(context: Record<string, unknown>, error: string, fields?: Record<string, unknown>): RecordOutcome {
  const base = fields ?? { raw: context.raw };
  return { ok: false, line: JSON.stringify({ ...base, unscrape: { error } }), error };
}

function countByPass(result: CleanResult): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const edit of result.edits) counts[edit.pass] = (counts[edit.pass] ?? 0) + 1;
  return counts;
}
