/**
 * One candidate repair: a run of touching UTF-8 sequences (one charmap's reading), decoded,
 * read again for text garbled more than once, and scored by how much less weird it makes
 * the text around it.
 */
import { badness } from './badness.js';
import type { Charmap } from './charmaps.js';
import { findSequences, type Sequence } from './utf8.js';

export interface Repair {
  start: number;
  end: number;
  replacement: string;
  /** How much less weird the text around it became. */
  drop: number;
  /** Enough evidence on its own: a large drop, or a line read back whole that way. */
  strong: boolean;
  /** The readings undone, outermost first: `['Windows-1252', 'Windows-1252']` for twice. */
  encodings: string[];
  lossy: boolean;
  /** A lone C1 control character read back as Windows-1252, not a UTF-8 sequence. */
  control?: boolean;
}

export interface Candidate extends Repair {
  /** Whether every character decoded is of a kind often garbled (see `isCommonlyGarbled`). */
  common: boolean;
}

/** Reads decoded text again for a further layer of mojibake; undefined when there is none. */
export type ReadAgain = (text: string) => { text: string; encodings: string[] } | undefined;

/** The drop in weirdness that a repair (or a line read back whole) must bring to stand alone. */
export const STRONG_DROP = 2;
const CONTEXT = 2;

/** `Ã s` is the Portuguese `às`, and `Ã quele` is `àquele`: there the space was the lost byte. */
const SPACE_WAS_A0_AFTER_A_GRAVE = /^(?:\s|s |(?:quel[ae]s?|quilos?)(?![\p{L}\p{N}]))/u;

function runsOf(sequences: readonly Sequence[]): Sequence[][] {
  const runs: Sequence[][] = [];
  for (const sequence of sequences) {
    const last = runs[runs.length - 1];
    if (last && last[last.length - 1]!.end === sequence.start) last.push(sequence);
    else runs.push([sequence]);
  }
  return runs;
}

/** A lone `Ã` before a space was `à` whose no-break-space byte was lost with the space kept. */
function decodedText(line: string, run: readonly Sequence[]): string {
  return run
    .map((sequence) => {
      const aGraveBeforeSpace = sequence.restoredSpace && sequence.text === 'à';
      if (aGraveBeforeSpace && !SPACE_WAS_A0_AFTER_A_GRAVE.test(line.slice(sequence.end))) return 'à ';
      return sequence.text;
    })
    .join('');
}

/**
 * Everything but the Han, kana, Hangul and private-use blocks: a run that reads back as one of
 * those is trusted only when its whole line reads back the same way, because three accented
 * Latin letters in a row easily spell a valid but random ideograph.
 */
function isCommonlyGarbled(char: string): boolean {
  const code = char.codePointAt(0)!;
  return code < 0x3000 || code >= 0xfb00;
}

function evaluate(line: string, run: readonly Sequence[], charmap: Charmap, readAgain: ReadAgain): Candidate {
  const start = run[0]!.start;
  const end = run[run.length - 1]!.end;
  const once = decodedText(line, run);
  const again = readAgain(once);
  const replacement = again?.text ?? once;
  const before = line.slice(Math.max(0, start - CONTEXT), start);
  const after = line.slice(end, end + CONTEXT);
  const drop = badness(before + line.slice(start, end) + after) - badness(before + replacement + after);
  return {
    start,
    end,
    replacement,
    drop,
    strong: drop >= STRONG_DROP,
    encodings: [charmap.name, ...(again?.encodings ?? [])],
    lossy: run.some((sequence) => sequence.lossy),
    common: run.every((sequence) => isCommonlyGarbled(sequence.text)),
  };
}

/** Every run of `line` that reads back as UTF-8 in `charmap`, scored. */
export function candidateRuns(line: string, charmap: Charmap, readAgain: ReadAgain): Candidate[] {
  return runsOf(findSequences(line, charmap)).map((run) => evaluate(line, run, charmap, readAgain));
}
