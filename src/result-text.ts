/**
 * A long text's clean text is kept as its sections' clean texts and joined when first read:
 * joined, it is a second copy of them all, and a command that only writes it out, or compares it
 * with its input, does not need one. `result.text` is still a plain string to every reader.
 */
import type { CleanResult } from './engine.js';

const PIECES = Symbol('clean text in pieces');

interface InPieces {
  pieces: string[] | undefined;
  text?: string;
}

type Holder = { [PIECES]?: InPieces };

/** Gives `result` a `text` made of `pieces`, joined on first read. */
export function setTextInPieces(result: object, pieces: string[]): void {
  Object.defineProperty(result, PIECES, { value: { pieces } satisfies InPieces });
  Object.defineProperty(result, 'text', { enumerable: true, get: joinedText });
}

// One getter for every result (see engine.ts on the metadata's).
function joinedText(this: Holder): string {
  const held = this[PIECES]!;
  if (held.text === undefined) {
    held.text = held.pieces!.join('');
    held.pieces = undefined;
  }
  return held.text;
}

/** The clean text in order, in pieces where it has not been joined: for writing it out. */
export function textPieces(result: CleanResult): readonly string[] {
  return (result as Holder)[PIECES]?.pieces ?? [result.text];
}

/** `result.text === text`, without joining a text kept in pieces. */
export function textIs(result: CleanResult, text: string): boolean {
  let at = 0;
  for (const piece of textPieces(result)) {
    if (!text.startsWith(piece, at)) return false;
    at += piece.length;
  }
  return at === text.length;
}
