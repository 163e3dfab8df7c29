import type { CleanResult } from '../engine.js';

/** The `--json` report: one object per input, stable field names. */
export function jsonReport(file: string | null, result: CleanResult): object {
  return {
    file,
    text: result.text,
    tail: result.tail && { text: result.tail.text, language: result.tail.language, start: result.tail.start },
    language: result.language,
    metadata: result.metadata,
    edits: result.edits,
    suggestions: result.suggestions,
    conflicts: result.conflicts,
    stats: result.stats,
  };
}
