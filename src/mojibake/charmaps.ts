/**
 * The single-byte encodings that UTF-8 text is most often misread as, in the order they are
 * tried: the Latin-1 / Windows-1252 pair first because it is by far the most common mix-up,
 * then the other Windows code pages, ISO 8859-2, Mac Roman, the DOS code page 437 and KOI8-R.
 * Each table is built once from Node's own decoders (ICU); code page 437, which Node lacks,
 * and the part of Windows-1252 that Node 20 gets wrong are spelled out here.
 */
export interface Charmap {
  /** Display name, used in edit reasons: `Windows-1252`. */
  readonly name: string;
  /** The byte a character stands for in this encoding (high half only; ASCII is itself). */
  readonly byteOf: ReadonlyMap<string, number>;
  /** Whether byte 0xA0 is a no-break space, so a space may stand for a lost 0xA0 byte. */
  readonly nbspIsA0: boolean;
  /** Whether this is the Latin-1 / Windows-1252 reading, the common case. */
  readonly common: boolean;
}

const CODE_PAGE_437_HIGH_HALF =
  'ÇüéâäàåçêëèïîìÄÅÉæÆôöòûùÿÖÜ¢£¥₧ƒáíóúñÑªº¿⌐¬½¼¡«»░▒▓│┤╡╢╖╕╣║╗╝╜╛┐└┴┬├─┼╞╟╚╔╩╦╠═╬╧╨╤╥╙╘╒╓╫╪┘┌' +
  '█▄▌▐▀αßΓπΣσµτΦΘΩδ∞φε∩≡±≥≤⌠⌡÷≈°∙·√ⁿ²■\u00a0';

const DECODED_ENCODINGS: readonly [label: string, name: string][] = [
  ['windows-1251', 'Windows-1251'],
  ['windows-1250', 'Windows-1250'],
  ['windows-1253', 'Windows-1253'],
  ['windows-1254', 'Windows-1254'],
  ['windows-1257', 'Windows-1257'],
  ['iso-8859-2', 'ISO-8859-2'],
  ['macintosh', 'Mac Roman'],
];

/**
 * Windows-1252's own characters for bytes 0x80-0x9F (the rest of its high half is Latin-1).
 * Spelled out because Node 20's `TextDecoder('windows-1252')` decodes this range as Latin-1
 * (U+0080-U+009F), fatal or not.
 * The five bytes it leaves undefined keep their C1 control character, as browsers do.
 */
const WINDOWS_1252_80_TO_9F = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

function windows1252HighHalf(): string {
  const latin1 = Array.from({ length: 0x60 }, (_, index) => String.fromCharCode(0xa0 + index)).join('');
  return WINDOWS_1252_80_TO_9F + latin1;
}

function highHalfOf(label: string): string {
  const bytes = Uint8Array.from({ length: 128 }, (_, index) => 0x80 + index);
  return new TextDecoder(label).decode(bytes);
}

function tableOf(highHalf: string): Map<string, number> {
  const byteOf = new Map<string, number>();
  [...highHalf].forEach((char, index) => {
    if (!byteOf.has(char)) byteOf.set(char, 0x80 + index);
  });
  return byteOf;
}

/**
 * Windows-1252 as browsers read it, plus the C1 control characters that a Latin-1 reading
 * leaves where Windows-1252 has punctuation: `\u0092` and `’` both stand for byte 0x92, so
 * text misread half one way and half the other is still one reading.
 */
function latin1AndWindows1252(): Charmap {
  const byteOf = tableOf(windows1252HighHalf());
  for (let byte = 0x80; byte <= 0x9f; byte++) byteOf.set(String.fromCharCode(byte), byte);
  return { name: 'Windows-1252', byteOf, nbspIsA0: true, common: true };
}

let charmaps: readonly Charmap[] | undefined;

export function allCharmaps(): readonly Charmap[] {
  charmaps ??= [
    latin1AndWindows1252(),
    ...DECODED_ENCODINGS.map(([label, name]) => ({
      name,
      byteOf: tableOf(highHalfOf(label)),
      nbspIsA0: label !== 'macintosh',
      common: false,
    })),
    { name: 'code page 437', byteOf: tableOf(CODE_PAGE_437_HIGH_HALF), nbspIsA0: false, common: false },
    { name: 'KOI8-R', byteOf: tableOf(highHalfOf('koi8-r')), nbspIsA0: false, common: false },
  ];
  return charmaps;
}

/** The Windows-1252 character for a C1 control character, or undefined where it has none. */
export function windows1252ForControl(control: string): string | undefined {
  const code = control.charCodeAt(0);
  if (code < 0x80 || code > 0x9f) return undefined;
  const char = WINDOWS_1252_80_TO_9F[code - 0x80];
  return char === control ? undefined : char;
}
