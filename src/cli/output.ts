/**
 * Shows each outcome as the run asked, as soon as it is ready: the format on stdout, notices on
 * stderr. `finish` prints what belongs to the whole run: the JSON of several files, the --check
 * summary.
 */
import { checkNotice, checkSummary, suggestionNotice, tailNotice, writeNotice } from '../format/notices.js';
import { renderFile, renderJson } from '../format/render.js';
import { textIs } from '../result-text.js';
import { painterFor, useColor, type Painter } from './color.js';
import type { CliIO } from './io.js';
import type { FileOutcome } from './process-file.js';
import type { Settings } from './settings.js';

export interface Output {
  show(outcome: FileOutcome): Promise<void>;
  finish(): void;
  /** How many inputs would change (--check) or changed. */
  readonly changed: number;
}

export function createOutput(settings: Settings, io: CliIO): Output {
  const forJson: FileOutcome[] = [];
  let shown = 0;
  let changed = 0;
  return {
    get changed() {
      return changed;
    },
    async show(outcome) {
      shown++;
      const { file, input, result, settings: own } = outcome;
      const unchanged = textIs(result, input);
      if (!unchanged) changed++;
      const view = { name: file ?? 'stdin', input, result };
      if (own.format === 'json') forJson.push(outcome);
      else for (const piece of await renderFile(own.format, view, await painterFor(useColor(own.color, io.stdout.isTTY, io.env)))) io.stdout.write(piece);
      const painter = await painterFor(useColor(own.color, io.stderr.isTTY, io.env));
      const notices = own.check
        ? [unchanged ? null : checkNotice(file, result, painter)]
        : own.quiet ? [] : noticesFor(outcome, painter);
      for (const notice of notices) if (notice) io.stderr.write(`${notice}\n`);
    },
    finish() {
      if (forJson.length > 0) io.stdout.write(renderJson(forJson));
      if (settings.check && !settings.quiet) io.stderr.write(`${checkSummary(changed, shown)}\n`);
    },
  };
}

/** Notices say what the output does not: where a tail went, what was rewritten, what was only suggested. */
function noticesFor({ file, result, settings, saved }: FileOutcome, painter: Painter): (string | null)[] {
  // A copy into --out-dir is a batch's job: its summary counts the tails (saved beside the copies), not a line per file.
  if (settings.outDir !== null) return [];
  const suggestions = ['text', 'diff', 'none'].includes(settings.format) ? suggestionNotice(file, result, settings.minConfidence, painter) : null;
  if (settings.write && file !== null) return [saved.rewritten ? writeNotice(file, result, saved) : null, suggestions];
  const tailShown = settings.format !== 'text' && settings.format !== 'diff';
  return [tailShown && !saved.tail ? null : tailNotice(file, result, saved.tail), suggestions];
}
