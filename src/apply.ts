import { editsConflict, type Edit } from './edit.js';

export interface Resolution {
  /** Non-overlapping edits, sorted by start. */
  accepted: Edit[];
  /** Edits that overlapped a stronger one, with the pass that won. */
  conflicts: Array<{ edit: Edit; lostTo: string }>;
}

/**
 * Picks a non-overlapping subset: higher confidence wins, then the earlier pass in registry
 * order, then the earlier position. Losers are returned, never dropped.
 */
export function resolveConflicts(edits: readonly Edit[], passOrder: readonly string[]): Resolution {
  const rank = (edit: Edit) => {
    const index = passOrder.indexOf(edit.pass);
    return index === -1 ? passOrder.length : index;
  };
  const byStrength = [...edits].sort(
    (a, b) => b.confidence - a.confidence || rank(a) - rank(b) || a.start - b.start || a.end - b.end,
  );
  const accepted: Edit[] = [];
  const conflicts: Resolution['conflicts'] = [];
  for (const edit of byStrength) {
    const winner = accepted.find((other) => editsConflict(edit, other));
    if (winner) conflicts.push({ edit, lostTo: winner.pass });
    else accepted.push(edit);
  }
  accepted.sort((a, b) => a.start - b.start || a.end - b.end);
  return { accepted, conflicts };
}

/** Splices sorted, non-overlapping edits into `text`. */
export function applyEdits(text: string, sortedEdits: readonly Edit[]): string {
  let output = '';
  let cursor = 0;
  for (const edit of sortedEdits) {
    output += text.slice(cursor, edit.start) + edit.replacement;
    cursor = edit.end;
  }
  return output + text.slice(cursor);
}

/**
 * Maps an offset in the text after `sortedEdits` were applied back to the text before.
 * An offset inside a replacement maps to the start of the range it replaced.
 */
export function mapToBefore(offset: number, sortedEdits: readonly Edit[]): number {
  let delta = 0;
  for (const edit of sortedEdits) {
    const afterStart = edit.start + delta;
    const afterEnd = afterStart + edit.replacement.length;
    if (offset < afterStart) break;
    if (offset < afterEnd) return edit.start;
    delta += edit.replacement.length - (edit.end - edit.start);
  }
  return offset - delta;
}
