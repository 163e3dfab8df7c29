import { TextDecoder } from 'node:util';
import { windows1252ForControl } from '../mojibake/charmaps.js';
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
  // The WHATWG label set maps latin1, ascii and windows-1252 alike to windows-1252, but
  // Node 20's decoder turns 0x80-0x9F into C1 controls instead of € ‚ “ ” …
  if (decoder.encoding === 'windows-1252') return decodeWindows1252(bytes);
  try {
    return decoder.decode(bytes);
  } catch {
    throw new InputError(`is not valid ${encoding} (first bad byte at offset ${firstInvalidUtf8Byte(bytes)}); try --encoding windows-1252`);
  }
}

function decodeWindows1252(bytes: Uint8Array): string {
  let text = '';
  for (const byte of bytes) {
    const char = String.fromCharCode(byte);
    text += byte >= 0x80 && byte <= 0x9f ? (windows1252ForControl(char) ?? char) : char;
  }
  return text;
}

/** Offset of the first byte that does not start or continue a valid UTF-8 sequence. */
export function firstInvalidUtf8Byte(bytes: Uint8Array): number {
  let index = 0;
  while (index < bytes.length) {
    const byte = bytes[index]!;
    const length = byte < 0x80 ? 1 : byte >= 0xc2 && byte <= 0xdf ? 2 : byte >= 0xe0 && byte <= 0xef ? 3 : byte >= 0xf0 && byte <= 0xf4 ? 4 : 0;
    if (length === 0) return index;
    const sequence = bytes.subarray(index, index + length);
    if (sequence.length < length) return index;
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(sequence);
    } catch {
      return index;
    }
    index += length;
  }
  return bytes.length;
}
