/**
 * How weird a stretch of text looks, as a sum over neighbouring characters. Mojibake leaves
 * patterns that real text almost never has: an accented capital glued to a symbol (`Ã©`,
 * `Ð±`), a symbol inside a word (`rÃ©gime`, `g√¢teaux`), a lower-case letter followed by
 * an accented capital (`rÃ`), Latin and Cyrillic letters in one word, C1 control characters.
 * Real text may have any one of these now and then (`NESTLÉ®`, `Ã’s`, `√π`), which is why
 * a repair must lower the measure, not just find a pattern.
 */
type Kind = 'space' | 'digit' | 'ascii' | 'letter' | 'mark' | 'typographic' | 'symbol' | 'math' | 'box' | 'control' | 'rare' | 'other';

interface CharInfo {
  kind: Kind;
  lower: boolean;
  upper: boolean;
  script: string;
}

/** Punctuation real text puts right after words or around them: `don’t`, `end…”`, `«oui»`. */
const TYPOGRAPHIC = new Set('’‘“”„‚…–—«»‹›¡¿·´`ʼ');
/** Followers that often end a word in real text, after a brand or a capital: `NESTLÉ®`, `VOCÊ…`. */
const WORD_ENDERS = new Set('…”’»®™©°–—');
/**
 * Letters that start the UTF-8 of the characters most often garbled, read as Windows-1252:
 * accented letters (`Ã`, `Â`), punctuation (`â`), specials and wide forms (`ï`), emoji (`ð`).
 * Followed by a symbol they are seen far more often as mojibake than as text.
 */
const STRONG_LEADS = new Set('ÂÃâïð');
/** The letters among Windows-1252's UTF-8 continuation bytes: `Ãœ` is `Ü`, `âœ”` is `✔`. */
const CONTINUATION_LETTERS = new Set('ŠšŒœŽžŸƒ');

const RARE = /[\p{Co}\p{Cn}\p{Cs}\u0250-\u02af\u0530-\u058f\u0591-\u05c7\u0700-\u08ff\u1800-\u18af\ufff0-\ufff8]/u;
const cache = new Map<string, CharInfo>();

function classify(char: string): CharInfo {
  let info = cache.get(char);
  if (!info) {
    info = { kind: kindOf(char), lower: /\p{Ll}/u.test(char), upper: /\p{Lu}|\p{Lt}/u.test(char), script: scriptOf(char) };
    cache.set(char, info);
  }
  return info;
}

const SCRIPTS = ['Latin', 'Cyrillic', 'Greek', 'Hebrew', 'Arabic', 'Thai', 'Devanagari'].map(
  (name) => [name, new RegExp(`\\p{Script_Extensions=${name}}`, 'u')] as const,
);

function scriptOf(char: string): string {
  return SCRIPTS.find(([, pattern]) => pattern.test(char))?.[0] ?? 'other';
}

/** Combining marks that go on any base: diacritics (`'̀`), overlays (`6̶`), variation selectors. */
const GENERIC_MARK = /[\u0300-\u036f\u20d0-\u20ff\ufe00-\ufe0f]/;

function kindOf(char: string): Kind {
  const code = char.codePointAt(0)!;
  if (/\s/u.test(char)) return 'space';
  if (/\p{Nd}/u.test(char)) return 'digit';
  if (code < 0x80) return /[A-Za-z]/.test(char) ? 'ascii' : code < 0x20 || code === 0x7f ? 'control' : 'other';
  if (/\p{Cc}/u.test(char)) return 'control';
  if (RARE.test(char)) return 'rare';
  if (/\p{L}/u.test(char)) return 'letter';
  if (/\p{M}/u.test(char)) return 'mark';
  if (TYPOGRAPHIC.has(char)) return 'typographic';
  if (code >= 0x2500 && code <= 0x25ff) return 'box';
  if (/\p{Sm}/u.test(char) && code > 0xff) return 'math';
  if (/[\p{S}\p{P}\p{No}\u00ad]/u.test(char)) return 'symbol';
  return 'other';
}

const isLetter = (info: CharInfo | undefined) => info?.kind === 'letter' || info?.kind === 'ascii';
const isSymbolLike = (info: CharInfo | undefined) =>
  info?.kind === 'symbol' || info?.kind === 'typographic' || info?.kind === 'math' || info?.kind === 'control';

