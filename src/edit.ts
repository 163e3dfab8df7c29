/**
 * An edit is plain data: a range of the text a pass was given, what should stand there instead,
 * and why. Passes only propose edits; `apply.ts` is the one place that changes text.
 */
export interface Edit {
  /** Start offset (UTF-16) in the text the pass read. */
  start: number;
  /** End offset, exclusive. `start === end` is an insertion. */
  end: number;
  replacement: string;
  /** Id of the pass that proposed it. */
  pass: string;
  /** A sentence a person understands: what was wrong and how it was decided. */
  reason: string;
  /** In [0, 1]: how sure the pass is. Below `minConfidence` an edit is only suggested. */
  confidence: number;
}

/** An edit as reported after a run, with the text it replaced and where it stood in the input. */
export interface ReportedEdit extends Edit {
  /** 1-based round of the engine that produced it; offsets are in that round's text. */
  round: number;
  /** 1-based line and column in the original input. */
  line: number;
  column: number;
  before: string;
  after: string;
  /** The text around the edit in its round, up to a line break or 40 characters each side. */
  context: { before: string; after: string };
}

export type SkipCause = 'low-confidence' | 'conflict';

export interface SkippedEdit extends ReportedEdit {
  cause: SkipCause;
  /** For a conflict: the pass whose edit won the overlapping range. */
  lostTo?: string;
}

export function makeEdit(
  pass: string,
  start: number,
  end: number,
  replacement: string,
  reason: string,
  confidence: number,
): Edit {
  return { pass, start, end, replacement, reason, confidence: clampConfidence(confidence) };
}

/** `edits` found in a paragraph, moved to the paragraph's place in the document. */
export function editsAt(offset: number, edits: readonly Edit[]): Edit[] {
  return edits.map((edit) => ({ ...edit, start: edit.start + offset, end: edit.end + offset }));
}

function clampConfidence(confidence: number): number {
  return Math.round(Math.min(1, Math.max(0, confidence)) * 100) / 100;
}

const CONTEXT_WIDTH = 40;

/** Up to `CONTEXT_WIDTH` characters each side of `start..end`, never crossing a line break. */
export function contextAround(text: string, start: number, end: number): ReportedEdit['context'] {
  const before = text.slice(Math.max(0, start - CONTEXT_WIDTH), start);
  const after = text.slice(end, end + CONTEXT_WIDTH);
  return { before: before.replace(/^[^]*[\r\n]/, ''), after: after.replace(/[\r\n][^]*$/, '') };
}

/**
 * Names an edit across runs, for `CleanOptions.rejected`. Offsets shift from round to round and
 * with every decision, so the key is what the edit does and the text around it instead.
 */
export function editKey(edit: Pick<ReportedEdit, 'pass' | 'before' | 'after' | 'context'>): string {
  return JSON.stringify([edit.pass, edit.before, edit.after, edit.context.before, edit.context.after]);
}

/** Ranges that share at least one character conflict; touching ranges do not (textlint#731). */
export function editsConflict(a: Edit, b: Edit): boolean {
  if (a.start === a.end && b.start === b.end) return a.start === b.start;
  if (a.start === a.end) return a.start > b.start && a.start < b.end;
  if (b.start === b.end) return b.start > a.start && b.start < a.end;
  return a.start < b.end && b.start < a.end;
}
