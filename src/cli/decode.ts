import { constants } from 'node:buffer';
import { TextDecoder } from 'node:util';
import { windows1252ForControl } from '../mojibake/charmaps.js';
import { inMegabytes, isPastLongestString } from '../text/string-limit.js';
import { InputError } from './errors.js';

/**
 * Bytes to text, refusing what is not text rather than guessing: a NUL byte means a binary
 * file, and invalid UTF-8 is named by its byte offset (legacy encodings go through
 * `--encoding`). A UTF-8 byte order mark is kept, so the output keeps it too.
 */
export function decodeInput(bytes: Uint8Array, encoding = 'utf-8'): string {
  const nul = bytes.indexOf(0);
  if (nul !== -1 && !/^utf-?16/i.test(encoding)) throw new InputError(`looks binary (a NUL byte at byte ${nul})`);
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(encoding, { fatal: true, ignoreBOM: true });
  } catch {
    throw new InputError(`unknown encoding “${encoding}”`);
  }
  try {
    // The WHATWG label set maps latin1, ascii and windows-1252 alike to windows-1252, but
    // Node 20's decoder turns 0x80-0x9F into C1 controls instead of € ‚ “ ” …
    return decoder.encoding === 'windows-1252' ? decodeWindows1252(bytes) : decoder.decode(bytes);
  } catch (error) {
    if (isPastLongestString(error)) throw tooLong(bytes);
    const where = decoder.encoding === 'utf-8' ? ` (first bad byte at offset ${firstInvalidUtf8Byte(bytes)})` : '';
    throw new InputError(`is not valid ${encoding}${where}; try --encoding windows-1252`);
  }
}

/** Past V8's longest string no text can be cleaned as one document, however much memory there is. */
function tooLong(bytes: Uint8Array): InputError {
  return new InputError(
    `is too large to clean as one text: its ${inMegabytes(bytes.length)} decode to more than the ${constants.MAX_STRING_LENGTH.toLocaleString('en-US')} ` +
      'characters Node.js can hold in one string; split it into its articles, or put them in JSON Lines and use --jsonl',
  );
}

function decodeWindows1252(bytes: Uint8Array): string {
  // Latin-1 is windows-1252 but for 0x80-0x9F; one native decode and a pass over those few,
  // rather than a string built a character at a time (a rope of one node per byte).
  const latin1 = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
  return latin1.replace(/[\x80-\x9f]/g, (char) => windows1252ForControl(char) ?? char);
}

/**
 * Offset of the first byte that does not start or continue a valid UTF-8 sequence (the start
 * of that sequence), or the length when there is none: the rules of a fatal TextDecoder, read
 * in one pass (no overlong forms, no surrogates, nothing past U+10FFFF).
 */
export function firstInvalidUtf8Byte(bytes: Uint8Array): number {
  let index = 0;
  while (index < bytes.length) {
    const byte = bytes[index]!;
    if (byte < 0x80) {
      index++;
      continue;
    }
    const length = byte >= 0xc2 && byte <= 0xdf ? 2 : byte >= 0xe0 && byte <= 0xef ? 3 : byte >= 0xf0 && byte <= 0xf4 ? 4 : 0;
    if (length === 0 || index + length > bytes.length) return index;
    // The second byte's range is narrower after E0, ED, F0 and F4: that is what rules out overlong forms,
    // surrogates and code points past U+10FFFF.
    const low = byte === 0xe0 ? 0xa0 : byte === 0xf0 ? 0x90 : 0x80;
    const high = byte === 0xed ? 0x9f : byte === 0xf4 ? 0x8f : 0xbf;
    const second = bytes[index + 1]!;
    if (second < low || second > high) return index;
    for (let next = 2; next < length; next++) if ((bytes[index + next]! & 0xc0) !== 0x80) return index;
    index += length;
  }
  return bytes.length;
}
