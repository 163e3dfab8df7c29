/**
 * Site boilerplate learned from a batch: when many articles from one site are cleaned
 * together, a line that recurs in a large share of them (a footer, a standard disclaimer, a
 * newsletter pitch) is the site's, not any article's, even if no phrase list names it. As in
 * CCNet and datatrove, lines are compared after normalisation (case, digits, punctuation,
 * accents and spacing do not count), and each document counts a line once.
 *
 * Pure: texts in, lines out. The CLI reads the batch and writes the list.
 */
export interface LearnOptions {
  /** Share of the documents a line must appear in, in (0, 1]. Default 0.3. */
  minShare?: number;
  /** Fewest documents a line must appear in. Default 3. */
  minDocuments?: number;
  /** Letters a normalised line needs to count (`1`, `***`, `-` never do). Default 2. */
  minLetters?: number;
}

const DEFAULTS: Required<LearnOptions> = { minShare: 0.3, minDocuments: 3, minLetters: 2 };

/**
 * The form in which lines are compared: `Sign up for our newsletter!` and `SIGN UP for our
 * Newsletter` are one line, and so are `© 2023 Example` and `© 2024 Example`.
 */
export function normaliseLine(line: string): string {
  return line
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/\p{N}+/gu, '0')
    .replace(/[\p{P}\p{S}]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

interface Tally {
  documents: number;
  /** How each spelling was written, to return the most common one. */
  spellings: Map<string, number>;
}

/**
 * The lines that recur across at least `minShare` of `texts` (and `minDocuments` of them),
 * most widespread first (ties in the order first seen), each as it was most often written.
 */
export function learnBoilerplate(texts: Iterable<string>, options: LearnOptions = {}): string[] {
  const { minShare, minDocuments, minLetters } = { ...DEFAULTS, ...options };
  const tallies = new Map<string, Tally>();
  let documents = 0;
  for (const text of texts) {
    documents++;
    const seen = new Set<string>();
    for (const rawLine of text.split(/\r\n|\n|\r/)) {
      const line = rawLine.trim();
      const key = normaliseLine(line);
      if (seen.has(key) || (key.match(/\p{L}/gu)?.length ?? 0) < minLetters) continue;
      seen.add(key);
      const tally = tallies.get(key) ?? { documents: 0, spellings: new Map<string, number>() };
      tally.documents++;
      tally.spellings.set(line, (tally.spellings.get(line) ?? 0) + 1);
      tallies.set(key, tally);
    }
  }
  const needed = Math.max(minDocuments, Math.ceil(minShare * documents));
  return [...tallies.values()]
    .filter((tally) => tally.documents >= needed)
    .sort((a, b) => b.documents - a.documents)
    .map((tally) => [...tally.spellings].sort((a, b) => b[1] - a[1])[0]![0]);
}
