/**
 * Artifacts injected into the clean corpus articles must be repaired back to the article,
 * byte for byte: the text garbled as Windows-1252 mojibake, its punctuation escaped as HTML
 * entities, its paragraphs hard-wrapped at 72 columns, website lines put between its
 * paragraphs, and all of these at once. Prints each family's rate. Skipped when `../shared`
 * is absent.
 */
import { describe, expect, it } from 'vitest';
import { clean } from '../../src/engine.js';
import { selectPasses } from '../../src/passes/index.js';
import { asWindows1252, wrapLine } from '../../bench/quality/garble.js';
import { cleanArticles, hasArticles } from './shared.js';

const asEntities = (text: string) => text.replace(/&/g, '&amp;').replace(/’/g, '&#8217;').replace(/“/g, '&ldquo;').replace(/”/g, '&#x201D;');

const hardWrapped = (text: string) => text.split('\n').map((line) => wrapLine(line, 72)).join('\n');
const withSiteLines = (text: string) =>
  text.split('\n\n').flatMap((paragraph, index) => (index % 3 === 2 ? ['Advertisement', paragraph] : index === 4 ? [paragraph, 'Share this article'] : [paragraph])).join('\n\n');

const FAMILIES: [name: string, garble: (text: string) => string, passes: string[]][] = [
  ['mojibake', asWindows1252, ['mojibake']],
  ['html-entities', asEntities, ['html-entities']],
  ['hard-wrap', hardWrapped, ['hard-wrap', 'hyphenation']],
  ['boilerplate-line', withSiteLines, ['boilerplate-line']],
  [
    'all of them at once',
    (text) => asWindows1252(asEntities(hardWrapped(withSiteLines(text)))),
    ['mojibake', 'html-entities', 'html-tags', 'invisible-chars', 'unicode-nfc', 'boilerplate-line', 'hyphenation', 'hard-wrap', 'spacing'],
  ],
];

describe.skipIf(!hasArticles)('artifacts injected into the clean corpus are repaired exactly', () => {
  const articles = cleanArticles();

  it.each(FAMILIES)('%s', (name, garble, passIds) => {
    const passes = selectPasses({ only: passIds });
    const garbled = articles.filter(({ text }) => garble(text) !== text);
    const failures = garbled.filter(({ text }) => clean(garble(text), { passes, splitTail: false, language: 'eng' }).text !== text);
    console.log(`${name}: ${garbled.length - failures.length}/${garbled.length} garbled articles restored exactly`);
    for (const { name: file } of failures.slice(0, 5)) console.log(`  not restored: ${file}`);
    expect((garbled.length - failures.length) / garbled.length).toBeGreaterThanOrEqual(0.95);
  });
});
