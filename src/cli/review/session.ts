/**
 * `--interactive` for one input: the tail split first (it decides what the passes see), then
 * every edit, round by round. An edit of a later round may exist only because of an earlier
 * one, so it is asked about once the earlier round is settled; after any rejection the engine
 * runs again without the rejected edits, which never shifts the accepted ones.
 */
import { editKey, type ReportedEdit } from '../../edit.js';
import { clean, type CleanOptions, type CleanResult, type Tail } from '../../engine.js';
import { Decisions, type Answer } from './decisions.js';

export type Question =
  | { kind: 'tail'; tail: Tail; input: string }
  | { kind: 'edit'; edit: ReportedEdit; number: number; total: number };

/** Puts one question to the reviewer; showing help until a real answer comes is the asker's job. */
export type Ask = (question: Question) => Promise<Answer>;

export interface Reviewed {
  result: CleanResult;
  /** How many edits were decided on, by an answer or by an earlier a, d or q. */
  reviewedEdits: number;
  /** Whether the reviewer answered q. */
  quit: boolean;
}

const TAIL = 'tail';
/** Each batch settles at least one new edit, so this is only a guard against a pass that never converges. */
const MAX_BATCHES = 1000;

export async function reviewClean(input: string, options: CleanOptions, ask: Ask): Promise<Reviewed> {
  const decisions = new Decisions();
  let settled = { ...options };
  let result = clean(input, settled);
  const tail = result.tail;
  if (tail && !decisions.record(TAIL, TAIL, await ask({ kind: 'tail', tail, input }))) {
    settled = { ...settled, splitTail: false };
    result = clean(input, settled);
  }
  let answered = 0;
  for (let batch = 0; batch < MAX_BATCHES; batch++) {
    const undecided = result.edits.filter((edit) => !decisions.has(editKey(edit)));
    if (undecided.length === 0) return { result, reviewedEdits: answered, quit: decisions.stopped };
    const round = Math.min(...undecided.map((edit) => edit.round));
    let rejectedAny = false;
    for (const edit of undecided.filter((candidate) => candidate.round === round)) {
      const key = editKey(edit);
      const total = answered + result.edits.filter((other) => !decisions.has(editKey(other))).length;
      const standing = decisions.standing(key, edit.pass);
      const answer = standing ?? (await ask({ kind: 'edit', edit, number: answered + 1, total }));
      if (!decisions.record(key, edit.pass, answer)) rejectedAny = true;
      answered++;
    }
    if (rejectedAny) result = clean(input, { ...settled, rejected: decisions.rejected() });
  }
  throw new Error('the review did not settle; please report this input');
}
