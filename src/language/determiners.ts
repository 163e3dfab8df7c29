/**
 * Words that turn the next word into a common noun: `an apple`, `the times we met`,
 * `a smith`. A lower-case word after one of them is the common word, not a misspelt name.
 */
const DETERMINERS: Readonly<Record<string, readonly string[]>> = {
  eng: ['a', 'an', 'the', 'this', 'that', 'these', 'those', 'his', 'her', 'its', 'our', 'their', 'my', 'your', 'some', 'any', 'every', 'each', 'no', 'another', 'such', 'one', 'two', 'three', 'many', 'few', 'several', 'what', 'which', 'whose', 'more', 'most', 'less'],
  nld: ['de', 'het', 'een', 'deze', 'dit', 'die', 'dat', 'zijn', 'haar', 'hun', 'ons', 'onze', 'uw', 'mijn', 'elk', 'elke', 'geen', 'veel'],
  deu: ['der', 'die', 'das', 'den', 'dem', 'des', 'ein', 'eine', 'einen', 'einem', 'einer', 'eines', 'kein', 'keine', 'dieser', 'diese', 'dieses', 'sein', 'seine', 'ihr', 'ihre', 'unser', 'unsere'],
  fra: ['le', 'la', 'les', 'l', 'un', 'une', 'des', 'du', 'ce', 'cet', 'cette', 'ces', 'son', 'sa', 'ses', 'leur', 'leurs', 'mon', 'ma', 'mes', 'notre', 'nos', 'votre', 'vos'],
  spa: ['el', 'la', 'los', 'las', 'un', 'una', 'unos', 'unas', 'este', 'esta', 'estos', 'estas', 'ese', 'esa', 'su', 'sus', 'mi', 'mis', 'nuestro', 'nuestra'],
  ita: ['il', 'lo', 'la', 'i', 'gli', 'le', 'l', 'un', 'uno', 'una', 'questo', 'questa', 'quel', 'quella', 'suo', 'sua', 'loro'],
  por: ['o', 'a', 'os', 'as', 'um', 'uma', 'uns', 'umas', 'este', 'esta', 'esse', 'essa', 'seu', 'sua', 'nosso', 'nossa'],
};

const SETS = new Map(Object.entries(DETERMINERS).map(([language, words]) => [language, new Set(words)]));

export function isDeterminer(word: string, language: string): boolean {
  return (SETS.get(language) ?? SETS.get('eng')!).has(word.toLowerCase());
}

/** Articles only: `the Times`, `the Guardian` -- a capital right after one belongs to a title. */
const ARTICLES: Readonly<Record<string, readonly string[]>> = {
  eng: ['the', 'a', 'an'],
  nld: ['de', 'het', 'een'],
  deu: ['der', 'die', 'das', 'den', 'dem', 'des', 'ein', 'eine', 'einen', 'einem', 'einer', 'eines'],
  fra: ['le', 'la', 'les', 'l', 'un', 'une'],
  spa: ['el', 'la', 'los', 'las', 'un', 'una'],
  ita: ['il', 'lo', 'la', 'i', 'gli', 'le', 'l', 'un', 'uno', 'una'],
  por: ['o', 'a', 'os', 'as', 'um', 'uma'],
};

const ARTICLE_SETS = new Map(Object.entries(ARTICLES).map(([language, words]) => [language, new Set(words)]));

export function isArticle(word: string, language: string): boolean {
  return (ARTICLE_SETS.get(language) ?? ARTICLE_SETS.get('eng')!).has(word.toLowerCase());
}
