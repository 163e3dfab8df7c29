import { englishWordLevel } from '../../src/language/lexicon.js';
import type { Article, ForeignBlurb } from './corpus.js';
import { injectBoilerplateLine, injectEntities, injectHardWrap, injectInvisible, injectMojibake, injectSpacing, injectTags } from './inject-web.js';
import type { Random } from './random.js';

/**
 * Corrupts a clean article with one artifact family at a plausible place and records what the
 * repair must be. Every injector returns null when the article offers no place for it.
 */
export type Family = 'repeated-word' | 'number-period' | 'casing' | 'duplicate-line' | 'metadata-join';

export interface Injected {
  input: string;
  expected: string;
  note: string;
  /** A sub-family the benchmark reports on its own line. */
  group?: string;
}

const SCALE = /(?<=[\s(])([$€£]?\d[\d,]*(?:\.\d+)?)(?= (?:million|billion|trillion|thousand|percent|per cent)\b)/g;
const ABBREVIATION = /^(?:Mr|Mrs|Ms|Dr|St|Jr|Sr|No|Inc|Co|Corp|Ltd|vs|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|[A-Z])$/;
const FUNCTION_WORDS = ['the', 'a', 'to', 'of', 'and', 'in', 'for', 'is', 'was', 'on', 'with'];

function insertAt(text: string, offset: number, insertion: string): string {
  return text.slice(0, offset) + insertion + text.slice(offset);
}

function choose<T>(random: Random, items: T[]): T | null {
  return items.length === 0 ? null : random.pick(items);
}

export function injectRepeatedWord(article: Article, random: Random): Injected | null {
  if (random.chance(0.5)) {
    const ends = [...article.text.matchAll(/(?<=[a-z,] )((?:\p{Lu}\p{Ll}+ )?\p{L}[\p{L}’'-]{2,})\.(?= \p{Lu}|\n|$)/gu)].filter(
      (match) => !ABBREVIATION.test(match[1]!) && article.text.slice(article.text.lastIndexOf('\n', match.index) + 1, match.index).split(' ').length >= 6,
    );
    const end = choose(random, ends);
    if (!end) return null;
    const words = end[1]!.split(' ');
    const echo = words.length === 2 && random.chance(0.5) ? words.join(' ') : words[words.length - 1]!;
    const at = end.index + end[0].length;
    return { input: insertAt(article.text, at, ` ${echo}.`), expected: article.text, note: `echo “${echo}.”` };
  }
  const slots = [...article.text.matchAll(new RegExp(`(?<=[a-z,] )(${FUNCTION_WORDS.join('|')})(?= [a-z])`, 'g'))];
  const slot = choose(random, slots);
  if (!slot) return null;
  const at = slot.index + slot[0].length;
  return { input: insertAt(article.text, at, ` ${slot[1]}`), expected: article.text, note: `doubled “${slot[1]}”` };
}

export function injectNumberPeriod(article: Article, random: Random): Injected | null {
  const slot = choose(random, [...article.text.matchAll(SCALE)]);
  if (!slot) return null;
  const at = slot.index + slot[0].length;
  return { input: insertAt(article.text, at, '.'), expected: article.text, note: `“${slot[0]}.”` };
}

/** Lower-cases one mid-sentence use of a name that the article writes mid-sentence 3+ times. */
export function injectCasing(article: Article, random: Random): Injected | null {
  const headlineEnd = article.text.indexOf('\n');
  const uses = [...article.text.matchAll(/(?<=[a-z,;] )(\p{Lu}[\p{Ll}]+(?:\p{Lu}\p{Ll}+)?)(?=[ ,.;:’']\s?[a-z]|’s|'s)/gu)];
  const counts = new Map<string, number>();
  for (const use of uses.filter((match) => match.index > headlineEnd)) counts.set(use[1]!, (counts.get(use[1]!) ?? 0) + 1);
  const names = [...counts].filter(([name, count]) => count >= 3 && name.length >= 4 && !article.text.includes(` ${name.toLowerCase()} `));
  const name = choose(random, names.map(([word]) => word).sort());
  if (!name) return null;
  const use = random.pick(uses.filter((match) => match[1] === name && match.index > headlineEnd));
  const recased = random.chance(0.7) ? name.toLowerCase() : name.charAt(0).toLowerCase() + name.slice(1);
  if (recased === name) return null;
  const text = article.text;
  // A name that is also a common word (`Navy`, `Museum`) lower-cased may read as that word.
  const group = englishWordLevel(name.toLowerCase()) === null ? 'names that are no English word' : 'names that are also English words';
  return { input: text.slice(0, use.index) + recased + text.slice(use.index + name.length), expected: text, note: `“${name}” -> “${recased}”`, group };
}

/** Prints a short paragraph (a caption, a one-line paragraph) twice, the copies slightly unlike. */
export function injectDuplicateLine(article: Article, random: Random): Injected | null {
  const paragraphs = [...article.text.matchAll(/(?<=\n\n)([^\n]+)(?=\n\n)/g)].filter((match) => {
    const words = match[1]!.split(' ').length;
    return words >= 4 && words <= 40;
  });
  const paragraph = choose(random, paragraphs);
  if (!paragraph) return null;
  const line = paragraph[1]!;
  const curly = /[’”“‘]/.test(article.text);
  const variants = [
    { copy: line, first: false, note: 'identical' },
    { copy: line.replace(/ /, '  '), first: false, note: 'double space' },
    { copy: `${line} `, first: false, note: 'trailing space' },
  ];
  if (/[’']/.test(line)) variants.push({ copy: curly ? line.replace(/’/g, "'") : line.replace(/'/g, '’'), first: random.chance(0.5), note: 'other quotes' });
  const variant = random.pick(variants);
  const doubled = variant.first ? `${variant.copy}\n${line}` : `${line}\n${variant.copy}`;
  const end = paragraph.index + line.length;
  return { input: article.text.slice(0, paragraph.index) + doubled + article.text.slice(end), expected: article.text, note: variant.note };
}

const DATES = ['Oct 4, 2020', '12 March 2021', '2021-03-12 14:05', 'March 12, 2021', 'Monday, 5 April 2021', '7 Jan 2019', 'December 1, 2018 at 9:30 am'];
const AUTHORS = ['Jane Doe', 'Maria van der Berg', 'Tom Okafor', 'Li Wei', 'Anna-Lena Hoffmann'];

/** Metadata lines with the value split from its label, at the top or at the end of the article. */
export function injectMetadataJoin(article: Article, random: Random): Injected | null {
  const kinds: Array<[string, string]> = [
    [random.pick(['Published on', 'Posted on', 'Updated:', 'Published:', 'Last updated']), random.pick(DATES)],
    ['By', random.pick(AUTHORS)],
    ['Source:', article.outlet],
  ];
  const [label, value] = random.pick(kinds);
  const atTop = label === 'By' || random.chance(0.3);
  const joined = `${label} ${value}`;
  const split = `${label}\n${value}`;
  const text = article.text.replace(/\n+$/, '');
  if (atTop) {
    const headlineEnd = text.indexOf('\n\n');
    if (headlineEnd === -1) return null;
    const head = text.slice(0, headlineEnd + 2);
    const rest = text.slice(headlineEnd + 2);
    return { input: `${head}${split}\n\n${rest}\n`, expected: `${head}${joined}\n\n${rest}\n`, note: `${label} (top)` };
  }
  return { input: `${text}\n\n${split}\n`, expected: `${text}\n\n${joined}\n`, note: `${label} (end)` };
}

export const INJECTORS: Record<Family, (article: Article, random: Random) => Injected | null> = {
  'repeated-word': injectRepeatedWord,
  'number-period': injectNumberPeriod,
  casing: injectCasing,
  'duplicate-line': injectDuplicateLine,
  'metadata-join': injectMetadataJoin,
};

/** The families of scraped web text (issue 7), with the passes that repair each. */
export const WEB_FAMILIES: ReadonlyArray<{ family: string; passes: string[]; inject: (article: Article, random: Random) => Injected | null }> = [
  { family: 'mojibake', passes: ['mojibake'], inject: injectMojibake },
  { family: 'html-entities', passes: ['html-entities'], inject: injectEntities },
  { family: 'html-tags', passes: ['html-tags'], inject: injectTags },
  { family: 'boilerplate-line', passes: ['boilerplate-line'], inject: injectBoilerplateLine },
  { family: 'invisible-chars', passes: ['invisible-chars'], inject: injectInvisible },
  { family: 'spacing', passes: ['spacing'], inject: injectSpacing },
  { family: 'hard-wrap', passes: ['hard-wrap', 'hyphenation'], inject: injectHardWrap },
];

export const TAIL_HEADINGS = ['Our services', 'About us', 'Certified cloud experts', 'Newsletter', 'More from our partners', 'Advertisement'];

export interface TailCase {
  input: string;
  /** The clean body; the tail must start right after it. */
  body: string;
  language: string;
  note: string;
}

/** The article, its source line, then (optionally an English heading and) a foreign blurb. */
export function injectTail(article: Article, blurb: ForeignBlurb, random: Random): TailCase {
  const body = `${article.text.replace(/\n+$/, '')}\n\nSource: ${article.outlet}\n`;
  const heading = random.chance(0.5) ? `${random.pick(TAIL_HEADINGS)}\n\n` : '';
  return { input: `${body}\n${heading}${blurb.text}`, body, language: blurb.language, note: heading ? 'with heading' : 'no heading' };
}
