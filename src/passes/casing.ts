/**
 * casing: a name written in lower case against how the rest of the same article spells it.
 *
 * Fixes `would mean oracle would` -> `Oracle` where the article writes `Oracle` mid-sentence
 * again and again, `byteDance’s board` -> `ByteDance’s`, `smith said` -> `Smith` after
 * `Mr. Smith` and `Mr Smith`.
 *
 * Leaves alone function words that collide with acronyms (`us`/`US`, `it`/`IT`, `who`/`WHO`),
 * a word the article itself writes in lower case more than once (`president` beside
 * `President Trump`), capitals that come from a longer name (`National Security Agency`
 * proves nothing about `national security`), a common noun after a determiner (`an apple`
 * beside `Apple`, `10 times` beside `the Times`), sentence starts, headlines, and every word
 * that already starts with a capital (`WASHINGTON`, `iPhone` stays as the article has it).
 */
import type { Document } from '../document.js';
import { makeEdit, type Edit } from '../edit.js';
import { casingCensus, type FormCount } from '../evidence/casing.js';
import { startsLower, startsUpper } from '../evidence/words.js';
import { isDeterminer } from '../language/determiners.js';
import { isStopword } from '../language/stopwords.js';

const ID = 'casing';
const MIN_EVIDENCE = 2;
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
      if (token.place !== 'middle' || !startsLower(token.base)) return;
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
      let confidence = 0.55 + 0.1 * Math.min(evidence, 4);
      if (acronym) confidence -= 0.15;
      if (NOUN_CAPITALISING.has(doc.language)) confidence -= 0.3;
      edits.push(
        makeEdit(ID, token.start, token.start + token.base.length, target.form,
          `the article writes “${target.form}” ${times(evidence)} mid-sentence and “${token.base}” ${times(lowerUses)}`, confidence),
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

function times(count: number): string {
  return count === 1 ? 'once' : count === 2 ? 'twice' : `${count} times`;
}
