/**
 * A text far longer than any article (a dump of many pages, a book) is cleaned a section at a
 * time. Every round of every pass reads the whole document, and its evidence costs some 25 bytes
 * per character: held for a whole 16 MB file, that was 400 MB and more. A section is a run of
 * whole paragraphs, and what a pass learns from "the document" (how it spells a name, which
 * short lines recur) it learns from the section: about 16,000 words at the default length, more
 * than nearly any article. The main language and the tail are still decided on the whole text.
 *
 * The result reads as if the whole text had been cleaned at once: the edits of a round are in
 * that round's text of the whole (each section's round, one after the other; a section that came
 * out stable earlier stands as it ended), so `restoreInput` and a review work unchanged.
 */
import { mapSortedToBefore } from './apply.js';
import type { ReportedEdit, SkippedEdit } from './edit.js';
import { groupParagraphs, splitLines } from './document.js';
import { cleanToFixedPoint, type RoundsOutcome, type RoundsSettings, type StoppedBy } from './rounds.js';

/** Characters (UTF-16 code units); about 16,000 words of English. */
export const DEFAULT_SECTION_LENGTH = 100_000;

/**
 * A line break and a blank line (spaces allowed) after it; further blank lines are skipped by
 * hand (`pastBlankLines`): as a repeated group, a long run of them overflows the regex stack.
 */
const PARAGRAPH_BREAK = /(?:\r\n|\n|\r)[ \t]*(?:\r\n|\n|\r)/g;
const BLANK_LINE = /[ \t]*(?:\r\n|\n|\r)/y;
const LINE_BREAK = /\r\n|\n|\r/g;
const LINE = /[^\r\n]*/y;
/** How much of a paragraph's first line decides whether a section starts there. */
const KEY_LENGTH = 64;

/**
 * Where each section of `text` starts: 0, then starts of paragraphs (of lines, in a text with
 * hardly a blank line: a paragraph a line). Where to cut is decided by the text around the cut
 * alone, as content-defined chunking does (a hash of the paragraph's first line), not by an
 * offset: an edit moves the cuts after it by its length, so offsets would put the clean text's
 * cuts elsewhere than its input's, and cleaning it again would read other sections. A section
 * is at least half `length`; a paragraph ends one with a chance of its length in half `length`,
 * so sections are about `length` on average, and at most three times it where the text allows.
 * A cut is never made between two copies of one line: they are the duplicate-line pass's.
 */
export function sectionStarts(text: string, length: number): number[] {
  const starts = [0];
  if (text.length <= length) return starts;
  const half = length / 2;
  const breaks = paragraphBreaks(text, length) ?? LINE_BREAK;
  let last = 0;
  let previous = 0;
  breaks.lastIndex = 0;
  for (let match = breaks.exec(text); match; match = breaks.exec(text)) {
    const candidate = pastBlankLines(text, match.index + match[0].length);
    breaks.lastIndex = candidate;
    const paragraph = candidate - previous;
    previous = candidate;
    if (candidate - last < half || text.length - candidate < half) continue;
    const line = lineAt(text, candidate).trim();
    if (line === '' || line === lastTextLineBefore(text, match.index)) continue;
    if (candidate - last >= length * 3 || chance(line.slice(0, KEY_LENGTH)) < paragraph / half) {
      starts.push(candidate);
      last = candidate;
    }
  }
  return starts;
}

/** The start of the first line from `start` that is not blank (or the text's end). */
function pastBlankLines(text: string, start: number): number {
  BLANK_LINE.lastIndex = start;
  while (BLANK_LINE.test(text)) start = BLANK_LINE.lastIndex;
  return start;
}

/** PARAGRAPH_BREAK, for a text with blank lines every `length` / 4 or oftener on average; else null. */
function paragraphBreaks(text: string, length: number): RegExp | null {
  const wanted = Math.ceil((4 * text.length) / length);
  let found = 0;
  PARAGRAPH_BREAK.lastIndex = 0;
  while (found < wanted && PARAGRAPH_BREAK.test(text)) found++;
  return found >= wanted ? PARAGRAPH_BREAK : null;
}

/** A number in [0, 1) that only `key` decides (FNV-1a). */
function chance(key: string): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < key.length; index++) hash = Math.imul(hash ^ key.charCodeAt(index), 0x01000193);
  return (hash >>> 0) / 2 ** 32;
}

function lineAt(text: string, start: number): string {
  LINE.lastIndex = start;
  return LINE.exec(text)![0];
}

/** The last line before `end` that is not blank, trimmed. */
function lastTextLineBefore(text: string, end: number): string {
  // By hand: lastIndexOf a character a text lacks would read back to its very start, every line.
  while (end > 0 && /\s/.test(text[end - 1]!)) end--;
  let start = end;
  while (start > 0) {
    const code = text.charCodeAt(start - 1);
    if (code === 10 || code === 13) break;
    start--;
  }
  return text.slice(start, end).trim();
}

