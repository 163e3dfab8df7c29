import type { Document } from '../document.js';
import { isArticle } from '../language/determiners.js';
import { isStopword } from '../language/stopwords.js';
import { lowerCase } from '../text/chars.js';
import { ASCII_KEY, baseEnd, keyHash, MIDDLE, PLACE_MASK, STARTS_LOWER, STARTS_UPPER, textOf, tokenIs, wordTokens, type TokenList, type WordToken } from './words.js';

/**
 * How the document spells each word, counted once per round and shared by the passes.
 * A capitalised spelling counts as evidence for a name only where grammar does not explain the
 * capital: mid-sentence and standing alone. Inside a longer name (`National Security Agency`,
 * `People's Daily`, `Bill Shorten`) the capital belongs to the name, not to the bare word; so
 * does a title before a name (`President Smith` says nothing about `president`) and a capital
 * right after an article (`the Times`, `the Guardian` say nothing about `at times`, `legal
 * guardian`). After a title (`Mr Smith`) the name still stands for itself.
 */
export interface FormCount {
  /** Mid-sentence, not part of a run of capitalised words. */
  standalone: number;
  /** Mid-sentence, inside a run of capitalised words, as a title before a name, or after an article. */
  inName: number;
  /** Of `inName`: right after an article and ending the name there (`the Thunder`, not `the National Security Agency`). */
  afterArticle: number;
  /** Sentence-initial or ambiguous. */
  elsewhere: number;
  /**
   * Anywhere, directly followed by another capitalised word of the same sentence: the first
   * part of a name (`Rose Lee`, `Grant Hill`), whose lower-case twin is often a word of its own
   * (`shares rose`, `a grant`).
   */
  leadsName: number;
  /**
   * Of `standalone`: directly followed by a lower-case content word, as an adjective is
   * (`Black voters`, `Democratic lawmakers`). A capital seen only there may be a style for an
   * adjective whose lower-case twin is right (`black clothes`, `democratic norms`).
   */
  beforeWord: number;
}

export interface CasingCensus {
  tokens: TokenList;
  /** Index -> lower-cased base, for every token (anywhere) of a word in `forms`; in text order. */
  candidates: ReadonlyMap<number, string>;
  /**
   * Lower-cased word -> spelling -> counts, for the words the casing pass could fix: written in
   * lower case mid-sentence and with a capital somewhere. No other word needs counting.
   */
  forms: ReadonlyMap<string, ReadonlyMap<string, FormCount>>;
  /**
   * Two capitalised words in a row mid-sentence, as written (`Manchester United`, `Stack
   * Overflow`) -> how often: a name spelt out in full proves how its second word is cased
   * right after its first, even where the word alone is common (`Manchester united`).
   */
  nameBigrams: ReadonlyMap<string, number>;
  /**
   * A capitalised word followed by a connector and another capitalised word (`Bureau of
   * Prisons`, `Museum of Neon Art`), keyed `Bureau of`: proof of how the head of such a name is
   * cased where the scrape wrote `bureau of Prisons`.
   */
  nameHeads: ReadonlyMap<string, number>;
}

/** The connector after `index` and a capitalised word after it, all joined by spaces: `of Prisons`. */
export function connectorBeforeName(tokens: TokenList, index: number): WordToken | null {
  const connector = index + 1;
  const name = index + 2;
  if (name >= tokens.length || !tokenIs.joined(tokens, connector) || !tokenIs.joined(tokens, name)) return null;
  return NAME_CONNECTORS.has(textOf(tokens, connector).toLowerCase()) && tokenIs.capitalised(tokens, name) ? tokens.at(connector)! : null;
}

export function bigramKey(first: string, second: string): string {
  return `${first} ${second}`;
}

/** Lower-case words that join the parts of one name: `Secretary of State`, `Ludwig van Beethoven`. */
// Not `and` / `or`: `Uber and Lyft` are two names, each standing for itself.
const NAME_CONNECTORS = new Set(['of', 'de', 'du', 'van', 'von', 'der', 'den', 'del', 'della', 'di', 'da', 'la', 'le']);

