import { describe, expect, it } from 'vitest';
import { learnBoilerplate, normaliseLine } from '../../src/batch/boilerplate.js';
import { clean } from '../../src/engine.js';
import { selectPasses } from '../../src/passes/index.js';
import { article } from '../helpers.js';

const FOOTER = 'Example Daily is supported by its readers';
const PITCH = 'Get the Morning Brief in your inbox';

const TOPICS = ['bridge', 'harbour', 'library', 'market', 'school', 'stadium', 'museum', 'station', 'hospital', 'park'];

/** Ten articles from one site: each its own paragraphs, most with the site's lines. */
const batch = TOPICS.map((topic, number) =>
  article(`The ${topic} opened today.`, number < 2 ? 'Yes.' : PITCH, `Crowds came to the ${topic}.`, `© 202${number % 4} Example Daily`, FOOTER),
);

const withList = (text: string, boilerplate: readonly string[]) =>
  clean(text, { passes: selectPasses({ only: ['site-boilerplate'] }), splitTail: false, language: 'eng', boilerplate });

describe('learnBoilerplate', () => {
  it('finds the lines most of a batch shares, most widespread first, as written', () => {
    expect(learnBoilerplate(batch)).toEqual(['© 2020 Example Daily', FOOTER, PITCH]);
  });

  it('counts a line once per document', () => {
    const repeated = [article(FOOTER, FOOTER, FOOTER), 'Other text.', 'More text.', 'Still more.'];
    expect(learnBoilerplate(repeated)).toEqual([]);
  });

  it('needs a large share of the documents and a minimum count', () => {
    expect(learnBoilerplate(batch, { minShare: 0.9 })).toEqual(['© 2020 Example Daily', FOOTER]);
    expect(learnBoilerplate(batch.slice(0, 2))).toEqual([]);
    expect(learnBoilerplate(batch.slice(0, 2), { minDocuments: 2 })).toContain(FOOTER);
  });

  it('ignores lines with no words: numbers, rules, blank lines', () => {
    expect(learnBoilerplate(['1\n***\n\n-', '1\n***\n\n-', '1\n***\n\n-'])).toEqual([]);
  });

  it('normalises case, digits, punctuation, accents and spacing', () => {
    expect(normaliseLine('  SIGN UP   for our Newsletter! ')).toBe(normaliseLine('Sign up for our newsletter'));
    expect(normaliseLine('© 2023 Café Daily')).toBe(normaliseLine('© 2024 Cafe Daily'));
    expect(normaliseLine('Sign up today')).not.toBe(normaliseLine('Sign up tomorrow'));
  });
});

describe('site-boilerplate', () => {
  const learned = [FOOTER, '© 2020 Example Daily'];

  it('removes the learned lines, however their case, digits or punctuation vary', () => {
    const text = article('The story.', 'EXAMPLE DAILY is supported by its readers!', 'More story.', '© 2025 Example Daily');
    expect(withList(text, learned).text).toBe(article('The story.', 'More story.'));
  });

  it('keeps CRLF line breaks', () => {
    expect(withList(`The story.\r\n\r\n${FOOTER}\r\n\r\nMore.\r\n`, learned).text).toBe('The story.\r\n\r\nMore.\r\n');
  });

  it('leaves a line that only contains a learned line', () => {
    const text = article('The story.', `${FOOTER}, and by grants.`);
    expect(withList(text, learned).text).toBe(text);
  });

  it('does nothing without a list', () => {
    const text = article('The story.', FOOTER);
    expect(withList(text, []).text).toBe(text);
    expect(clean(text, { splitTail: false, language: 'eng' }).text).toBe(text);
  });
});
