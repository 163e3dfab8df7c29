import type { Painter } from '../cli/color.js';
import type { CleanResult } from '../engine.js';
import { textPieces } from '../result-text.js';
import { unifiedDiff } from './diff.js';
import type { FileView } from './edit-text.js';
import { jsonReport } from './json.js';
import { report } from './report.js';
import { wordDiff } from './word-diff.js';

/** What stdout carries: the clean text, a diff, a word diff, a report, JSON, or nothing. */
export type OutputFormat = 'text' | 'diff' | 'word-diff' | 'report' | 'json' | 'none';

/**
 * One input in the chosen format, in pieces to write one after another: the clean text as it is
 * held (a long text's sections, never joined into a second copy), any other format whole. JSON
 * is a value, not text: a run of several files joins them.
 */
export async function renderFile(format: Exclude<OutputFormat, 'json'>, view: FileView, painter: Painter): Promise<readonly string[]> {
  switch (format) {
    case 'text':
      return textPieces(view.result);
    case 'diff':
      return [await unifiedDiff(view.name, view.input, view.result.text, painter)];
    case 'word-diff':
      return [await wordDiff(view, painter)];
    case 'report':
      return [report(view, painter)];
    case 'none':
      return [];
  }
}

/** One report for one input, as before; an array for several. */
export function renderJson(inputs: readonly { file: string | null; result: CleanResult }[]): string {
  const reports = inputs.map((input) => jsonReport(input.file, input.result));
  return `${JSON.stringify(reports.length === 1 ? reports[0] : reports, null, 2)}\n`;
}
