import type { CleanResult } from '../engine.js';
import { languageName } from '../language/names.js';

/**
 * What goes to stderr so that nothing is lost silently. Wording lives here, in one place.
 */
export function tailNotice(file: string | null, result: CleanResult, savedTo: string | null): string | null {
  if (!result.tail) return null;
  const what = `${languageName(result.tail.language)} tail of ${result.tail.text.trim().length} characters`;
  const where = file ?? 'stdin';
  if (savedTo) return `unscrape: ${where}: split off a ${what}, saved to ${savedTo}`;
  return `unscrape: ${where}: split off a ${what}; it is not in the output. Keep it with --tail FILE, see it with --json, or leave it in with --keep-tail`;
}

export function suggestionNotice(file: string | null, result: CleanResult, minConfidence: number): string | null {
  const count = result.suggestions.length;
  if (count === 0) return null;
  return `unscrape: ${file ?? 'stdin'}: ${count} suggestion${count === 1 ? '' : 's'} below confidence ${minConfidence} not applied (see --json, or lower --min-confidence)`;
}

/** The tail as written to a file: without the blank lines that separated it, ending with a line break. */
export function tailFileContent(tailText: string): string {
  const trimmed = tailText.replace(/^(?:[ \t]*(?:\r\n|\n|\r))+/, '');
  return /(\r\n|\n|\r)$/.test(trimmed) ? trimmed : `${trimmed}\n`;
}
