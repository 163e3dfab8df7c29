/**
 * repeated-word: a word or phrase said twice by accident.
 *
 * Fixes an echo of a sentence's last words as a bogus sentence of its own
 * (`flew straight to Paris. Paris. The` -> `flew straight to Paris. The`,
 * `the United States. United States.` -> `the United States.`) and plain doubled words
 * (`the the`, `it it`, `in the\nthe sea` -> `in the sea`).
 *
 * Leaves alone what language repeats on purpose: `had had`, `that that`, `what it is is`,
 * `so so`, `far far away`, `blah blah`, a particle after its verb (`log in in the morning`),
 * capitalised doubles that are names (`Bora Bora`, `Walla Walla`, `Duran Duran`, `whether
 * Will will`), `New York, New York` (a comma between), emphasis (`No. No.`, `again. Again.`),
 * an echo of a sentence too short to have one (`Paris. Paris.` alone), numbers (`1 000 000`,
 * `911. 911.`) and single letters (`O O O`).
 */
import type { Document, Paragraph } from '../document.js';
import { editsAt, makeEdit, type Edit } from '../edit.js';
import { stopwordsOf } from '../language/stopwords.js';
import { wordTokens, type TokenList } from '../evidence/words.js';
import { apostropheWordEnd, LETTER_OR_MARK, nextOf } from '../text/chars.js';
import { echoCandidates, echoWords } from '../text/echoes.js';

const ID = 'repeated-word';

/** Words a writer repeats as a sentence for emphasis: `again and again. Again.` */
const EMPHATIC = new Set(['again', 'never', 'no', 'yes', 'nothing', 'now', 'ever', 'forever', 'please', 'enough', 'more', 'gone', 'done', 'right', 'really', 'indeed', 'exactly', 'ok', 'okay', 'stop', 'go', 'why', 'what', 'nobody', 'none', 'everything', 'anything']);

const CONTENT_WORD_DOUBLE = 0.55;
/** English words that are doubled on purpose often enough that a double proves nothing. */
const INTENDED_DOUBLES = new Set(['had', 'that', 'her', 'can', 'so', 'far', 'very', 'no', 'yes', 'ha', 'haha', 'ho', 'hee', 'blah', 'bla', 'yadda', 'bye', 'la', 'na', 'boo', 'hip', 'wild', 'knock', 'tut', 'tsk', 'chop', 'choo', 'bang', 'boom', 'meow', 'woof', 'ok', 'okay', 'oh', 'ah', 'hush', 'now', 'there', 'well', 'many', 'much', 'more', 'bling', 'bora', 'goo', 'mau', 'walla', 'baden', 'sing', 'knock', 'tom', 'din', 'dum', 'cha', 'ding', 'tick', 'tock', 'pom', 'mahi', 'yum', 'wah', 'hum', 'rah', 'go', 'aye', 'do', 'tra', 'fifty', 'half', 'ta', 'da', 'pee', 'wee', 'bonbon', 'sapiens']);
/** Particles doubled after a phrasal verb: `log in in the morning`, `signed up up front`, `log them in in`. */
const PARTICLES = new Set(['in', 'on', 'up', 'out', 'off', 'down', 'over', 'by', 'around', 'through', 'back', 'away']);
const PHRASAL_VERB = /^(?:log|sign|check|plug|turn|fill|hand|dial|tune|opt|zero|cash|chime|weigh|carry|put|set|take|give|pass|hold|move|walk|drop|stay|come|go|get|let|keep|look|call|break|back|run|show|line|start|shut|switch|lock|roll|sort|wrap|sum|phase|wind|count|mix|pick|fold|fit|settle|bring|cut|shake|step)(?:s|ed|ing|t)?$|^(?:logged|logging|signed|checked|plugged|them|it|him|her|me|us|you|everyone|things)$/;

export const repeatedWord = {
  id: ID,
  description: 'Removes a word or phrase repeated by accident: doubled words and bogus echo sentences.',
  defaultOn: true,
  run(doc: Document): Edit[] {
    // The document's word tokens (shared with the casing pass) rule out most paragraphs before
    // their words are read again for doubles: one in fifty holds two alike words in a row.
    const tokens = doc.evidence(wordTokens);
    return doc.paragraphs.flatMap((paragraph, index) => {
      const echoes = doc.paragraphEvidence(echoesIn, index);
      const doubles = mayHoldDouble(tokens, index) ? doc.paragraphEvidence(doublesIn, index) : NONE;
      return editsAt(paragraph.start, doubles.length === 0 ? echoes : [...echoes, ...doubles]);
    });
  },
};

