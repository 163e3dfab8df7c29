import { positionIn, splitLines, type Position } from '../document.js';
import type { CleanResult, Tail } from '../engine.js';
import type { ReportedEdit, SkippedEdit } from '../edit.js';
import { languageName } from '../language/names.js';

/**
 * Small pieces shared by the human-readable formats (word diff, report, notices, review), so
 * that an edit reads the same wherever it is shown.
 */

/** What a reviewer looks at: the input's name and the cleaning result, nothing else. */
export interface FileView {
  /** The file as given on the command line, or `stdin`. */
  name: string;
  input: string;
  result: CleanResult;
}

/** An edit as listed: applied, or shown but not applied. */
export type ListedEdit = ReportedEdit | SkippedEdit;

/** Line breaks and tabs made visible, so a joined or removed line shows on one line. */
export function visible(text: string): string {
  return text.replace(/\r\n|\n|\r/g, '↵').replace(/\t/g, '⇥');
}

/** At most `max` characters: a removed 300-character caption shows its start and its end. */
export function shorten(text: string, max = 60): string {
  if (text.length <= max) return text;
  const head = Math.ceil((max - 1) / 2);
  return `${text.slice(0, head)}…${text.slice(text.length - (max - 1 - head))}`;
}

export function location(name: string, place: Position): string {
  return `${name}:${place.line}:${place.column}`;
}

export function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

/** The last `count` words of `text`, with `…` when some were left out. */
export function lastWords(text: string, count: number): string {
  const words = text.match(/\S+\s*/g) ?? [];
  return words.length > count ? `…${words.slice(-count).join('')}` : text;
}

/** The first `count` words of `text`, with `…` when some were left out. */
export function firstWords(text: string, count: number): string {
  const words = text.match(/\s*\S+/g) ?? [];
  return words.length > count ? `${words.slice(0, count).join('')}…` : text;
}

export function skipMarker(edit: ListedEdit): string | null {
  if (!('cause' in edit)) return null;
  return edit.cause === 'conflict' ? `conflict, lost to ${edit.lostTo ?? 'another edit'}` : 'suggestion, not applied';
}

/** Applied edits, suggestions and conflicts in reading order. */
export function listedEdits(result: CleanResult, kinds: { conflicts: boolean }): ListedEdit[] {
  const listed: ListedEdit[] = [...result.edits, ...result.suggestions, ...(kinds.conflicts ? result.conflicts : [])];
  return listed.sort((a, b) => a.line - b.line || a.column - b.column);
}

/** `a Dutch tail of 690 characters`. */
export function describeTail(tail: Tail): string {
  return `a ${languageName(tail.language)} tail of ${tail.text.trim().length} characters`;
}

/** Where the tail's first line stands in the input (its leading blank lines skipped). */
export function tailPosition(input: string, tail: Tail): Position {
  const firstLetter = tail.start + (tail.text.length - tail.text.trimStart().length);
  return positionIn(splitLines(input), firstLetter);
}
