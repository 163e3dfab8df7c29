import { createRequire } from 'node:module';

/**
 * franc, loaded on first use (it adds about half of Node's own start-up time) and asked only
 * to choose among languages we expect, which removes its worst confusions on short text
 * (English taken for Scots, Dutch for Afrikaans).
 */
export const CANDIDATE_LANGUAGES: readonly string[] = [
  'eng', 'nld', 'deu', 'fra', 'spa', 'ita', 'por', 'pol', 'swe', 'dan', 'nob', 'fin', 'ces', 'slk', 'hun',
  'ron', 'tur', 'rus', 'ukr', 'bul', 'ell', 'arb', 'heb', 'hin', 'jpn', 'cmn', 'kor', 'vie', 'ind', 'cat',
  'hrv', 'srp', 'slv', 'lit', 'lvs', 'ekk',
];

type Franc = (text: string, options?: { only?: string[]; minLength?: number }) => string;

let franc: Franc | undefined;

function loadFranc(): Franc {
  if (!franc) {
    const require = createRequire(import.meta.url);
    franc = (require('franc') as { franc: Franc }).franc;
  }
  return franc;
}

export interface LanguageIdentifier {
  /** ISO 639-3 code, or `und` when the text is too short to tell. */
  identify(text: string): string;
  /** How many times franc ran: the cost the benchmark reports. */
  readonly calls: number;
}

export function createLanguageIdentifier(): LanguageIdentifier {
  return new CountingIdentifier();
}

// A class, not an object literal with a getter: V8 gives each such literal its own hidden class,
// kept until a full collection, and one identifier is made per cleaned text.
class CountingIdentifier implements LanguageIdentifier {
  #calls = 0;

  get calls(): number {
    return this.#calls;
  }

  identify(text: string): string {
    this.#calls++;
    return loadFranc()(text, { only: [...CANDIDATE_LANGUAGES], minLength: 20 });
  }
}
