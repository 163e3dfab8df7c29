/**
 * casing: a name written in lower case against how the rest of the same article spells it.
 *
 * Fixes `say acme sells` -> `Acme` where the article writes `Acme` mid-sentence again and
 * again, `zenCorp’s board` -> `ZenCorp’s`, `,” jones said` -> `Jones` after `Mr. Jones` and
 * `Mr Jones`.
 *
 * Leaves alone function words that collide with acronyms (`us`/`US`, `it`/`IT`, `who`/`WHO`),
 * handles, hashtags and paths (`@acme`, `#acme`, `example.org/acme`),
 * a word the article itself writes in lower case more than once (`a mark` beside `Mark`),
 * capitals that come from a longer name or a title (`National Security Agency` proves nothing
 * about `national security`, `President Smith` nothing about `president`, `the Times` nothing
 * about `at times`), a common noun after a determiner or a number (`an apple` beside `Apple`,
 * `10 times`), sentence, line and quotation starts, title-case headlines, and every word that
 * already starts with a capital (`WASHINGTON`, `iPhone` stays as the article has it). Only
 * suggests (below the default threshold) an acronym (`hearing aids` / `AIDS`), the first part
 * of a name (`shares rose` beside `Rose Lee`), a capital seen only before another word
 * (`black clothes` beside `Black voters`) and any fix in German, where `zu essen` beside
 * `in Essen` is another word.
 */
import type { Document } from '../document.js';
import { makeEdit, type Edit } from '../edit.js';
import { bigramKey, casingCensus, connectorBeforeName, type FormCount } from '../evidence/casing.js';
import { contextAfter, determined, nameContext, type NameContext } from '../evidence/name-context.js';
import { isArticle } from '../language/determiners.js';
import { startsUpper, tokenIs, type TokenList, type WordToken } from '../evidence/words.js';
import { englishWordLevel } from '../language/lexicon.js';

const ID = 'casing';
const MIN_EVIDENCE = 2;
/**
 * Takes the best case (0.95) under the default threshold (0.6), where the lower-case twin is
 * often a word of its own: an acronym (`hearing aids` / `AIDS`), the first part of a name
 * (`shares rose` / `Rose Lee`), a capital only ever seen before another word, as on an
 * adjective (`black clothes` / `Black voters`), and any word in a language that capitalises
 * every noun (`zu essen` / `in Essen`).
 */
const SUGGESTION_ONLY = 0.4;
/** Languages that capitalise every noun: a lower-case twin is often another word (`Essen`/`essen`). */
const NOUN_CAPITALISING = new Set(['deu', 'ltz']);

export const casing = {
  id: ID,
  description: 'Restores the capitals of a name written in lower case, by how the same article spells it elsewhere.',
  defaultOn: true,
  run(doc: Document): Edit[] {
    const { tokens, candidates, forms, nameBigrams, nameHeads } = doc.evidence(casingCensus);
    const edits: Edit[] = [];
    // Only the words the census counted can be fixed (see `isCandidateWord`).
    candidates.forEach((key, index) => {
      // Most candidates are the capitalised uses: answered from the columns, before any object.
      if (!tokenIs.middle(tokens, index) || !tokenIs.lowerCase(tokens, index)) return;
      const token = tokens.at(index)!;
      const spellings = forms.get(key)!;
      if (partOfIdentifier(doc.text, token)) return;
      const target = dominantCapitalised(spellings);
      if (!target) return;
      const previous = tokens.at(index - 1);
      const spelledOut = previous && token.joinedToPrevious && startsUpper(previous.text) ? (nameBigrams.get(bigramKey(previous.text, target.form)) ?? 0) : 0;
      if (spelledOut >= MIN_EVIDENCE) {
        const name = `${previous!.text} ${target.form}`;
        edits.push(makeEdit(ID, token.start, token.start + token.base.length, target.form,
          `the article writes the name “${name}” ${times(spelledOut)} mid-sentence`, 0.8 + 0.05 * Math.min(spelledOut, 3)));
        return;
      }
      // `bureau of Prisons` where the article writes `Bureau of Prisons`: the head of a name.
      const connector = connectorBeforeName(tokens, index);
      const headed = connector ? (nameHeads.get(bigramKey(target.form, connector.text)) ?? 0) : 0;
      if (headed >= 1) {
        edits.push(makeEdit(ID, token.start, token.start + token.base.length, target.form,
          `the article writes “${target.form} ${connector!.text} …” as a name ${times(headed)}, and a name follows here too`, 0.75 + 0.05 * Math.min(headed, 3)));
        return;
      }
      const context = nameContext(tokens, index, doc.text, doc.language);
      const evidence = target.count.standalone;
      let lowerUses = 0;
      let capitalUses = 0;
      for (const [form, count] of spellings) {
        if (startsUpper(form)) capitalUses += count.standalone + count.inName;
        else lowerUses += count.standalone;
      }
      const acronym = target.form.length > 1 && target.form === target.form.toUpperCase();
      const likeForLike = !acronym && lowerUses === 1 && doc.language === 'eng' ? sameUseAsTheName(tokens, index, doc.text, target, capitalUses, connector, spelledOut) : null;
      if (likeForLike) {
        edits.push(makeEdit(ID, token.start, token.start + token.base.length, target.form,
          `the article writes “${target.form}” ${times(capitalUses)} mid-sentence and never in lower case but here, ${likeForLike}`, 0.7));
        return;
      }
      const wordLevel = doc.language === 'eng' ? nameLikeness(token.base, key) : undefined;
      const base = baseConfidence(wordLevel, context, evidence, capitalUses, lowerUses - 1, target.count.inName);
      if (base === null) return;
      if (acronym && evidence < 3) return;
      // Each doubt leaves the edit below the default threshold: a suggestion, never applied unasked.
      const doubts = [
        acronym && 'an acronym',
        // Bare before a verb (`emirates had`) the word is a name, not a first name's twin (`shares rose`).
        wordLevel !== null && target.count.leadsName > 0 && !(context === 'name' && evidence > 0) && `“${target.form}” also starts a longer name`,
        wordLevel !== null && evidence > 0 && target.count.beforeWord === evidence && `“${target.form}” is only seen before another word`,
        NOUN_CAPITALISING.has(doc.language) && 'this language capitalises every noun',
      ].filter((doubt): doubt is string => doubt !== false);
      const reason = `the article writes “${target.form}” ${times(evidence)} mid-sentence and “${token.base}” ${times(lowerUses)}${
        wordLevel === null ? `, which is no English word` : context === 'name' ? ', here used as a name' : ''}`;
      edits.push(
        makeEdit(ID, token.start, token.start + token.base.length, target.form,
          doubts.length ? `${reason}; only a suggestion: ${doubts.join(', ')}` : reason, base - SUGGESTION_ONLY * doubts.length),
      );
    });
    return edits;
  },
};

