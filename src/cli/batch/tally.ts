/**
 * What a batch did, counted as it goes: inputs (files or records), how many changed, failed or
 * lost a tail, and the applied edits per pass. Plain data, so a worker thread can count its own
 * share and send it back to be merged.
 */
import type { CleanResult } from '../../engine.js';
import { textIs } from '../../result-text.js';

export interface Tally {
  inputs: number;
  changed: number;
  failed: number;
  tails: number;
  /** Applied edits per pass id. */
  edits: Record<string, number>;
  /** Calls to the language identifier, to see what tail detection costs. */
  francCalls: number;
}

export function emptyTally(): Tally {
  return { inputs: 0, changed: 0, failed: 0, tails: 0, edits: {}, francCalls: 0 };
}

export function countResult(tally: Tally, input: string, result: CleanResult): void {
  tally.inputs++;
  if (!textIs(result, input) || result.tail) tally.changed++;
  if (result.tail) tally.tails++;
  for (const edit of result.edits) tally.edits[edit.pass] = (tally.edits[edit.pass] ?? 0) + 1;
  tally.francCalls += result.stats.francCalls;
}

export function countFailure(tally: Tally): void {
  tally.inputs++;
  tally.failed++;
}

export function mergeTally(into: Tally, from: Tally): void {
  into.inputs += from.inputs;
  into.changed += from.changed;
  into.failed += from.failed;
  into.tails += from.tails;
  into.francCalls += from.francCalls;
  for (const [pass, count] of Object.entries(from.edits)) into.edits[pass] = (into.edits[pass] ?? 0) + count;
}
