import { createRequire } from 'node:module';

/**
 * About 275,000 English words (the `an-array-of-english-words` package), loaded on first use:
 * only a hyphen at a line end that the document itself cannot settle asks for it.
 */
let words: ReadonlySet<string> | undefined;

export function isEnglishWord(word: string): boolean {
  if (!words) {
    const require = createRequire(import.meta.url);
    words = new Set(require('an-array-of-english-words') as string[]);
  }
  return words.has(word.toLowerCase());
}
