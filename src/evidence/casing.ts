import type { Document } from '../document.js';
import { isStopword } from '../language/stopwords.js';
import { startsUpper, wordTokens, type WordToken } from './words.js';

/**
 * How the document spells each word, counted once per round and shared by the passes.
 * A capitalised spelling counts as evidence for a name only where grammar does not explain the
 * capital: mid-sentence and standing alone. Inside a longer name (`National Security Agency`,
 * `People's Daily`, `Bill Shorten`) the capital belongs to the name, not to the bare word;
 * after a title (`Mr Smith`, `President Trump`) the word still stands for itself.
 */
export interface FormCount {
  /** Mid-sentence, not part of a run of capitalised words. */
  standalone: number;
  /** Mid-sentence, inside a run of capitalised words. */
  inName: number;
  /** Sentence-initial or ambiguous. */
  elsewhere: number;
}

export interface CasingCensus {
  tokens: readonly WordToken[];
  /** Lower-cased word -> spelling -> counts. */
  forms: ReadonlyMap<string, ReadonlyMap<string, FormCount>>;
}

/** Lower-case words that join the parts of one name: `Secretary of State`, `Ludwig van Beethoven`. */
const NAME_CONNECTORS = new Set(['of', 'the', 'and', 'for', 'de', 'du', 'van', 'von', 'der', 'den', 'del', 'della', 'di', 'da', 'la', 'le', 'y', 'e', 'on', 'in', 'at', "'s", '&']);

export function casingCensus(doc: Document): CasingCensus {
  const tokens = doc.evidence(wordTokens);
  const forms = new Map<string, Map<string, FormCount>>();
  tokens.forEach((token, index) => {
    const key = token.base.toLowerCase();
    let spellings = forms.get(key);
    if (!spellings) forms.set(key, (spellings = new Map()));
    let count = spellings.get(token.base);
    if (!count) spellings.set(token.base, (count = { standalone: 0, inName: 0, elsewhere: 0 }));
    if (token.place !== 'middle') count.elsewhere++;
    else if (startsUpper(token.base) && partOfLongerName(tokens, index, doc.language)) count.inName++;
    else count.standalone++;
  });
  return { tokens, forms };
}

function partOfLongerName(tokens: readonly WordToken[], index: number, language: string): boolean {
  const token = tokens[index]!;
  const previous = tokens[index - 1];
  const next = tokens[index + 1];
  const joinsName = (neighbour: WordToken | undefined, beyond: WordToken | undefined, linked: boolean) =>
    neighbour !== undefined &&
    (startsUpper(neighbour.text) ||
      (NAME_CONNECTORS.has(neighbour.text.toLowerCase()) && linked && beyond !== undefined && startsUpper(beyond.text)));
  const namedBefore =
    token.joinedToPrevious &&
    !token.afterHonorific &&
    joinsName(previous, tokens[index - 2], previous?.joinedToPrevious === true) &&
    // A capital that only starts the sentence (`But`, `The`) does not make a name.
    !(previous?.place === 'initial' && isStopword(previous.text, language));
  const namedAfter = next?.joinedToPrevious === true && !next.afterHonorific && joinsName(next, tokens[index + 2], tokens[index + 2]?.joinedToPrevious === true);
  return namedBefore || namedAfter;
}
