import fc from 'fast-check';

/**
 * Generated articles: paragraphs of plausible sentences about invented companies and people,
 * optionally carrying the artifacts unscrape repairs, in any line-ending style. Built from
 * invented words so that no test depends on a real article.
 */
const NAMES = ['Zentrix', 'Brightwell', 'Kaldor', 'Mirova', 'Quillon', 'Hartmann', 'Okonkwo', 'Delacroix'];
const SUBJECTS = ['The company', 'Its chief executive', 'The regulator', 'A spokesperson', 'The board', 'Analysts'];
const VERBS = ['said', 'announced', 'reported', 'denied', 'confirmed', 'expected'];
const OBJECTS = ['the deal', 'new rules', 'a bid of $1.5 billion', 'talks with investors', '40 percent of its shares', 'the results'];
const PLACES = ['in the United States', 'in Paris', 'on Monday', 'last year', 'after the vote', 'in its statement'];

const sentence = fc
  .tuple(fc.constantFrom(...SUBJECTS), fc.constantFrom(...VERBS), fc.constantFrom(...OBJECTS), fc.constantFrom(...PLACES), fc.constantFrom(...NAMES))
  .map(([subject, verb, object, place, name]) => `${subject} of ${name} ${verb} ${object} ${place}.`);

const paragraph = fc.array(sentence, { minLength: 1, maxLength: 4 }).map((sentences) => sentences.join(' '));

/** One artifact applied to a paragraph, or none. */
const artifact = fc.constantFrom<(text: string) => string>(
  (text) => text,
  (text) => text.replace(/(\w+)\.$/, '$1. $1.'),
  (text) => text.replace(' the ', ' the the '),
  (text) => text.replace('$1.5 billion', '$1.5. billion'),
  (text) => text.replace(/Zentrix|Brightwell|Kaldor/, (name) => name.toLowerCase()),
  (text) => `${text}\n${text}`,
  (text) => `${text}\n\nPublished on\nOct 4, 2020`,
);

export interface ArticleShape {
  text: string;
}

export const article = fc
  .record({
    paragraphs: fc.array(fc.tuple(paragraph, artifact), { minLength: 1, maxLength: 8 }),
    lineEnding: fc.constantFrom('\n', '\r\n', '\r'),
    bom: fc.boolean(),
    finalNewline: fc.boolean(),
    headline: fc.option(fc.constantFrom('Zentrix wins the bid', 'Markets fall'), { nil: undefined }),
  })
  .map(({ paragraphs, lineEnding, bom, finalNewline, headline }) => {
    const body = [headline, ...paragraphs.map(([text, corrupt]) => corrupt(text))].filter(Boolean).join('\n\n');
    const text = (bom ? '\uFEFF' : '') + body.replace(/\n/g, lineEnding) + (finalNewline ? lineEnding : '');
    return text;
  });
