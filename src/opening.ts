/**
 * The paragraphs of a long text's opening, split out only as far as they are read: the main
 * language is decided on the first few thousand letters, and splitting a whole book into lines
 * and paragraphs to read them held some 2.5 bytes per character of it at once.
 */
import { groupParagraphs, lineEndFrom, splitLines } from './document.js';

/** What `detectMainLanguage` reads: the texts of the paragraphs in order (an array is one). */
export interface ParagraphTexts {
  /** Paragraph `index`'s text, or undefined past the last. */
  at(index: number): string | undefined;
}

/** First prefix read, in characters; each next one is four times longer. */
const FIRST_PREFIX = 1 << 14;

/**
 * `groupParagraphs(text, splitLines(text))`'s texts, read from ever longer prefixes of whole
 * lines. A prefix's last paragraph may go on past it, so only the ones before it are served.
 */
export function openingParagraphs(text: string, firstPrefix = FIRST_PREFIX): ParagraphTexts {
  let known: string[] = [];
  let whole = 0;
  let prefixEnd = -1;
  let length = firstPrefix;
  const readFurther = () => {
    prefixEnd = length >= text.length ? text.length : lineEndFrom(text, length);
    const prefix = text.slice(0, prefixEnd);
    known = groupParagraphs(prefix, splitLines(prefix)).map((paragraph) => paragraph.text);
    whole = prefixEnd === text.length ? known.length : Math.max(0, known.length - 1);
    length *= 4;
  };
  return {
    at(index) {
      while (index >= whole && prefixEnd < text.length) readFurther();
      return index < whole ? known[index] : undefined;
    },
  };
}