const NONE: readonly Edit[] = [];
const PERIOD = 46;

function echoesIn(paragraph: Paragraph): Edit[] {
  return echoedSentences(paragraph.text, 0);
}

export function doublesIn(paragraph: Paragraph, language: string): Edit[] {
  return doubledWords(paragraph.text, 0, language);
}

/**
 * Whether paragraph `index` may hold a double `doubledWords` would judge. Such a double's first
 * word has no word character or joiner before it and white space after it, so it is a whole
 * token; its second word starts the next token, which runs on past it only through a period
 * (`the the.5`: a digit, an apostrophe or a hyphen after the word rules it out). So a paragraph
 * where no token is followed by one that is, or starts with, the same word, ignoring case, has none.
 */
export function mayHoldDouble(tokens: TokenList, index: number): boolean {
  const { starts, ends, text } = tokens;
  const last = tokens.firstTokens[index + 1]! - 1;
  for (let token = tokens.firstTokens[index]!; token < last; token++) {
    const length = ends[token]! - starts[token]!;
    const next = starts[token + 1]!;
    const nextLength = ends[token + 1]! - next;
    // A token runs on past the second word only through a joiner, and of the joiners only a
    // period (before a digit) leaves the double to be judged.
    const fits = nextLength === length || (nextLength > length && text.charCodeAt(next + length) === PERIOD);
    if (fits && sameIgnoringCase(text, starts[token]!, next, length)) return true;
  }
  return false;
}

function echoedSentences(text: string, offset: number): Edit[] {
  const edits: Edit[] = [];
  for (const match of echoCandidates(text)) {
    const echo = match.phrase.split(/[ \t]+/);
    const before = lastSentenceWords(text, match.index);
    if (before.length < echo.length + 2) continue;
    const ending = before.slice(-echo.length);
    if (!sameWords(ending, echo)) continue;
    if (echo.every((word) => EMPHATIC.has(word.toLowerCase()))) continue;
    const removeFrom = offset + match.index + 1;
    const removeTo = offset + match.index + match.length;
    const phrase = match.phrase;
    const capitalised = /^\p{Lu}/u.test(ending[0]!);
    edits.push(
      makeEdit(ID, removeFrom, removeTo, '', `“${phrase}.” repeats the end of the sentence before it as a sentence of its own`, capitalised ? 0.92 : 0.75),
    );
  }
  return edits;
}

const SENTENCE_END_BEFORE = /[.!?][ \t]+(?=[^.!?]*$)/;
/** Enough of the sentence before an echo to compare: its last words, at most a window's worth. */
const WINDOW = 400;

/** The words of the sentence that ends at `end`, looking back no further than a window (linear time). */
function lastSentenceWords(text: string, end: number): string[] {
  const window = text.slice(Math.max(0, end - WINDOW), end);
  const boundary = SENTENCE_END_BEFORE.exec(window);
  return echoWords(window.slice(boundary ? boundary.index + 1 : 0));
}

/** Equal word by word; the echo may capitalise its first word as a sentence would. */
function sameWords(ending: string[], echo: string[]): boolean {
  return ending.every((word, index) => {
    const echoed = echo[index]!;
    if (index > 0) return word === echoed;
    return word === echoed || word.charAt(0).toUpperCase() + word.slice(1) === echoed;
  });
}

