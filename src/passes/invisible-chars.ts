/**
 * invisible-chars: characters that show nothing but break search, copy and word counts.
 *
 * Fixes soft hyphens (`infor\u00admation` -> `information`), zero-width spaces and word joiners
 * between letters that use spaces (`break\u200bpoint` -> `breakpoint`), a byte-order mark
 * inside the text, zero-width joiners and non-joiners between Latin, Greek or Cyrillic letters,
 * left-to-right and right-to-left marks in a text with no right-to-left script, control
 * characters (`\u0001`, terminal colour codes `\u001b[36m`), object replacement and annotation
 * characters (`\ufffc`), noncharacters (`\uffff`).
 *
 * Leaves alone tabs and line breaks, a byte-order mark at the very start (it marks the file,
 * and the file is written back with it), joiners inside emoji (`👩\u200d👩\u200d👧`) and in
 * scripts that need them (Persian `می\u200cخواهم`, Devanagari), zero-width spaces between Thai,
 * Khmer, Burmese or Japanese words (the only word boundary those scripts have), direction marks
 * in a text with Hebrew or Arabic, tag characters inside flag emoji, C1 control characters (the
 * mojibake pass reads them back as Windows-1252; ftfy keeps the rest too), and a soft hyphen
 * after a Latin-1 character or symbol (`Ã\u00ad` is the mojibake of `í`: byte AD is part of it).
 */
import type { Document } from '../document.js';
import { makeEdit, type Edit } from '../edit.js';

const ID = 'invisible-chars';

const TERMINAL_ESCAPE = String.raw`\u001b\[[0-9;?]*[ -/]*[@-~]|\u001b\][^\u0007\u001b]*(?:\u0007|\u001b\\)?`;
const CONTROL = String.raw`[\u0000-\u0008\u000b\u000e-\u001f\u007f]`;
const ALWAYS_INVISIBLE = String.raw`[\u00ad\u206a-\u206f\ufff9-\ufffc\ufdd0-\ufdef\ufffe\uffff]`;
const SPACING = String.raw`[\u200b\u2060\ufeff]`;
const JOINER = String.raw`[\u200c\u200d]`;
const DIRECTION = String.raw`[\u200e\u200f\u202a-\u202e\u2066-\u2069]`;

const CANDIDATES = new RegExp(
  `(?:${TERMINAL_ESCAPE}|${CONTROL}|${ALWAYS_INVISIBLE}|${SPACING}|${JOINER}|${DIRECTION})+`,
  'gu',
);
/**
 * The first character of any candidate, the classes above merged into one (a terminal escape
 * starts with U+001B, a control character): one quick scan rules out most texts.
 */
const ANY_CANDIDATE = new RegExp(`[${[CONTROL, ALWAYS_INVISIBLE, SPACING, JOINER, DIRECTION].map((chars) => chars.slice(1, -1)).join('')}]`);
const PARTS = new RegExp(`${TERMINAL_ESCAPE}|[^]`, 'gu');
const exactly = (pattern: string) => new RegExp(`^${pattern}$`, 'u');
const IS_CONTROL = exactly(CONTROL);
const IS_ALWAYS_INVISIBLE = exactly(ALWAYS_INVISIBLE);
const IS_SPACING = exactly(SPACING);
const IS_JOINER = exactly(JOINER);

const SPACELESS_SCRIPT = /[\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}\p{Script=Tibetan}\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;
/** Neighbours between which a joiner or non-joiner changes nothing visible. */
const JOINER_NEUTRAL = /[\p{Script=Latin}\p{Script=Greek}\p{Script=Cyrillic}\p{N}\s\p{P}]/u;
const RIGHT_TO_LEFT = /[\p{Script=Hebrew}\p{Script=Arabic}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}]/u;

interface Context {
  /** The visible characters on either side of the run of invisible ones. */
  before: string | undefined;
  after: string | undefined;
  offset: number;
  rightToLeft: boolean;
}

export const invisibleChars = {
  id: ID,
  description: 'Removes invisible characters: soft hyphens, zero-width spaces, stray joiners and marks, control characters.',
  defaultOn: true,
  run(doc: Document): Edit[] {
    if (!ANY_CANDIDATE.test(doc.text)) return [];
    const rightToLeft = RIGHT_TO_LEFT.test(doc.text);
    const edits: Edit[] = [];
    for (const run of doc.text.matchAll(CANDIDATES)) {
      const end = run.index + run[0].length;
      const before = [...doc.text.slice(Math.max(0, run.index - 2), run.index)].pop();
      const after = [...doc.text.slice(end, end + 2)][0];
      for (const part of run[0].matchAll(PARTS)) {
        const offset = run.index + part.index;
        const reason = reasonToRemove(part[0], { before, after, offset, rightToLeft });
        if (reason) edits.push(makeEdit(ID, offset, offset + part[0].length, '', reason, 0.95));
      }
    }
    return edits;
  },
};

/** Byte AD after these is the tail of a UTF-8 sequence misread, not a hyphenation point. */
const LATIN_1_RANGE = /[\u0080-\u00ff]/;

/** Why `char` should go, or undefined where it does something in this place. */
function reasonToRemove(char: string, { before, after, offset, rightToLeft }: Context): string | undefined {
  const name = `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
  if (char.length > 1) return 'a terminal colour or cursor code is not text';
  if (IS_CONTROL.test(char)) return `control character ${name} is not text`;
  if (char === '\u00ad') {
    if (before !== undefined && LATIN_1_RANGE.test(before)) return undefined;
    return 'a soft hyphen is invisible and splits the word for search';
  }
  if (IS_ALWAYS_INVISIBLE.test(char)) return `${name} is a format character or a noncharacter, not text`;
  if (IS_SPACING.test(char)) {
    if (char === '\ufeff' && offset === 0) return undefined;
    const spaceless = [before, after].some((neighbour) => neighbour !== undefined && SPACELESS_SCRIPT.test(neighbour));
    return spaceless ? undefined : `zero-width ${name} between words that are separated by spaces`;
  }
  if (IS_JOINER.test(char)) {
    const neutral = [before, after].every((neighbour) => neighbour === undefined || JOINER_NEUTRAL.test(neighbour));
    return neutral ? `${name} joins nothing between these characters` : undefined;
  }
  return rightToLeft ? undefined : `direction mark ${name} in a text with no right-to-left script`;
}
