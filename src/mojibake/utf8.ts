/**
 * Reading a string back as the bytes it was decoded from (in one charmap) and finding where
 * those bytes are well-formed UTF-8: `Ã©` is bytes C3 A9, the UTF-8 for `é`. Each sequence
 * keeps its place in the string, so a repair replaces exactly the characters it explains.
 */
import { allCharmaps, type Charmap } from './charmaps.js';

export interface Sequence {
  /** Offsets in the scanned string (UTF-16 code units), end exclusive. */
  start: number;
  end: number;
  /** The decoded character, or U+FFFD where a byte of it was lost. */
  text: string;
  /** A byte was lost in the first decoding (`�`, or `?` closing a sequence). */
  lossy: boolean;
  /** A space stood where byte A0 (a no-break space in the charmap) must have been. */
  restoredSpace: boolean;
}

/** A byte the first decoding could not show and replaced: it may stand for any byte. */
const LOST = -1;

function byteAt(text: string, index: number, charmap: Charmap): number | undefined {
  const char = text[index];
  if (char === undefined) return undefined;
  const code = char.charCodeAt(0);
  if (code < 0x80) return code;
  if (char === '\ufffd') return LOST;
  return charmap.byteOf.get(char);
}

function lengthForLead(byte: number | undefined): number {
  if (byte === undefined || byte < 0xc2 || byte > 0xf4) return 0;
  return byte < 0xe0 ? 2 : byte < 0xf0 ? 3 : 4;
}

const isContinuation = (byte: number) => byte >= 0x80 && byte <= 0xbf;

/** The range the byte after a lead must fall in, which rules out overlong forms. */
function secondByteRange(lead: number): [number, number] {
  if (lead === 0xe0) return [0xa0, 0xbf];
  if (lead === 0xf0) return [0x90, 0xbf];
  if (lead === 0xf4) return [0x80, 0x8f];
  return [0x80, 0xbf];
}

interface RawSequence {
  bytes: number[];
  end: number;
  lossy: boolean;
  restoredSpace: boolean;
}

function readBytes(text: string, start: number, length: number, charmap: Charmap): RawSequence | undefined {
  const lead = byteAt(text, start, charmap)!;
  const bytes = [lead];
  let lossy = false;
  let restoredSpace = false;
  for (let position = start + 1; position < start + length; position++) {
    const byte = byteAt(text, position, charmap);
    const last = position === start + length - 1;
    if (byte === LOST || (byte === 0x3f && last && length > 2 && bytes.some(isContinuation))) {
      lossy = true;
      bytes.push(LOST);
    } else if (byte === 0x20 && last && charmap.nbspIsA0 && !lossy && !hasControl(text, start, position)) {
      restoredSpace = true;
      bytes.push(0xa0);
    } else if (byte !== undefined && isContinuation(byte)) {
      bytes.push(byte);
    } else {
      return undefined;
    }
  }
  const [low, high] = secondByteRange(lead);
  const second = bytes[1]!;
  if (second !== LOST && (second < low || second > high)) return undefined;
  return { bytes, end: start + length, lossy, restoredSpace };
}

/**
 * `â€` cut short (`hard,â€ the mayor`): the closing quote `”` is E2 80 9D, and 9D is one of the
 * five bytes Windows-1252 leaves undefined, which many converters drop. Nothing else common
 * starts E2 80 and loses its last byte, so `”` is read, and the space after it stays.
 */
function closingQuoteMissingItsLastByte(text: string, start: number, charmap: Charmap): RawSequence | undefined {
  if (byteAt(text, start, charmap) !== 0xe2 || byteAt(text, start + 1, charmap) !== 0x80) return undefined;
  const third = byteAt(text, start + 2, charmap);
  // A `?` or `�` in its place says a byte was lost but not which: that is the lossy reading.
  if (third !== undefined && (isContinuation(third) || third === LOST || third === 0x3f)) return undefined;
  return { bytes: [0xe2, 0x80, 0x9d], end: start + 2, lossy: false, restoredSpace: false };
}

/** A C1 control marks a Latin-1 reading, where a lost no-break space is not the likely story. */
function hasControl(text: string, start: number, end: number): boolean {
  return /[\u0080-\u009f]/.test(text.slice(start, end));
}

