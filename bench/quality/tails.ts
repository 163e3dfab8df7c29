import { clean } from '../../src/index.js';
import { loadForeignArticles, type Article, type ForeignBlurb } from './corpus.js';
import { injectTail } from './inject.js';
import { hashString, seededRandom } from './random.js';

/**
 * Tail split accuracy: the split point must be exactly the end of the article; articles that
 * quote a foreign paragraph in the middle or end with short metadata must not be split; an
 * article in another language with an English tail is split by the same rules.
 */
const BLURBS_PER_ARTICLE = 3;

export function scoreTails(articles: Article[], blurbs: ForeignBlurb[], seed: number) {
  const byLanguage: Record<string, { cases: number; exact: number }> = {};
  const byNoSplitKind: Record<string, { cases: number; kept: number }> = {};
  const failures: string[] = [];
  let cases = 0;
  let exact = 0;
  let francCalls = 0;
  for (const article of articles) {
    const random = seededRandom(hashString(`${seed}/tail/${article.id}`));
    const foreign = blurbs.filter((blurb) => blurb.language !== 'en');
    for (let index = 0; index < BLURBS_PER_ARTICLE && foreign.length; index++) {
      const blurb = random.pick(foreign);
      const tailCase = injectTail(article, blurb, random);
      const result = clean(tailCase.input);
      francCalls += result.stats.francCalls;
      const row = (byLanguage[blurb.language] ??= { cases: 0, exact: 0 });
      row.cases++;
      cases++;
      if (result.tail?.start === tailCase.body.length) {
        row.exact++;
        exact++;
      } else failures.push(`${article.id} + ${blurb.id} (${tailCase.note}): split at ${result.tail?.start ?? 'none'}, expected ${tailCase.body.length}`);
    }
    for (const [kind, input] of noSplitInputs(article, blurbs, random)) {
      const row = (byNoSplitKind[kind] ??= { cases: 0, kept: 0 });
      row.cases++;
      const result = clean(input);
      if (result.tail === null) row.kept++;
      else failures.push(`${article.id} ${kind}: split at ${result.tail.start} (${result.tail.language}) though nothing should be`);
    }
  }
  const foreignMain = foreignArticles(articles, blurbs, failures);
  const noSplitRows = Object.values(byNoSplitKind);
  return {
    cases,
    exact,
    byLanguage,
    byNoSplitKind,
    mustKeepWhole: noSplitRows.reduce((sum, row) => sum + row.cases, 0),
    keptWhole: noSplitRows.reduce((sum, row) => sum + row.kept, 0),
    foreignMain,
    francCallsPerCase: francCalls / Math.max(1, cases),
    failures,
  };
}

function noSplitInputs(article: Article, blurbs: ForeignBlurb[], random: ReturnType<typeof seededRandom>): Array<[string, string]> {
  const paragraphs = article.text.trim().split(/\n\n/);
  const inputs: Array<[string, string]> = [
    ['ends with metadata lines', `${article.text.trim()}\n\nSource: ${article.outlet}\n\nPublished on Oct 4, 2020\n`],
  ];
  const foreign = blurbs.filter((blurb) => blurb.language !== 'en');
  if (foreign.length && paragraphs.length >= 4) {
    const blurb = random.pick(foreign);
    const quote = blurb.text.split(/\n\n/)[0]!;
    const middle = Math.floor(paragraphs.length / 2);
    inputs.push(['foreign paragraph in the middle', [...paragraphs.slice(0, middle), quote, ...paragraphs.slice(middle)].join('\n\n') + '\n']);
    const phrase = quote.split(' ').slice(0, 6).join(' ');
    const last = paragraphs.length - 1;
    inputs.push(['foreign phrase quoted at the end', [...paragraphs.slice(0, last), `${paragraphs[last]} As the sign read: “${phrase}”.`].join('\n\n') + '\n']);
  }
  return inputs;
}

/**
 * Non-English articles with an English tail: our own German and Dutch articles, and "articles"
 * made of the blurbs of one language, each followed by an English ending (an English promo
 * blurb where there is one, else the last paragraphs of an English article).
 */
function foreignArticles(articles: Article[], blurbs: ForeignBlurb[], failures: string[]) {
  const languages = [...new Set(blurbs.map((blurb) => blurb.language))].filter((language) => language !== 'en' && blurbs.filter((blurb) => blurb.language === language).length >= 3);
  const bodies = [
    ...loadForeignArticles().map((article) => ({ id: article.id, text: `${article.text}\n` })),
    ...languages.map((language) => ({ id: `${language} blurbs`, text: `${blurbs.filter((blurb) => blurb.language === language).map((blurb) => blurb.text).join('\n\n')}\n` })),
  ];
  const englishTails = [
    ...blurbs.filter((blurb) => blurb.language === 'en').map((blurb) => blurb.text),
    ...articles.slice(0, 4).map((article) => article.text.trim().split(/\n\n/).slice(-3).join('\n\n')),
  ];
  let cases = 0;
  let exact = 0;
  bodies.forEach((body, index) => {
    const tail = englishTails[index % Math.max(1, englishTails.length)];
    if (!tail) return;
    const result = clean(`${body.text}\n${tail}\n`);
    cases++;
    if (result.tail?.start === body.text.length) exact++;
    else failures.push(`${body.id} + English tail: split at ${result.tail?.start ?? 'none'}, expected ${body.text.length} (main ${result.language})`);
  });
  return { cases, exact };
}