/**
 * Where the lower-case word stands as the article's names stand, why; null elsewhere. The
 * head of a name before its connector (`museum of Neon Art` beside `Neon Museum` and `American
 * Sign Museum`), the end of a name the article spells out (`Premier league` beside `Champions
 * League` and `Premier League`), and a name after its article before a word (`the thunder won’t`
 * beside `the Thunder` three times and more), where the article never writes the common word.
 */
function sameUseAsTheName(tokens: TokenList, index: number, text: string, target: { form: string; count: FormCount }, capitalUses: number, connector: WordToken | null, spelledOut: number): string | null {
  if (connector && capitalUses >= MIN_EVIDENCE && !determined(tokens, index, 'eng')) {
    return `before a name (“${connector.text} ${tokens.at(index + 2)!.text}”) as the head of one`;
  }
  const previous = tokens.at(index - 1);
  if (!previous || !tokens.at(index)!.joinedToPrevious) return null;
  // Once spelt out suffices where the word closes names often (not `Christian order` beside `the Order`).
  if (spelledOut >= 1 && target.count.inName >= MIN_EVIDENCE) {
    return `closing the name “${previous.text} ${target.form}” as the article writes it, and the word closes names ${times(target.count.inName)}`;
  }
  const after = contextAfter(tokens, index, text, 'eng');
  if (isArticle(previous.text, 'eng') && target.count.afterArticle >= 3 && after !== 'neutral') {
    return `after “${previous.text}” as the article writes “${previous.text.toLowerCase()} ${target.form}” ${times(target.count.afterArticle)}`;
  }
  return null;
}

/**
 * How sure a lower-case twin of a capitalised word is a miscased name, or null when it is not.
 * A string that is no English word can only be the name, so two capitalised uses anywhere
 * suffice; an ordinary word needs the article to use the name mid-sentence
 * twice, and where the article also uses the common word, a context that only a name fits.
 */
function baseConfidence(wordLevel: number | null | undefined, context: NameContext, evidence: number, capitalUses: number, otherLowerUses: number, inNameUses = 0): number | null {
  if (wordLevel === null) {
    // No common word to mistake it for, so a determiner proves nothing (`the alibaba shares`).
    // Any mid-sentence capital counts here (`South Korea` is evidence for `korea`), but an article
    // that writes the lower case more than once has a style of its own (`tarot` beside `Tarot`).
    if (capitalUses < 2 || (otherLowerUses > 0 && capitalUses < 4 * (otherLowerUses + 1))) return null;
    return 0.8 + 0.05 * Math.min(capitalUses - 1, 3);
  }
  if (context === 'common') return null;
  // Bare before a verb (`emirates had`), only the name fits: a use inside a longer name counts too.
  const support = context === 'name' && otherLowerUses === 0 ? evidence + inNameUses : evidence;
  if (support < MIN_EVIDENCE) return null;
  // The article also uses the common word: only a place where the common word cannot stand
  // decides, and only while the name is at least as frequent (`tarot` 21 times beside `Tarot`
  // 3 times is the article's own style).
  if (otherLowerUses > 0) return context === 'name' && evidence >= otherLowerUses ? 0.7 : null;
  const commonWord = wordLevel !== undefined && wordLevel <= 20 ? 0.15 : 0;
  const contextShift = context === 'name' ? 0.05 : context === 'before-word' ? -0.1 : 0;
  return 0.55 + 0.1 * Math.min(evidence, 4) + contextShift - (context === 'name' ? 0 : commonWord);
}

/**
 * The SCOWL level of the word, or null where the lower-case form cannot be an ordinary word:
 * not in the lists, or written with an inner capital (`gateHouse`, though `gatehouse` is one).
 */
function nameLikeness(base: string, key: string): number | null {
  return /\p{Lu}/u.test(base.slice(1)) ? null : englishWordLevel(key);
}

function dominantCapitalised(spellings: ReadonlyMap<string, FormCount>): { form: string; count: FormCount } | null {
  let best: { form: string; count: FormCount } | null = null;
  for (const [form, count] of spellings) {
    if (startsUpper(form) && (!best || count.standalone > best.count.standalone)) best = { form, count };
  }
  return best;
}

/** `@acme`, `#acme`, `example.org/acme/news`: handles and paths are written as they must be typed. */
function partOfIdentifier(text: string, token: WordToken): boolean {
  return /[@#/\\_]/.test(text[token.start - 1] ?? '') || /[@/\\_]/.test(text[token.end] ?? '');
}

function times(count: number): string {
  return count === 1 ? 'once' : count === 2 ? 'twice' : `${count} times`;
}
