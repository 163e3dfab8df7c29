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
import { casingCensus, type FormCount } from '../evidence/casing.js';
import { startsLower, startsUpper, type WordToken } from '../evidence/words.js';
import { isDeterminer } from '../language/determiners.js';
import { isStopword } from '../language/stopwords.js';

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
    const { tokens, forms } = doc.evidence(casingCensus);
    const edits: Edit[] = [];
    tokens.forEach((token, index) => {
      if (token.place !== 'middle' || !startsLower(token.base) || partOfIdentifier(doc.text, token)) return;
      const key = token.base.toLowerCase();
      if (isStopword(key, doc.language) || [...key].length < 2) return;
      const spellings = forms.get(key)!;
      const target = dominantCapitalised(spellings);
      if (!target) return;
      const lowerUses = [...spellings].filter(([form]) => !startsUpper(form)).reduce((sum, [, count]) => sum + count.standalone, 0);
      const evidence = target.count.standalone;
      if (evidence < MIN_EVIDENCE || (lowerUses > 1 && evidence < 4 * lowerUses)) return;
      const previous = tokens[index - 1];
      if (previous && token.joinedToPrevious && (isDeterminer(previous.text, doc.language) || /^\d/.test(previous.text))) return;
      const acronym = target.form.length > 1 && target.form === target.form.toUpperCase();
      if (acronym && evidence < 3) return;
      // Each doubt leaves the edit below the default threshold: a suggestion, never applied unasked.
      const doubts = [
        acronym && 'an acronym',
        target.count.leadsName > 0 && `“${target.form}” also starts a longer name`,
        target.count.beforeWord === evidence && `“${target.form}” is only seen before another word`,
        NOUN_CAPITALISING.has(doc.language) && 'this language capitalises every noun',
      ].filter((doubt): doubt is string => doubt !== false);
      const confidence = 0.55 + 0.1 * Math.min(evidence, 4) - SUGGESTION_ONLY * doubts.length;
      const reason = `the article writes “${target.form}” ${times(evidence)} mid-sentence and “${token.base}” ${times(lowerUses)}`;
      edits.push(
        makeEdit(ID, token.start, token.start + token.base.length, target.form,
          doubts.length ? `${reason}; only a suggestion: ${doubts.join(', ')}` : reason, confidence),
      );
    });
    return edits;
  },
};

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