/** An accented (non-ASCII) letter followed by a symbol: `Ã©`, `â€`, `Ð±`; `É®` at a word's end is not. */
function letterThenSymbol(char: string, info: CharInfo, nextChar: string, next: CharInfo, after: CharInfo | undefined): number {
  const strong = STRONG_LEADS.has(char);
  if (strong && CONTINUATION_LETTERS.has(nextChar)) return 2;
  if (info.kind !== 'letter' || !isSymbolLike(next)) return 0;
  if (nextChar === '’' || nextChar === '–' || nextChar === '—' || (nextChar === '´' && !strong)) return 0;
  if (nextChar === '…') return strong ? 1 : 0;
  if (WORD_ENDERS.has(nextChar) && !isLetter(after)) return strong ? 2 : 0;
  return strong ? 2 : 1;
}

/**
 * Apostrophes (`l’homme`, `l´homme` typed with an acute), dashes and ellipses between words
 * (`word—word`, `wait…what`) and the Catalan middle dot (`l·l`).
 */
function insideWordNormally(before: CharInfo, char: string): boolean {
  return '’·–—…'.includes(char) || (char === '´' && before.kind === 'ascii');
}

/** One word in two look-alike alphabets (`signiп¬Ѓcantly`); Greek beside Latin is science (`IL2Rγc`). */
function latinBesideCyrillic(script: string, nextScript: string): boolean {
  return (script === 'Latin' && nextScript === 'Cyrillic') || (script === 'Cyrillic' && nextScript === 'Latin');
}

/** Han, kana and Hangul: a Latin letter glued to one is a decoding accident (`parl酠Tu`). */
const SPACELESS = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
const isSpacelessScript = (char: string) => SPACELESS.test(char);

/** Weight of the pattern that starts at `index`. */
function weightAt(chars: readonly string[], infos: readonly CharInfo[], index: number): number {
  const info = infos[index]!;
  const char = chars[index]!;
  let weight = info.kind === 'control' ? 2 : info.kind === 'rare' ? 2 : 0;
  const next = infos[index + 1];
  const nextChar = chars[index + 1];
  if (!next || nextChar === undefined) return weight;
  const after = infos[index + 2];
  weight += letterThenSymbol(char, info, nextChar, next, after);
  if (isSymbolLike(next) && isLetter(after) && (isLetter(info) || isSymbolLike(info)) && !insideWordNormally(info, nextChar)) weight += 1;
  if ((info.lower || (info.kind === 'ascii' && /[a-z]/.test(char))) && next.upper && next.kind === 'letter') weight += 1;
  if (isLetter(info) && isLetter(next) && latinBesideCyrillic(info.script, next.script)) weight += 1;
  if ((info.kind === 'box' && next.kind === 'letter') || (info.kind === 'letter' && next.kind === 'box')) weight += 1;
  if ((info.kind === 'math' && next.script === 'Latin' && isLetter(next)) || (isLetter(info) && info.script === 'Latin' && next.kind === 'math')) weight += 1;
  if (info.kind === 'math' && next.kind === 'math') weight += 1;
  else if (isSymbolLike(info) && isSymbolLike(next) && !(TYPOGRAPHIC.has(char) && TYPOGRAPHIC.has(nextChar))) weight += 0.5;
  if (STRONG_LEADS.has(char) && nextChar === '\u00a0') weight += 2;
  // `voilÃ le`: `à` whose no-break-space byte became a plain space. Weak alone (`S Ã O`).
  if (char === 'Ã' && nextChar === ' ') weight += 1;
  if (isLetter(info) && isLetter(next) && (isSpacelessScript(char) !== isSpacelessScript(nextChar))) weight += 1;
  if (next.kind === 'mark' && !GENERIC_MARK.test(nextChar) && !(isLetter(info) && info.script === next.script)) weight += 2;
  return weight;
}

/** The weirdness of `text`: 0 for ordinary prose in any script. */
export function badness(text: string): number {
  const chars = [...text];
  const infos = chars.map(classify);
  let total = 0;
  for (let index = 0; index < chars.length; index++) total += weightAt(chars, infos, index);
  return total;
}