export function casingCensus(doc: Document): CasingCensus {
  const tokens = doc.evidence(wordTokens);
  const keys = keyHashes(tokens);
  const candidates = tokensOf(tokens, keys, candidateWords(tokens, keys, doc.language));
  const forms = new Map<string, Map<string, FormCount>>();
  const nameBigrams = new Map<string, number>();
  const nameHeads = new Map<string, number>();
  candidates.forEach((key, index) => {
    const base = tokens.text.slice(tokens.starts[index]!, baseEnd(tokens, index));
    const middle = tokenIs.middle(tokens, index);
    const capitalised = tokenIs.capitalised(tokens, index);
    const leads = leadsName(tokens, index);
    const connector = middle && capitalised ? connectorBeforeName(tokens, index) : null;
    if (connector) {
      const key = bigramKey(base, connector.text);
      nameHeads.set(key, (nameHeads.get(key) ?? 0) + 1);
    }
    // Only a bigram that ends its name counts: `Korean President Yoon` says nothing about `Korean president`.
    if (index > 0 && tokenIs.joined(tokens, index) && middle && tokenIs.capitalised(tokens, index - 1) && capitalised && !leads) {
      const key = bigramKey(textOf(tokens, index - 1), base);
      nameBigrams.set(key, (nameBigrams.get(key) ?? 0) + 1);
    }
    let spellings = forms.get(key);
    if (!spellings) forms.set(key, (spellings = new Map()));
    let count = spellings.get(base);
    if (!count) spellings.set(base, (count = { standalone: 0, inName: 0, afterArticle: 0, elsewhere: 0, leadsName: 0, beforeWord: 0 }));
    if (leads) count.leadsName++;
    if (!middle) count.elsewhere++;
    else if (capitalised && explainedByContext(tokens, index, doc.language)) {
      count.inName++;
      if (afterArticle(tokens, index, doc.language) && !leads) count.afterArticle++;
    } else {
      count.standalone++;
      if (beforeWord(tokens, index, doc.language)) count.beforeWord++;
    }
  });
  return { tokens, candidates, forms, nameBigrams, nameHeads };
}

/**
 * Words the casing pass could fix: written in lower case mid-sentence and with a capital
 * mid-sentence too (every way to a fix needs that much evidence), not function words. Words
 * are compared by a hash of their lower case first (`KeyHashes`), so that only likely matches
 * are cut out of the text and lower-cased, and only their place in the sentence worked out.
 */
function candidateWords(tokens: TokenList, keys: KeyHashes, language: string): Set<string> {
  // Chains of the capitalised tokens by bucket of their hash, in typed arrays: most words never
  // have a lower-case twin, and a map of arrays cost more to build than the search it served.
  // Twice as many buckets as capitalised words keeps the chains short on a page of any length.
  let capitalisedCount = 0;
  for (let index = 0; index < tokens.length; index++) if ((tokens.kinds[index]! & STARTS_UPPER) !== 0) capitalisedCount++;
  const mask = bucketsFor(capitalisedCount) - 1;
  const nextInBucket = new Int32Array(tokens.length);
  const usedBuckets: number[] = [];
  for (let index = 0; index < tokens.length; index++) {
    if ((tokens.kinds[index]! & STARTS_UPPER) === 0) continue;
    const bucket = keys.hashOf(index) & mask;
    if (firstInBucket[bucket] === -1) usedBuckets.push(bucket);
    nextInBucket[index] = firstInBucket[bucket]!;
    firstInBucket[bucket] = index;
  }
  const candidates = new Set<string>();
  try {
    if (usedBuckets.length > 0) findCandidates(tokens, keys, language, { mask, nextInBucket }, candidates);
  } finally {
    for (const bucket of usedBuckets) firstInBucket[bucket] = -1;
  }
  return candidates;
}

/** The last capitalised token of each bucket of hashes (-1: none); emptied after each use, grown for a long page. */
let firstInBucket = new Int32Array(1 << 12).fill(-1);