function codePointOf(bytes: readonly number[]): number {
  const [lead, ...rest] = bytes as [number, ...number[]];
  const leadBits = bytes.length === 2 ? lead & 0x1f : bytes.length === 3 ? lead & 0x0f : lead & 0x07;
  return rest.reduce((code, byte) => (code << 6) | (byte & 0x3f), leadBits);
}

const isHighSurrogate = (code: number) => code >= 0xd800 && code <= 0xdbff;
const isLowSurrogate = (code: number) => code >= 0xdc00 && code <= 0xdfff;

/**
 * Reads one sequence at `start`. Surrogates encoded one by one (CESU-8, as Java and old MySQL
 * write emoji) are joined into the character they spell when a high one is followed by a low one.
 */
function readSequence(text: string, start: number, charmap: Charmap): Sequence | undefined {
  const length = lengthForLead(byteAt(text, start, charmap));
  if (length === 0) return undefined;
  const raw = closingQuoteMissingItsLastByte(text, start, charmap) ?? readBytes(text, start, length, charmap);
  if (!raw) return undefined;
  const { end, lossy, restoredSpace } = raw;
  if (lossy) return { start, end, text: '\ufffd', lossy, restoredSpace };
  const code = codePointOf(raw.bytes);
  if (isLowSurrogate(code)) return undefined;
  if (!isHighSurrogate(code)) return { start, end, text: String.fromCodePoint(code), lossy, restoredSpace };
  const low = lengthForLead(byteAt(text, end, charmap)) === 3 ? readBytes(text, end, 3, charmap) : undefined;
  if (!low || low.lossy) return undefined;
  const lowCode = codePointOf(low.bytes);
  if (!isLowSurrogate(lowCode)) return undefined;
  const joined = String.fromCharCode(code, lowCode);
  return { start, end: low.end, text: joined, lossy: false, restoredSpace: restoredSpace || low.restoredSpace };
}

/** Every well-formed UTF-8 sequence of two or more bytes in `text` read as `charmap`, in order. */
export function findSequences(text: string, charmap: Charmap): Sequence[] {
  const sequences: Sequence[] = [];
  for (let index = 0; index < text.length; ) {
    const sequence = text.charCodeAt(index) < 0x80 ? undefined : readSequence(text, index, charmap);
    if (sequence) {
      sequences.push(sequence);
      index = sequence.end;
    } else {
      index++;
    }
  }
  return sequences;
}

interface SequenceChars {
  /** Characters that are a lead byte (C2-F4) in some charmap. */
  leads: ReadonlySet<string>;
  /** Characters that are a continuation byte (80-BF) in some charmap. */
  continuations: ReadonlySet<string>;
  /** Two-byte leads in a charmap where a space may stand for a lost no-break space (A0). */
  leadsBeforeSpace: ReadonlySet<string>;
}

let sequenceChars: SequenceChars | undefined;

function charsStartingSequences(): SequenceChars {
  const leads = new Set<string>();
  const continuations = new Set<string>();
  const leadsBeforeSpace = new Set<string>();
  for (const charmap of allCharmaps()) {
    for (const [char, byte] of charmap.byteOf) {
      if (lengthForLead(byte) > 0) leads.add(char);
      if (isContinuation(byte)) continuations.add(char);
      if (charmap.nbspIsA0 && lengthForLead(byte) === 2) leadsBeforeSpace.add(char);
    }
  }
  return { leads, continuations, leadsBeforeSpace };
}

/**
 * Whether a sequence could start anywhere in `text` in any charmap: a lead byte followed by a
 * byte that can continue it. Articles are full of curly quotes and accents that start none, so
 * most lines answer here instead of being read in every charmap.
 */
export function mayHoldSequence(text: string): boolean {
  const { leads, continuations, leadsBeforeSpace } = (sequenceChars ??= charsStartingSequences());
  for (let index = 0; index < text.length - 1; index++) {
    if (text.charCodeAt(index) < 0x80) continue;
    const char = text[index]!;
    if (!leads.has(char)) continue;
    const next = text[index + 1]!;
    if (next === '\ufffd' || continuations.has(next) || (next === ' ' && leadsBeforeSpace.has(char))) return true;
  }
  return false;
}
