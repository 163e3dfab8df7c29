/**
 * Removing whole lines so that the text reads as if they had never been there: a line goes
 * with the line break that attached it to its paragraph, and a line that was a paragraph of
 * its own goes with the blank line that separated it. Nothing else is touched: the other
 * line breaks (CRLF included) stay exactly as they were.
 *
 *   `P1\n\nAdvertisement\n\nP2` -> `P1\n\nP2`      `P1\nAdvertisement\nP2` -> `P1\nP2`
 *   `P1\nAdvertisement\n\nP2`  -> `P1\n\nP2`      `P1\n\nAdvertisement\n` -> `P1\n`
 */
import { isBlank, type Document } from '../document.js';

export interface LineRemoval {
  /** Index of the removed line in `doc.lines`. */
  index: number;
  start: number;
  end: number;
}

/**
 * One range per line in `indices`. Ranges of neighbouring removed lines touch but never
 * overlap, so each can be accepted or rejected on its own.
 */
export function lineRemovals(doc: Document, indices: Iterable<number>): LineRemoval[] {
  const removed = new Set(indices);
  const lines = doc.lines;
  const kept = (index: number) => !removed.has(index) && !isBlank(lines[index]!.text);
  const removals: LineRemoval[] = [];
  let lastKept: number | undefined;
  let index = 0;
  while (index < lines.length) {
    if (!removed.has(index)) {
      if (kept(index)) lastKept = index;
      index++;
      continue;
    }
    const block: number[] = [];
    let cursor = index;
    while (cursor < lines.length && !kept(cursor)) {
      if (removed.has(cursor)) block.push(cursor);
      cursor++;
    }
    const attached = lastKept !== undefined && lastKept === index - 1;
    for (const removal of blockRemovals(doc, block, lastKept, attached, cursor < lines.length ? cursor : undefined)) removals.push(removal);
    index = cursor;
  }
  return removals;
}

/**
 * `block`: removed lines with only blank or removed lines between them; `previousKept` and
 * `next`: the kept lines around it; `attached`: the block starts right under `previousKept`.
 */
function blockRemovals(doc: Document, block: number[], previousKept: number | undefined, attached: boolean, next: number | undefined): LineRemoval[] {
  const lines = doc.lines;
  if (previousKept !== undefined && (attached || next === undefined)) {
    // Take each line with the break before it: `P1` + `\nAd` or `P1` + `\n\nAd`.
    return block.map((index, position) => {
      const from = position === 0 ? lines[previousKept]!.end : lines[block[position - 1]!]!.end;
      return { index, start: from, end: lines[index]!.end };
    });
  }
  // Take each line with the breaks after it, up to the next removed or kept line.
  const stop = next === undefined ? doc.text.length : lines[next]!.start;
  return block.map((index, position) => {
    const following = block[position + 1];
    return { index, start: lines[index]!.start, end: following === undefined ? stop : lines[following]!.start };
  });
}
