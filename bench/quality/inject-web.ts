import type { Article } from './corpus.js';
import { asWindows1252, wrapLine } from './garble.js';
import type { Injected } from './inject.js';
import type { Random } from './random.js';

/**
 * Injectors for the artifacts of scraped web text (issue 7): each garbles one plausible place
 * of a clean article — a paragraph read with the wrong encoding, escaped as HTML, tags left in,
 * a site line between paragraphs, invisible characters in words, stray spacing — or, for hard
 * wrapping, the whole text as a wrapping tool does.
 */
function paragraphs(text: string): Array<{ start: number; end: number }> {
  return [...text.matchAll(/[^\n]+/g)].map((match) => ({ start: match.index, end: match.index + match[0].length }));
}

function replaceParagraph(article: Article, random: Random, test: (paragraph: string) => boolean, garble: (paragraph: string) => string, note: string): Injected | null {
  const candidates = paragraphs(article.text).slice(1).filter(({ start, end }) => test(article.text.slice(start, end)));
  if (candidates.length === 0) return null;
  const { start, end } = random.pick(candidates);
  const garbled = garble(article.text.slice(start, end));
  return { input: article.text.slice(0, start) + garbled + article.text.slice(end), expected: article.text, note };
}

export function injectMojibake(article: Article, random: Random): Injected | null {
  return replaceParagraph(article, random, (paragraph) => /[^\x00-\x7f]/.test(paragraph), asWindows1252, 'a paragraph read as Windows-1252');
}

export function injectEntities(article: Article, random: Random): Injected | null {
  const escape = (paragraph: string) =>
    paragraph.replace(/&/g, '&amp;').replace(/’/g, '&#8217;').replace(/“/g, '&ldquo;').replace(/”/g, '&#x201D;').replace(/"/g, '&quot;').replace(/ — /g, ' &mdash; ');
  return replaceParagraph(article, random, (paragraph) => escape(paragraph) !== paragraph, escape, 'a paragraph with escaped punctuation');
}

export function injectTags(article: Article, random: Random): Injected | null {
  const tagged = (paragraph: string) => (random.chance(0.5) ? `<p>${paragraph}</p>` : `${paragraph}<br>`);
  return replaceParagraph(article, random, (paragraph) => paragraph.split(' ').length > 8, tagged, 'tags left around a paragraph');
}

const SITE_LINES = ['Advertisement', 'ADVERTISEMENT', 'Share this article', 'Read more:', 'Sign up for our newsletter', 'Click here to subscribe', 'Photo: Getty Images', 'Facebook Twitter LinkedIn Email'];

export function injectBoilerplateLine(article: Article, random: Random): Injected | null {
  const breaks = [...article.text.matchAll(/\n\n/g)].slice(1);
  if (breaks.length === 0) return null;
  const at = random.pick(breaks).index;
  const line = random.pick(SITE_LINES);
  return { input: `${article.text.slice(0, at)}\n\n${line}${article.text.slice(at)}`, expected: article.text, note: `“${line}”` };
}

export function injectInvisible(article: Article, random: Random): Injected | null {
  const insert = (paragraph: string) => {
    const words = paragraph.split(' ');
    const index = words.findIndex((word, position) => position > 2 && /^\p{L}{8,}$/u.test(word));
    if (index === -1) return paragraph;
    const word = words[index]!;
    const cut = Math.floor(word.length / 2);
    words[index] = word.slice(0, cut) + random.pick(['\u00ad', '\u200b', '\u200c\u200b']) + word.slice(cut);
    return words.join(' ');
  };
  return replaceParagraph(article, random, (paragraph) => insert(paragraph) !== paragraph, insert, 'an invisible character inside a word');
}

export function injectSpacing(article: Article, random: Random): Injected | null {
  const space = (paragraph: string) => (random.chance(0.5) ? paragraph.replace(/(\p{L}),/u, '$1 ,') : paragraph.replace(/(\p{L}) (\p{L})/u, '$1   $2'));
  return replaceParagraph(article, random, (paragraph) => /\p{L},/u.test(paragraph) && /\p{L} \p{L}/u.test(paragraph), space, 'stray spacing');
}

/** The whole article wrapped at a fixed width, as a mail or text tool does. */
export function injectHardWrap(article: Article, random: Random): Injected | null {
  const width = random.pick([64, 72, 78]);
  const input = article.text.split('\n').map((line) => wrapLine(line, width)).join('\n');
  return input === article.text ? null : { input, expected: article.text, note: `wrapped at ${width}` };
}
