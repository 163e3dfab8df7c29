/**
 * html-entities: HTML character references left undecoded by the scraper.
 *
 * Fixes `Q&amp;A` -> `Q&A`, `&nbsp;` -> a no-break space, `it&#8217;s` -> `it’s`,
 * `&#x2014;` -> `—`, `100&percnt;` -> `100%`, `&#133;` -> `…` (numeric references in the
 * Windows-1252 range mean its characters, as browsers read them), an entity name typed in
 * capitals (`&EURO;` -> `€`, `&SCARON;` -> `Š`), and a doubly escaped one a round at a time
 * (`&amp;amp;` -> `&amp;` -> `&`). Decoding is done by the `entities` package (the HTML5 table).
 *
 * Leaves alone an ampersand that is not a complete reference (`AT&T`, `&not html` in prose,
 * `&#20x6;`, unknown names like `&foo;`), references in code (fenced blocks, `inline code`,
 * <code>) or named by the sentence (`write "&amp;"`, `the &nbsp; entity`), and an escaped `<`
 * that starts a tag name (`&lt;div&gt;`): decoded, it would read as markup, not as the text
 * the page showed.
 */
import { createRequire } from 'node:module';
import type { Document } from '../document.js';
import { makeEdit, type Edit } from '../edit.js';
import { codeRanges, insideAny, isMentioned } from '../html/code-context.js';

const ID = 'html-entities';
const REFERENCE = /&(?:#[0-9]{1,10}|#[xX][0-9a-fA-F]{1,8}|[A-Za-z][A-Za-z0-9]{1,31});/g;
/** `&lt;` before a tag name, or the `&gt;` that closes such an escaped tag. */
const ESCAPED_TAG_OPEN = /^&lt;\/?[A-Za-z]/i;
const ESCAPED_TAG_CLOSE = /&lt;\/?[A-Za-z][^<>\n]*$/i;

type Decode = (text: string) => string;
let decodeStrict: Decode | undefined;

/** The HTML5 entity table is loaded on first use: most texts have no entity at all. */
function decode(reference: string): string {
  if (!decodeStrict) {
    const require = createRequire(import.meta.url);
    decodeStrict = (require('entities/decode') as { decodeHTMLStrict: Decode }).decodeHTMLStrict;
  }
  return decodeStrict(reference);
}

/** `&EURO;`: an entity name in capitals means the lower-case entity, capitalised. */
function decodeLeniently(reference: string): string | undefined {
  const decoded = decode(reference);
  if (decoded !== reference) return decoded;
  const name = reference.slice(1, -1);
  if (name !== name.toUpperCase() || name.startsWith('#')) return undefined;
  const lower = decode(reference.toLowerCase());
  return lower !== reference.toLowerCase() && [...lower].length === 1 ? lower.toUpperCase() : undefined;
}

export const htmlEntities = {
  id: ID,
  description: 'Decodes HTML entities left in the text: “&amp;” -> “&”, “&#8217;” -> “’”.',
  defaultOn: true,
  run(doc: Document): Edit[] {
    if (!doc.text.includes('&')) return [];
    const code = codeRanges(doc);
    const edits: Edit[] = [];
    for (const match of doc.text.matchAll(REFERENCE)) {
      const start = match.index;
      const end = start + match[0].length;
      if (insideAny(code, start, end) || isMentioned(doc.text, start, end) || escapesMarkup(doc.text, start, end)) continue;
      const decoded = decodeLeniently(match[0]);
      if (decoded === undefined) continue;
      edits.push(makeEdit(ID, start, end, decoded, `the HTML entity ${match[0]} stands for ${describe(decoded)}`, 0.95));
    }
    return edits;
  },
};

function escapesMarkup(text: string, start: number, end: number): boolean {
  const reference = text.slice(start, end).toLowerCase();
  if (reference === '&lt;') return ESCAPED_TAG_OPEN.test(text.slice(start, end + 2));
  if (reference === '&gt;') return ESCAPED_TAG_CLOSE.test(text.slice(Math.max(0, start - 200), start));
  return false;
}

function describe(decoded: string): string {
  if (decoded === '\u00a0') return 'a no-break space';
  const printable = /^[\p{L}\p{N}\p{P}\p{S}]+$/u.test(decoded);
  const points = [...decoded].map((char) => `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`).join(' ');
  return printable ? `“${decoded}”` : points || 'nothing';
}
