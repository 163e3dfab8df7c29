/**
 * The lines that end a batch on stderr: what was done to how many inputs, how fast, the edits
 * per pass, and the boilerplate the batch learned. Wording lives here, in one place.
 *
 *   unscrape: 240 files in 4.1 s (58 files/s, 2 threads): 187 changed, 52 tails split off, 3 failed
 *   unscrape: 1,204 edits: repeated-word 500, casing 300, number-period 12
 */
import { plural } from '../../format/edit-text.js';
import type { Tally } from './tally.js';

export interface RunFacts {
  noun: 'file' | 'record';
  seconds: number;
  threads: number;
  /** Where the tails went, when the run saved them (`beside the clean copies`). */
  tailsSaved?: string;
}

const count = (number: number) => number.toLocaleString('en-US');
const counted = (number: number, noun: string) => plural(number, noun).replace(/^\d+/, count(number));

export function batchSummary(tally: Tally, run: RunFacts): string {
  const rate = run.seconds > 0 ? Math.round(tally.inputs / run.seconds) : tally.inputs;
  const pace = `${run.seconds.toFixed(1)} s (${count(rate)} ${run.noun}s/s, ${plural(run.threads, 'thread')})`;
  const outcomes = [
    `${count(tally.changed)} changed`,
    tally.tails > 0 ? `${counted(tally.tails, 'tail')} split off${run.tailsSaved ? ` (saved ${run.tailsSaved})` : ''}` : null,
    tally.failed > 0 ? (run.noun === 'file' ? `${count(tally.failed)} failed` : counted(tally.failed, 'error record')) : null,
  ].filter((part) => part !== null);
  const lines = [`unscrape: ${counted(tally.inputs, run.noun)} in ${pace}: ${outcomes.join(', ')}`];
  const byPass = Object.entries(tally.edits).sort((a, b) => b[1] - a[1]);
  const total = byPass.reduce((sum, [, edits]) => sum + edits, 0);
  if (total > 0) lines.push(`unscrape: ${counted(total, 'edit')}: ${byPass.map(([pass, edits]) => `${pass} ${count(edits)}`).join(', ')}`);
  return lines.map((line) => `${line}\n`).join('');
}

const LISTED_LINES = 20;

/** The learned lines, so a user sees what will be removed from every article (and can save them). */
export function learnedSummary(lines: readonly string[], sample: number, noun: 'file' | 'record', savedTo: string | null): string {
  const from = `from ${counted(sample, noun)}`;
  if (lines.length === 0) return `unscrape: learned no boilerplate ${from}: no line recurs across enough of them\n`;
  const shown = lines.slice(0, LISTED_LINES).map((line) => `  ${line}\n`);
  const more = lines.length > LISTED_LINES ? [`  … and ${count(lines.length - LISTED_LINES)} more${savedTo ? '' : ' (--save-boilerplate FILE keeps them all)'}\n`] : [];
  const saved = savedTo ? `; saved to ${savedTo}` : '';
  return [`unscrape: learned ${counted(lines.length, 'boilerplate line')} ${from}${saved}:\n`, ...shown, ...more].join('');
}
