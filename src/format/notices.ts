import type { Painter } from '../cli/color.js';
import type { CleanResult } from '../engine.js';
import { describeTail, plural } from './edit-text.js';
import { reportLine } from './report.js';

/**
 * What goes to stderr so that nothing is lost silently. Wording lives here, in one place.
 */
export function tailNotice(file: string | null, result: CleanResult, savedTo: string | null): string | null {
  if (!result.tail) return null;
  const where = file ?? 'stdin';
  if (savedTo) return `unscrape: ${where}: split off ${describeTail(result.tail)}, saved to ${savedTo}`;
  return `unscrape: ${where}: split off ${describeTail(result.tail)}; it is not in the output. Keep it with --tail FILE, see it with --json, or leave it in with --keep-tail`;
}

/** The edits below the confidence cut, one report line each: a reviewer should see them all. */
export function suggestionNotice(file: string | null, result: CleanResult, minConfidence: number, painter: Painter): string | null {
  const count = result.suggestions.length;
  if (count === 0) return null;
  const name = file ?? 'stdin';
  const lines = result.suggestions.map((edit) => `  ${reportLine(name, edit, painter)}`);
  return [`unscrape: ${name}: ${plural(count, 'suggestion')} below confidence ${minConfidence} not applied (lower --min-confidence to apply):`, ...lines].join('\n');
}

/** `--check`: one line per file that would change. */
export function checkNotice(file: string | null, result: CleanResult, painter: Painter): string {
  return `unscrape: ${painter.header(file ?? 'stdin')} would change: ${changes(result)}`;
}

export function checkSummary(changed: number, checked: number): string {
  if (changed === 0) return `unscrape: ${checked === 1 ? 'the file is' : `all ${checked} files are`} clean`;
  return `unscrape: ${changed} of ${plural(checked, 'file')} would change; --write cleans ${changed === 1 ? 'it' : 'them'} in place`;
}

/** `--write`: what was rewritten and where the removed text went. */
export function writeNotice(file: string, result: CleanResult, saved: { tail: string | null; backup: string | null }): string {
  const parts = [`unscrape: ${file}: rewritten (${changes(result)})`];
  if (saved.tail) parts.push(`tail saved to ${saved.tail}`);
  if (saved.backup) parts.push(`original kept as ${saved.backup}`);
  return parts.join('; ');
}

function changes(result: CleanResult): string {
  const parts = [result.edits.length > 0 ? plural(result.edits.length, 'edit') : null, result.tail ? `${describeTail(result.tail)} split off` : null];
  return parts.filter((part) => part !== null).join(', ');
}

/** The tail as written to a file: without the blank lines that separated it, ending with a line break. */
export function tailFileContent(tailText: string): string {
  const trimmed = tailText.replace(/^(?:[ \t]*(?:\r\n|\n|\r))+/, '');
  return /(\r\n|\n|\r)$/.test(trimmed) ? trimmed : `${trimmed}\n`;
}
