import { diffArrays } from 'diff';

/**
 * Word-level alignment. Texts become tokens (words with their punctuation, and line breaks as
 * tokens of their own, so joining two lines is visible); a repair is a hunk of the alignment from
 * the corrupted input. A hunk the tool made counts as right when the expected text has the same
 * hunk: same place, same words removed, same words added.
 */
export function tokens(text: string): string[] {
  return text.split(/(\r\n|\n|\r)|[ \t]+/).filter((token): token is string => token !== undefined && token !== '');
}

function hunks(from: string[], to: string[]): Set<string> {
  const result = new Set<string>();
  let at = 0;
  let removed: string[] = [];
  let added: string[] = [];
  let start = 0;
  const flush = () => {
    if (removed.length || added.length) result.add(`${start}|${removed.join(' ')}|${added.join(' ')}`);
    removed = [];
    added = [];
  };
  for (const change of diffArrays(from, to)) {
    if (change.added) added.push(...change.value);
    else if (change.removed) {
      if (!removed.length && !added.length) start = at;
      removed.push(...change.value);
      at += change.value.length;
    } else {
      flush();
      at += change.value.length;
      start = at;
    }
  }
  flush();
  return result;
}

export interface Counts {
  made: number;
  needed: number;
  right: number;
}

export function compare(input: string, output: string, expected: string): Counts {
  const source = tokens(input);
  const made = hunks(source, tokens(output));
  const needed = hunks(source, tokens(expected));
  let right = 0;
  for (const hunk of made) if (needed.has(hunk)) right++;
  return { made: made.size, needed: needed.size, right };
}

export function add(total: Counts, counts: Counts): void {
  total.made += counts.made;
  total.needed += counts.needed;
  total.right += counts.right;
}

export function precision(counts: Counts): number {
  return counts.made === 0 ? 1 : counts.right / counts.made;
}

export function recall(counts: Counts): number {
  return counts.needed === 0 ? 1 : counts.right / counts.needed;
}

export function f1(counts: Counts): number {
  const p = precision(counts);
  const r = recall(counts);
  return p + r === 0 ? 0 : (2 * p * r) / (p + r);
}
