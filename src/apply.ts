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
  const rank = new Map(passOrder.map((id, index) => [id, index]));
  const strength = (a: Edit, b: Edit) =>
    b.confidence - a.confidence || (rank.get(a.pass) ?? passOrder.length) - (rank.get(b.pass) ?? passOrder.length) || a.start - b.start || a.end - b.end;
  const accepted: Edit[] = [];
  const conflicts: Resolution['conflicts'] = [];
  // Only edits in one cluster of overlapping ranges can conflict; deciding cluster by cluster
  // keeps 100,000 edits linear instead of comparing every pair.
  for (const cluster of overlapClusters(edits)) {
    const kept: Edit[] = [];
    for (const edit of cluster.sort(strength)) {
      const winner = kept.find((other) => editsConflict(edit, other));
      if (winner) conflicts.push({ edit, lostTo: winner.pass });
      else kept.push(edit);
    }
    for (const edit of kept) accepted.push(edit);
  }
  accepted.sort((a, b) => a.start - b.start || a.end - b.end);
  return { accepted, conflicts };
}

/** Groups edits, sorted by position, into runs whose ranges overlap (or share an insertion point). */
function overlapClusters(edits: readonly Edit[]): Edit[][] {
  const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
  const clusters: Edit[][] = [];
  let current: Edit[] = [];
  let end = -1;
  let insertionAt = -1;
  for (const edit of sorted) {
    const joins = edit.start < end || (edit.start === end && (edit.start === edit.end || insertionAt === end)) || (edit.start === edit.end && edit.start === insertionAt);
    if (!joins && current.length) {
      clusters.push(current);
      current = [];
    }
    current.push(edit);
    end = Math.max(joins ? end : -1, edit.end);
    if (edit.start === edit.end) insertionAt = edit.start;
  }
  if (current.length) clusters.push(current);
  return clusters;
}

/** Splices sorted, non-overlapping edits into `text`. */
export function applyEdits(text: string, sortedEdits: readonly Edit[]): string {
  // Joined, not concatenated: the next round's passes scan a flat string several times faster
  // than a tree of concatenations.
  const parts: string[] = [];
  let cursor = 0;
  for (const edit of sortedEdits) {
    parts.push(text.slice(cursor, edit.start), edit.replacement);
    cursor = edit.end;
  }
  parts.push(text.slice(cursor));
  return parts.join('');
}

/**
 * Maps offsets in the text after `sortedEdits` were applied back to the text before; an offset
 * inside a replacement maps to the start of the range it replaced. One walk for all offsets
 * (`sortedOffsets` ascending, the result ascending too), so a chain of rounds maps in linear time.
 */
export function mapSortedToBefore(sortedOffsets: readonly number[], sortedEdits: readonly Edit[]): number[] {
  const mapped: number[] = [];
  let delta = 0;
  let next = 0;
  for (const offset of sortedOffsets) {
    while (next < sortedEdits.length) {
      const edit = sortedEdits[next]!;
      const afterStart = edit.start + delta;
      if (offset < afterStart) break;
      if (offset < afterStart + edit.replacement.length) break;
      delta += edit.replacement.length - (edit.end - edit.start);
      next++;
    }
    const edit = sortedEdits[next];
    const inside = edit !== undefined && offset >= edit.start + delta && offset < edit.start + delta + edit.replacement.length;
    mapped.push(inside ? edit.start : offset - delta);
  }
  return mapped;
}
