/**
 * One round of cleaning: the round's document, every pass's proposals, the overlaps resolved,
 * and what was decided, reported against the input. A function of its own, and the last
 * round's document is taken over in a frame of its own too: a frame that once held a document
 * keeps it alive until the frame returns (the interpreter does not clear a register it no
 * longer reads), and on a long page two rounds' evidence side by side is twice the page's
 * word columns and census.
 */
import { mapSortedToBefore, resolveConflicts } from './apply.js';
import { createDocument, positionIn, type Document, type Paragraph, type PreviousRound, type Span } from './document.js';
import { contextAround, editKey, type Edit, type ReportedEdit, type SkippedEdit } from './edit.js';
import type { Pass } from './pass.js';
import { ownCopy } from './text/own-copy.js';

export interface RoundInput {
  /** Counted from 1. */
  round: number;
  text: string;
  language: string;
  boilerplate: readonly string[] | undefined;
  /** The text's lines and paragraphs where the caller has them already. */
  structure: { lines: Span[]; paragraphs: Paragraph[] } | undefined;
  passes: readonly Pass[];
  passOrder: readonly string[];
  minConfidence: number;
  rejected: ReadonlySet<string>;
  /** The input's lines, for reporting positions in it. */
  inputLines: readonly Span[];
  /** The edits of every earlier round, each applied to the text before it. */
  history: readonly Edit[][];
}

export interface RoundOutcome {
  /** The edits to apply to this round's text; none when it came out stable. */
  accepted: Edit[];
  /** `accepted`, reported. */
  applied: ReportedEdit[];
  conflicts: SkippedEdit[];
  /** The edits under the threshold, reported only by a round that came out stable. */
  suggestions: SkippedEdit[];
  /** The text's lines and paragraphs as this round read them. */
  structure: { text: string; lines: Span[]; paragraphs: Paragraph[] };
}

/** What a round leaves for the next to take over: its document and the edits it applied. */
export interface Handover {
  previous: PreviousRound | undefined;
}

export function playRound(input: RoundInput, handover: Handover): RoundOutcome {
  const { round, text, inputLines, history, rejected, minConfidence } = input;
  const doc = takeOver(input, handover);
  const reportAll = (list: readonly Edit[]): ReportedEdit[] => {
    const offsets = inputOffsets(list.map((edit) => edit.start), history);
    // Copies, not slices: a report outlives its round's text, which a slice would keep alive.
    return list.map((edit, index) => {
      const context = contextAround(text, edit.start, edit.end);
      const replacement = ownCopy(edit.replacement);
      return {
        ...edit,
        replacement,
        reason: ownCopy(edit.reason),
        round,
        ...positionIn(inputLines, offsets[index]!),
        before: ownCopy(text.slice(edit.start, edit.end)),
        after: replacement,
        context: { before: ownCopy(context.before), after: ownCopy(context.after) },
      };
    });
  };
  const isRejected = (edit: Edit) => rejected.size > 0 && rejected.has(editKey(reportAll([edit])[0]!));
  const proposed = input.passes.flatMap((pass) => pass.run(doc)).filter((edit) => !isRejected(edit));
  const confident = proposed.filter((edit) => edit.confidence >= minConfidence);
  const { accepted, conflicts: lost } = resolveConflicts(confident, input.passOrder);
  const lostReports = reportAll(lost.map(({ edit }) => edit));
  const conflicts = lost.map(({ lostTo }, index) => ({ ...lostReports[index]!, cause: 'conflict' as const, lostTo }));
  const stable = accepted.length === 0;
  const suggestions = stable ? reportAll(proposed.filter((edit) => edit.confidence < minConfidence)).map((edit) => ({ ...edit, cause: 'low-confidence' as const })) : [];
  if (!stable) handover.previous = { doc, edits: accepted };
  return { accepted, applied: reportAll(accepted), conflicts, suggestions, structure: { text, lines: doc.lines as Span[], paragraphs: doc.paragraphs as Paragraph[] } };
}

/** The round's document, with what it needs of the last round's; the holder is emptied. */
function takeOver(input: RoundInput, handover: Handover): Document {
  const previous = handover.previous;
  handover.previous = undefined;
  return createDocument(input.text, input.language, input.boilerplate, input.structure, previous);
}

/** Where offsets of the current round's text stood in the input, through every earlier round. */
function inputOffsets(offsets: readonly number[], history: readonly Edit[][]): number[] {
  const order = offsets.map((_, index) => index).sort((a, b) => offsets[a]! - offsets[b]!);
  let mapped = order.map((index) => offsets[index]!);
  for (let round = history.length - 1; round >= 0; round--) mapped = mapSortedToBefore(mapped, history[round]!);
  const result: number[] = new Array(offsets.length);
  order.forEach((index, rank) => (result[index] = mapped[rank]!));
  return result;
}
