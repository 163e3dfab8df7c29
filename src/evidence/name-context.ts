import { isDeterminer } from '../language/determiners.js';
import { isStopword } from '../language/stopwords.js';
import { startsLower, type WordToken } from './words.js';

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
]);

export function nameContext(tokens: readonly WordToken[], index: number, text: string, language: string): NameContext {
  const token = tokens[index]!;
  const previous = tokens[index - 1];
  const next = tokens[index + 1];
  if (previous && token.joinedToPrevious && (isDeterminer(previous.text, language) || /^\d/.test(previous.text))) return 'common';
  if (token.text !== token.base) return 'name';
  const after = text.slice(token.end, next?.start ?? text.length);
  if (next && /^[ \t]+$/.test(after)) {
    const following = next.text.toLowerCase();
    if (VERB_AFTER_NAME.has(following)) return 'name';
    // `apple orchards` or `acme sells`: a modifier or a name before its verb; no part-of-speech tagger here.
    if (startsLower(next.text) && !isStopword(following, language)) return 'before-word';
    return 'neutral';
  }
  // Punctuation after it (`… with apple, which`): a name or a mass noun alike.
  return 'neutral';
}