function doubledWords(text: string, offset: number, language: string): Edit[] {
  const edits: Edit[] = [];
  const stopwords = stopwordsOf(language);
  const english = language === 'eng' || language === 'und';
  // Consecutive words compared in code, lengths first: a case-insensitive back-reference over
  // \p{L} costs V8 tens of milliseconds to compile, and most neighbours differ in length.
  let previousStart = -1;
  let previousEnd = -1;
  for (let start = nextOf(text, 0, LETTER_OR_MARK), at = 0; start < text.length; start = nextOf(text, at, LETTER_OR_MARK)) {
    at = apostropheWordEnd(text, start, LETTER_OR_MARK);
    const repeats = previousStart >= 0 && at - start === previousEnd - previousStart && sameIgnoringCase(text, previousStart, start, at - start);
    const firstStart = previousStart;
    previousStart = start;
    previousEnd = at;
    if (!repeats) continue;
    const firstWord = text.slice(firstStart, firstStart + at - start);
    const secondWord = text.slice(start, at);
    const gap = text.slice(firstStart + firstWord.length, start);
    if (!WORD_GAP.test(gap) || NOT_A_WORD_BEFORE.test(text[firstStart - 1] ?? '') || notAWordAfter(text, at)) continue;
    if (insideInlineCode(text, firstStart)) continue;
    const word = firstWord.toLowerCase();
    // A contraction of function words (`it’s`, `don't`) is one too.
    const functionWord = stopwords.has(word) || stopwords.has(word.replace(/['’](?:s|re|ve|ll|d|m|t)$/, '').replace(/n$/, ''));
    const before = text.slice(Math.max(0, firstStart - LOOK_BEHIND), firstStart);
    const confidence = judgeDouble(firstWord, secondWord, word, functionWord, english, before);
    if (confidence === 0) continue;
    edits.push(makeEdit(ID, offset + firstStart + firstWord.length, offset + at, '', `“${word}” is written twice in a row`, confidence));
  }
  return edits;
}


/** `text.slice(a, a + length).toLowerCase() === text.slice(b, b + length).toLowerCase()`, without the copies where ASCII decides. */
function sameIgnoringCase(text: string, a: number, b: number, length: number): boolean {
  for (let index = 0; index < length; index++) {
    const x = text.charCodeAt(a + index);
    const y = text.charCodeAt(b + index);
    if (x === y) continue;
    if (x >= 128 || y >= 128) return text.slice(a, a + length).toLowerCase() === text.slice(b, b + length).toLowerCase();
    const lower = x | 32;
    if (lower !== (y | 32) || lower < 97 || lower > 122) return false;
  }
  return true;
}
/** White space with at most one line break: a double across a paragraph break is no slip. */
const WORD_GAP = /^(?:[ \t]+(?:\r\n|\n|\r)?[ \t]*|[ \t]*(?:\r\n|\n|\r)[ \t]*)$/;
const NOT_A_WORD_BEFORE = /[\p{N}'’.@/-]/u;
const LOOK_BEHIND = 80;

/** Inside `inline code` (an odd number of backticks before it on its line), words are not prose. */
function insideInlineCode(text: string, offset: number): boolean {
  // Within a bounded window, so that a paragraph-long line is not scanned once per word.
  const window = text.slice(Math.max(0, offset - LOOK_BEHIND * 4), offset);
  const line = window.slice(window.lastIndexOf('\n') + 1);
  return (line.match(/`/g)?.length ?? 0) % 2 === 1;
}

/** `E.ON on`, `on-on`, `in.in`: the second word runs on into something that is no word. */
function notAWordAfter(text: string, end: number): boolean {
  const next = text[end] ?? '';
  return /[\p{N}'’@/-]/u.test(next) || (next === '.' && /\p{L}/u.test(text[end + 1] ?? ''));
}

/** 0 when the double may be intended, else the confidence that it is a slip. */
function judgeDouble(first: string, second: string, word: string, functionWord: boolean, english: boolean, before: string): number {
  const singleLetter = [...word].length === 1;
  if (singleLetter && word !== 'a' && word !== 'i') return 0;
  if (english && INTENDED_DOUBLES.has(word)) return 0;
  if (/^\p{Lu}/u.test(second)) {
    const shouted = first === first.toUpperCase() && second === second.toUpperCase();
    return shouted && functionWord ? 0.9 : 0;
  }
  if (/^\p{Lu}/u.test(first) && !functionWord) return 0;
  if (!english) return functionWord || word.length < 4 ? 0 : 0.7;
  const previousWord = /([\p{L}\p{M}'’]+)\W*$/u.exec(before)?.[1]?.toLowerCase();
  if (PARTICLES.has(word) && previousWord && PHRASAL_VERB.test(previousWord)) return 0;
  // `What it is is a scam`: a clause ending in `is` before the verb `is`.
  if (word === 'is' && /\bwhat\b(?:\s+\S+){0,3}\s*$/i.test(before)) return 0;
  if (['may', 'will', 'might', 'must'].includes(word) && /^\p{Lu}/u.test(first)) return 0;
  if (previousWord && /^\p{Lu}/u.test(/([\p{L}\p{M}'’]+)\W*$/u.exec(before)?.[1] ?? '') && !functionWord && before.trimEnd().length > 0 && !/[.!?]\s*$/.test(before)) return 0;
  // Content words are doubled on purpose far more often than by accident (`beep beep`,
  // `wink wink`, `quack quack`): report them, do not apply them unasked.
  return functionWord ? 0.95 : CONTENT_WORD_DOUBLE;
}
