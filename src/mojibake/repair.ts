/**
 * Finds the repairs in one line: each charmap offers its candidate runs, and the charmap that
 * explains the most non-ASCII characters wins the line (the first on a tie, Windows-1252
 * before its look-alikes), so one line is read one way. A decoded run is
 * read again (up to three layers) for text that was garbled more than once.
 */
import { badness } from './badness.js';
import { allCharmaps, windows1252ForControl, type Charmap } from './charmaps.js';
import { candidateRuns, STRONG_DROP, type Candidate, type Repair } from './runs.js';
import { mayHoldSequence } from './utf8.js';

export type { Repair } from './runs.js';

const MAX_LAYERS = 3;
const NON_ASCII = /[^\x00-\x7f]/;
const NON_ASCII_ALL = /[^\x00-\x7f]/g;
const C1_CONTROL = /[\u0080-\u009f]/;

/** Applies sorted, non-overlapping repairs, from the last so earlier offsets stay valid. */
function applyRepairs(text: string, repairs: readonly Repair[]): string {
  return repairs.reduceRight((result, repair) => result.slice(0, repair.start) + repair.replacement + result.slice(repair.end), text);
}

/** C1 control characters left over are Windows-1252 punctuation read as Latin-1: `\u0085` is `…`. */
function controlRepairs(line: string, taken: readonly Repair[]): Repair[] {
  const repairs: Repair[] = [];
  for (const match of line.matchAll(/[\u0080-\u009f]/g)) {
    const replacement = windows1252ForControl(match[0]);
    const inside = taken.some((repair) => match.index >= repair.start && match.index < repair.end);
    if (replacement && !inside) {
      repairs.push({ start: match.index, end: match.index + 1, replacement, drop: 2, strong: true, encodings: ['Latin-1'], lossy: false, control: true });
    }
  }
  return repairs;
}

/** The characters a repair explains, not counting a space read as a lost no-break space. */
const nonAsciiIn = (line: string, repair: Repair) => line.slice(repair.start, repair.end).match(NON_ASCII_ALL)?.length ?? 0;

function explainsEveryNonAscii(line: string, repairs: readonly Repair[]): boolean {
  for (const match of line.matchAll(NON_ASCII_ALL)) {
    if (!repairs.some((repair) => match.index >= repair.start && match.index < repair.end)) return false;
  }
  return true;
}

/**
 * The repairs one charmap offers for `line`. When every non-ASCII character of the line reads
 * back as UTF-8 this way and the line as a whole gets clearly less weird, the line is repaired
 * whole, as ftfy does (`ÄŒeÅ¡tina`: `ÄŒ` alone looks like text, `Å¡` does not).
 */
function repairsWith(line: string, charmap: Charmap, depth: number): Repair[] {
  const readAgain = (text: string) => {
    if (depth + 1 >= MAX_LAYERS || !NON_ASCII.test(text)) return undefined;
    const deeper = repairsIn(text, depth + 1);
    if (deeper.length === 0) return undefined;
    return { text: applyRepairs(text, deeper), encodings: [...new Set(deeper.flatMap((repair) => repair.encodings))] };
  };
  const candidates = candidateRuns(line, charmap, readAgain);
  if (candidates.length === 0) return [];
  const lineDrop = candidates.reduce((sum, repair) => sum + Math.max(0, repair.drop), 0);
  if (lineDrop >= STRONG_DROP && explainsEveryNonAscii(line, candidates)) {
    return candidates.filter((repair) => repair.drop >= 0).map((repair) => ({ ...repair, strong: true }));
  }
  return partialRepairs(line, candidates);
}

/**
 * Mojibake mixed with real non-ASCII text in one line (`l’Ã©valuation`). Each run stands on its
 * own weirdness, and the story must hold: once repaired, the line must look like text. One
 * two-character run next to real accents (`Bremer/Mccoy – DrÃ¥ber`) is only weak evidence.
 */
function partialRepairs(line: string, candidates: readonly Candidate[]): Repair[] {
  const kept = candidates.filter((repair) => repair.drop > 0 && repair.common);
  if (kept.length === 0) return [];
  const residual = badness(applyRepairs(line, kept));
  if (residual >= STRONG_DROP && residual > badness(line) / 10) return [];
  const strongRuns = kept.filter((repair) => repair.drop >= STRONG_DROP).length;
  return kept.map((repair) => ({
    ...repair,
    strong: repair.drop >= STRONG_DROP && (repair.end - repair.start >= 3 || strongRuns >= 2),
  }));
}

/** The repairs for `line`, in order and not overlapping. */
export function repairsIn(line: string, depth = 0): Repair[] {
  if (!NON_ASCII.test(line) || (!mayHoldSequence(line) && !C1_CONTROL.test(line))) return [];
  let best: Repair[] = [];
  let bestCovered = 0;
  for (const charmap of allCharmaps()) {
    const repairs = repairsWith(line, charmap, depth);
    const covered = repairs.reduce((sum, repair) => sum + nonAsciiIn(line, repair), 0);
    if (covered > bestCovered) {
      best = repairs;
      bestCovered = covered;
    }
  }
  return [...best, ...controlRepairs(line, best)].sort((a, b) => a.start - b.start);
}