function bucketsFor(words: number): number {
  let buckets = 1 << 8;
  while (buckets < 2 * words) buckets *= 2;
  if (buckets > firstInBucket.length) firstInBucket = new Int32Array(buckets).fill(-1);
  return buckets;
}

interface Chains {
  mask: number;
  nextInBucket: Int32Array;
}

function findCandidates(tokens: TokenList, keys: KeyHashes, language: string, chains: Chains, candidates: Set<string>): void {
  // A key is judged once: out at once if a function word, else at its first use mid-sentence.
  // (No closures over the loop's variables: each would cost an allocation a word.)
  const judged = new Map<number, string>();
  const judgedOther = new Set<string>();
  for (let index = 0; index < tokens.length; index++) {
    if ((tokens.kinds[index]! & STARTS_LOWER) === 0) continue;
    const hash = keys.hashOf(index);
    const first = firstInBucket[hash & chains.mask]!;
    if (first === -1 || !hasHash(keys, chains.nextInBucket, first, hash)) continue;
    const seen = judged.get(hash);
    if (seen !== undefined && keys.is(index, seen)) continue;
    const key = keys.of(index);
    if (judgedOther.has(key)) continue;
    const candidate = isCandidateWord(key, language);
    if (candidate && !isMiddle(tokens, index)) continue;
    if (seen === undefined) judged.set(hash, key);
    else judgedOther.add(key);
    if (candidate && writtenMidSentence(tokens, keys, chains.nextInBucket, first, hash, key)) candidates.add(key);
  }
}

function hasHash(keys: KeyHashes, nextInBucket: Int32Array, first: number, hash: number): boolean {
  for (let entry = first; entry !== -1; entry = nextInBucket[entry]!) if (keys.hashOf(entry) === hash) return true;
  return false;
}

function isMiddle(tokens: TokenList, index: number): boolean {
  return (tokens.flagsOf(index) & PLACE_MASK) === MIDDLE;
}

/** One of the capitalised tokens chained from `first` is `key` mid-sentence. */
function writtenMidSentence(tokens: TokenList, keys: KeyHashes, nextInBucket: Int32Array, first: number, hash: number, key: string): boolean {
  for (let entry = first; entry !== -1; entry = nextInBucket[entry]!) {
    if (keys.hashOf(entry) === hash && isMiddle(tokens, entry) && keys.of(entry) === key) return true;
  }
  return false;
}

const FEW_KEYS = 8;

function includes(hashes: Int32Array, hash: number): boolean {
  for (let index = 0; index < hashes.length; index++) if (hashes[index] === hash) return true;
  return false;
}

/** Index -> key of every token whose key is one of `wanted`, in text order. */
function tokensOf(tokens: TokenList, keys: KeyHashes, wanted: ReadonlySet<string>): Map<number, string> {
  const found = new Map<number, string>();
  if (wanted.size === 0) return found;
  // A few keys as a rule, compared one by one (faster than a set); a long page's many, by a set.
  const hashes = Int32Array.from(wanted, keyHash);
  const hashSet = hashes.length > FEW_KEYS ? new Set(hashes) : null;
  for (let index = 0; index < tokens.length; index++) {
    if ((tokens.kinds[index]! & ASCII_KEY) !== 0 && !(hashSet ? hashSet.has(tokens.hashes[index]!) : includes(hashes, tokens.hashes[index]!))) continue;
    const key = keys.of(index);
    if (wanted.has(key)) found.set(index, key);
  }
  return found;
}

/**
 * Each token's key (its base, lower-cased) as a hash, computed from the text without cutting
 * the word out, for the tokens of ASCII letters; the key itself on request, once.
 */
interface KeyHashes {
  /** `keyHash` of the key, for any token. */
  hashOf(index: number): number;
  of(index: number): string;
  /** `of(index) === key`, without cutting out an ASCII word. */
  is(index: number, key: string): boolean;
}

