import { isDeterminer } from '../language/determiners.js';
import { isStopword } from '../language/stopwords.js';
import { startsLower, type TokenList } from './words.js';

/**
 * Whether the words around a lower-case token use it as a name or as a common word, for words
 * that are both (`apple`, `amazon`, `smith`). English grammar gives it away: a singular common
 * noun needs a determiner (`an apple`, `the amazon`), a noun before another noun modifies it
 * (`apple orchards`), while a name stands bare before a verb or a possessive
 * (`said apple would`, `smith said`, `apple’s chief`). Before another lower-case word it may be
 * either (`apple orchards`, `acme sells`).
 */
export type NameContext = 'name' | 'common' | 'before-word' | 'neutral';

const VERB_AFTER_NAME = new Set([
  'said', 'says', 'told', 'has', 'had', 'have', 'is', 'was', 'will', 'would', 'could', 'can', 'should', 'may', 'might', 'must',
  'announced', 'reported', 'added', 'also', 'which', 'who', 'declined', 'did', 'does', 'didn’t', "didn't", 'wants', 'wanted',
  'plans', 'planned', 'agreed', 'sued', 'bought', 'sold', 'launched', 'confirmed', 'denied', 'argued', 'wrote', 'explained',
  ...["won't", "can't", "couldn't", "wouldn't", "shouldn't", "doesn't", "isn't", "wasn't", "hasn't", "haven't", "hadn't"].flatMap((verb) => [verb, verb.replace("'", '’')]),
]);

export function nameContext(tokens: TokenList, index: number, text: string, language: string): NameContext {
  return determined(tokens, index, language) ? 'common' : contextAfter(tokens, index, text, language);
}

/**
 * A determiner or a count right before the word (`an apple`, `10 times`). An age or a measure
 * made one word with a hyphen (`52-year-old grace`, `a 10-day trip`) describes; it counts nothing.
 */
export function determined(tokens: TokenList, index: number, language: string): boolean {
  const token = tokens.at(index)!;
  const previous = tokens.at(index - 1);
  if (!previous || !token.joinedToPrevious) return false;
  if (/^\d/.test(previous.text)) return !HYPHENATED_MEASURE.test(previous.text);
  return isDeterminer(previous.text, language) && !(language === 'eng' && opensClause(tokens, index - 1));
}

const HYPHENATED_MEASURE = /^[\d.,]+-\p{L}/u;

/**
 * `which` after punctuation (`the program, which acme founder …`), and `that` or `what` after
 * a verb of saying or before a verb (`alleged that noel …`, `the keyboard that acme has`, `what
 * acme is calling`) open a clause: they determine no noun. Before another word (`that apple
 * pie`) the determiner reading stays.
 */
function opensClause(tokens: TokenList, index: number): boolean {
  const opener = tokens.at(index)!;
  const word = opener.text.toLowerCase();
  if (word === 'which') return opener.place === 'middle' && !opener.joinedToPrevious;
  if (word !== 'that' && word !== 'what') return false;
  const verb = tokens.at(index - 1);
  if (opener.joinedToPrevious && verb !== undefined && CLAUSE_VERBS.has(verb.text.toLowerCase())) return true;
  return ['name', 'neutral'].includes(contextAfterWord(tokens, index + 1, 'eng'));
}

const CLAUSE_VERBS = new Set([
  'said', 'says', 'say', 'alleged', 'alleges', 'asserted', 'asserts', 'agree', 'agreed', 'agrees', 'claimed', 'claims', 'argued', 'argues', 'noted', 'notes', 'reported', 'reports',
  'believes', 'believed', 'thinks', 'thought', 'announced', 'added', 'found', 'showed', 'shows', 'suggests', 'suggested',
  'insisted', 'insists', 'warned', 'warns', 'acknowledged', 'admitted', 'confirmed', 'denied', 'stated', 'states', 'clear',
]);

/** What the words after the token say, whatever stands before it. */
export function contextAfter(tokens: TokenList, index: number, text: string, language: string): Exclude<NameContext, 'common'> {
  const token = tokens.at(index)!;
  const next = tokens.at(index + 1);
  if (token.text !== token.base) return 'name';
  const after = text.slice(token.end, next?.start ?? text.length);
  // Punctuation after it (`… with apple, which`): a name or a mass noun alike.
  if (!next || !/^[ \t]+$/.test(after)) return 'neutral';
  return contextAfterWord(tokens, index, language);
}

/** As `contextAfter`, where the next token is known to follow after spaces alone (`joinedToPrevious`). */
function contextAfterWord(tokens: TokenList, index: number, language: string): Exclude<NameContext, 'common'> {
  const token = tokens.at(index)!;
  const next = tokens.at(index + 1);
  if (token.text !== token.base) return 'name';
  if (!next || !next.joinedToPrevious) return 'neutral';
  const following = next.text.toLowerCase();
  if (VERB_AFTER_NAME.has(following)) return 'name';
  // `apple orchards` or `acme sells`: a modifier or a name before its verb; no part-of-speech tagger here.
  if (startsLower(next.text) && !isStopword(following, language)) return 'before-word';
  return 'neutral';
}
