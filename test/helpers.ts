import { clean, type CleanResult } from '../src/engine.js';
import { selectPasses } from '../src/passes/index.js';

/**
 * Runs one pass through the real engine (conflict resolution, rounds, confidence cut) and
 * returns the text. The language is given rather than detected: test snippets are too short
 * to detect, and a pass's behaviour per language is part of its specification.
 */
export function fix(passId: string, text: string, language = 'eng'): string {
  return runPass(passId, text, language).text;
}

export function runPass(passId: string, text: string, language = 'eng'): CleanResult {
  return clean(text, { passes: selectPasses({ only: [passId] }), splitTail: false, language });
}

/** Joins paragraphs with a blank line, so articles in tests read as they would on a page. */
export function article(...paragraphs: string[]): string {
  return paragraphs.join('\n\n');
}