export interface SectionsOutcome extends Omit<RoundsOutcome, 'lengths' | 'text'> {
  /** The clean text, as its sections' clean texts: joined, it would be a second copy of them all. */
  texts: string[];
  sections: number;
}

/** Cuttings of a text more than this would chase cuts that keep moving; the last one stands. */
const MAX_CUTTINGS = 4;

/**
 * Cleans `text` section by section and reports it as one text. Idempotence needs the clean text
 * to come out stable when it is cut as it would be cut itself. Usually its cuts are its input's
 * (they are chosen by content), and each section was cleaned to its fixed point already. Where
 * an edit moved a cut (it changed the line a section starts with, or made the lines either side
 * of a cut two copies of one), the clean text is cut again and cleaned once more, like one more
 * round of the whole: a section that reads as one already proven stable is not cleaned again.
 */
export function cleanInSections(text: string, length: number, settings: RoundsSettings, onSection?: () => void): SectionsOutcome {
  const input = text;
  const cuttings: SectionsRun[] = [];
  let stable: StableSections = new Map();
  for (let cutting = 0; cutting < MAX_CUTTINGS; cutting++) {
    const starts = sectionStarts(text, length);
    // Cut where it was: every section is one proven stable, and the last run's outcome stands.
    if (cutting > 0 && starts.every((start, index) => stable.has(`${start}:${starts[index + 1] ?? text.length}`))) break;
    const run = cleanSections(text, starts, settings, stable, onSection);
    cuttings.push(run);
    if (run.edits.length === 0) break;
    stable = run.stableRanges;
    text = run.texts.join('');
  }
  return joinCuttings(input, cuttings);
}

/** `start:end` of each section of a clean text that came out stable -> its suggestions there. */
type StableSections = Map<string, SkippedEdit[]>;

interface SectionsRun extends SectionsOutcome {
  stableRanges: StableSections;
}

function cleanSections(text: string, starts: readonly number[], settings: RoundsSettings, stable: StableSections, onSection: (() => void) | undefined): SectionsRun {
  const merged = new Merged();
  let firstLine = 0;
  starts.forEach((start, index) => {
    onSection?.();
    const end = starts[index + 1] ?? text.length;
    const section = text.slice(start, end);
    const lines = splitLines(section);
    const proven = stable.get(`${start}:${end}`);
    const outcome = proven
      ? provenStable(section, proven)
      : cleanToFixedPoint(section, settings, { report: lines, structure: () => ({ lines, paragraphs: groupParagraphs(section, lines) }) });
    merged.add(outcome, firstLine);
    // A section ends with its line break: its last line is empty and is the next one's first.
    firstLine += lines.length - 1;
  });
  return merged.result(starts.length);
}

function provenStable(text: string, suggestions: SkippedEdit[]): RoundsOutcome {
  return { text, edits: [], suggestions, conflicts: [], rounds: 0, stoppedBy: 'stable', lengths: [text.length], structure: undefined };
}

/**
 * Several cuttings as one outcome: a later cutting's rounds follow the earlier ones', and its
 * edits' lines and columns, found in the text it read, are moved to where they were in the input.
 */
function joinCuttings(input: string, cuttings: readonly SectionsRun[]): SectionsOutcome {
  const last = cuttings[cuttings.length - 1]!;
  if (cuttings.length === 1) return last;
  const edits: ReportedEdit[] = [];
  const conflicts: SkippedEdit[] = [];
  let rounds = 0;
  for (const cutting of cuttings) {
    const renumbered = <T extends ReportedEdit>(edit: T): T => ({ ...edit, round: edit.round + rounds });
    const own = cutting.edits.map(renumbered);
    const lost = cutting.conflicts.map(renumbered);
    if (rounds > 0) relocate([...own, ...lost], [...edits, ...own], input);
    // Loops, not push(...list): a spread of 100,000 edits overflows the call stack.
    for (const edit of own) edits.push(edit);
    for (const edit of lost) conflicts.push(edit);
    rounds += cutting.rounds;
  }
  const suggestions = last.suggestions;
  relocate(suggestions.map((edit) => ({ ...edit, round: rounds + 1 })), edits, input, suggestions);
  // The last cutting still changed the text: cleaning it again might cut it elsewhere once more.
  const stoppedBy = cuttings.length === MAX_CUTTINGS && last.edits.length > 0 && last.stoppedBy === 'stable' ? 'max-rounds' : last.stoppedBy;
  return { ...last, edits, conflicts, rounds, stoppedBy, sections: Math.max(...cuttings.map((cutting) => cutting.sections)) };
}