function keyHashes(tokens: TokenList): KeyHashes {
  const text = tokens.text;
  const hashes = tokens.hashes;
  const asciiKey = (index: number) => (tokens.kinds[index]! & ASCII_KEY) !== 0;
  const known = new Map<number, string>();
  const of = (index: number) => {
    let key = known.get(index);
    if (key === undefined) known.set(index, (key = lowerCase(text.slice(tokens.starts[index]!, baseEnd(tokens, index)))));
    return key;
  };
  const hashOf = (index: number) => (asciiKey(index) ? hashes[index]! : keyHash(of(index)));
  const is = (index: number, key: string) => {
    if (!asciiKey(index)) return of(index) === key;
    const start = tokens.starts[index]!;
    if (baseEnd(tokens, index) - start !== key.length) return false;
    for (let at = 0; at < key.length; at++) {
      const code = text.charCodeAt(start + at);
      if ((code >= 65 && code <= 90 ? code + 32 : code) !== key.charCodeAt(at)) return false;
    }
    return true;
  };
  return { hashOf, of, is };
}


/** Function words collide with acronyms (`us`/`US`) and single letters with initials: never fixed. */
export function isCandidateWord(key: string, language: string): boolean {
  return !isStopword(key, language) && [...key].length >= 2;
}

function explainedByContext(tokens: TokenList, index: number, language: string): boolean {
  return partOfLongerName(tokens, index, language) || afterArticle(tokens, index, language);
}

// The neighbours are read by index (`tokenIs`), not as objects: the census asks about each
// candidate's neighbours a dozen times.

function partOfLongerName(tokens: TokenList, index: number, language: string): boolean {
  const exists = (at: number) => at >= 0 && at < tokens.length;
  const joinsName = (neighbour: number, beyond: number, linked: boolean) =>
    exists(neighbour) &&
    (tokenIs.capitalised(tokens, neighbour) ||
      (NAME_CONNECTORS.has(textOf(tokens, neighbour).toLowerCase()) && linked && exists(beyond) && tokenIs.capitalised(tokens, beyond)));
  const previous = index - 1;
  const next = index + 1;
  const namedBefore =
    tokenIs.joined(tokens, index) &&
    !tokenIs.afterHonorific(tokens, index) &&
    joinsName(previous, index - 2, exists(previous) && tokenIs.joined(tokens, previous)) &&
    // A capital that only starts the sentence (`But`, `The`) does not make a name.
    !(exists(previous) && tokenIs.initial(tokens, previous) && isStopword(textOf(tokens, previous), language));
  // A title before a name (`President Smith`) is part of it, like `Bill` in `Bill Shorten`.
  const namedAfter = exists(next) && tokenIs.joined(tokens, next) && joinsName(next, index + 2, exists(index + 2) && tokenIs.joined(tokens, index + 2));
  return namedBefore || namedAfter;
}

function leadsName(tokens: TokenList, index: number): boolean {
  const next = index + 1;
  // `Acme’s Chief Executive` ends a name with the possessive; it does not start one.
  return (
    tokenIs.capitalised(tokens, index) &&
    !tokenIs.possessive(tokens, index) &&
    next < tokens.length &&
    tokenIs.joined(tokens, next) &&
    tokenIs.middle(tokens, next) &&
    tokenIs.capitalised(tokens, next)
  );
}

function beforeWord(tokens: TokenList, index: number, language: string): boolean {
  const next = index + 1;
  // After `Mr` or with a possessive the word is a name, whatever follows (`Mr Jones ordered`).
  if (tokenIs.afterHonorific(tokens, index) || tokenIs.possessive(tokens, index)) return false;
  return next < tokens.length && tokenIs.joined(tokens, next) && tokenIs.lowerCase(tokens, next) && !isStopword(textOf(tokens, next), language);
}

function afterArticle(tokens: TokenList, index: number, language: string): boolean {
  return tokenIs.joined(tokens, index) && index > 0 && isArticle(textOf(tokens, index - 1), language);
}