/**
 * Sets the line and column of `found` (offsets in their round's text) to where they stood in
 * `input`, through the `earlier` edits of every round before theirs. `into`: the objects to
 * update, where they are not `found` themselves.
 */
function relocate(found: readonly ReportedEdit[], earlier: readonly ReportedEdit[], input: string, into: ReportedEdit[] = found as ReportedEdit[]): void {
  const byRound: ReportedEdit[][] = [];
  for (const edit of earlier) (byRound[edit.round - 1] ??= []).push(edit);
  for (const edits of byRound) edits?.sort((a, b) => a.start - b.start);
  const order = found.map((_, index) => index).sort((a, b) => found[a]!.round - found[b]!.round || found[a]!.start - found[b]!.start);
  const inputOffsets: number[] = new Array(found.length);
  for (let first = 0; first < order.length; ) {
    const round = found[order[first]!]!.round;
    let last = first;
    while (last < order.length && found[order[last]!]!.round === round) last++;
    const group = order.slice(first, last);
    let offsets = group.map((index) => found[index]!.start);
    for (let before = round - 1; before >= 1; before--) offsets = mapSortedToBefore(offsets, byRound[before - 1] ?? []);
    group.forEach((index, rank) => (inputOffsets[index] = offsets[rank]!));
    first = last;
  }
  const positions = positionsOf(input, inputOffsets);
  into.forEach((edit, index) => Object.assign(edit, positions[index]));
}

/**
 * 1-based line and column of each offset, counting line breaks as `splitLines` does; one walk.
 * Not `positionIn`: that needs the input's lines, which a long text let go of to save memory.
 */
function positionsOf(text: string, offsets: readonly number[]): { line: number; column: number }[] {
  const order = offsets.map((_, index) => index).sort((a, b) => offsets[a]! - offsets[b]!);
  const positions: { line: number; column: number }[] = new Array(offsets.length);
  let line = 1;
  let lineStart = 0;
  LINE_BREAK.lastIndex = 0;
  let match = LINE_BREAK.exec(text);
  for (const index of order) {
    const offset = offsets[index]!;
    for (; match && match.index + match[0].length <= offset; match = LINE_BREAK.exec(text)) {
      line++;
      lineStart = match.index + match[0].length;
    }
    positions[index] = { line, column: offset - lineStart + 1 };
  }
  return positions;
}

/**
 * The sections' outcomes as one text's: round `r` of the whole is every section's text at its
 * round `r`, one after the other, so an edit moves by what the sections before it measured then.
 */
class Merged {
  private readonly texts: string[] = [];
  private readonly byRound: ReportedEdit[][] = [];
  private readonly conflictsByRound: SkippedEdit[][] = [];
  private readonly suggestions: SkippedEdit[] = [];
  /** Length of the sections so far in round `r`'s text (index r - 1). */
  private readonly before: number[] = [];
  /** Length of the sections so far, clean. */
  private cleanBefore = 0;
  private readonly stableRanges: StableSections = new Map();
  private rounds = 0;
  private stoppedBy: StoppedBy = 'stable';

  add(outcome: RoundsOutcome, firstLine: number): void {
    const shifted = <T extends ReportedEdit>(edit: T, by: number): T => ({ ...edit, start: edit.start + by, end: edit.end + by, line: edit.line + firstLine });
    const offsetIn = (round: number) => this.before[round - 1] ?? this.cleanBefore;
    for (const edit of outcome.edits) (this.byRound[edit.round - 1] ??= []).push(shifted(edit, offsetIn(edit.round)));
    for (const edit of outcome.conflicts) (this.conflictsByRound[edit.round - 1] ??= []).push(shifted(edit, offsetIn(edit.round)));
    for (const edit of outcome.suggestions) this.suggestions.push(shifted(edit, this.cleanBefore));
    const clean = outcome.text.length;
    const rounds = Math.max(this.before.length, outcome.lengths.length);
    for (let round = 1; round <= rounds; round++) this.before[round - 1] = offsetIn(round) + (outcome.lengths[round - 1] ?? clean);
    if (outcome.stoppedBy === 'stable') this.stableRanges.set(`${this.cleanBefore}:${this.cleanBefore + clean}`, outcome.suggestions);
    this.cleanBefore += clean;
    this.texts.push(outcome.text);
    this.rounds = Math.max(this.rounds, outcome.rounds);
    if (outcome.stoppedBy !== 'stable' && this.stoppedBy !== 'cycle') this.stoppedBy = outcome.stoppedBy;
  }

  result(sections: number): SectionsRun {
    return {
      stableRanges: this.stableRanges,
      texts: this.texts,
      edits: this.byRound.flat(),
      conflicts: this.conflictsByRound.flat(),
      suggestions: this.suggestions,
      rounds: this.rounds,
      stoppedBy: this.stoppedBy,
      structure: undefined,
      sections,
    };
  }
}
