import type { Painter } from '../cli/color.js';
import type { ReportedEdit } from '../edit.js';
import {
  describeTail, firstWords, lastWords, listedEdits, location, shorten, skipMarker, tailPosition, visible,
  type FileView, type ListedEdit,
} from './edit-text.js';

/**
 * `--word-diff`: one block per edit, the changed words inline with a few words either side, as
 * `git diff --word-diff` marks them. Built from the edit list itself (each edit carries the text
 * around it), so a one-word fix in a long paragraph costs no diff of the paragraph:
 *
 *   article.txt:5:56  repeated-word  “the” is written twice in a row (0.95)
 *       …maker of widgets in the[- the-] region. It closes in June.
 */
const CONTEXT_WORDS = 5;

/** The edit in its line: `…words before [-removed-]{+inserted+} words after…`. */
export function inlineEdit(edit: Pick<ReportedEdit, 'before' | 'after' | 'context'>, painter: Painter): string {
  const removed = edit.before === '' ? '' : painter.removed(`[-${visible(shorten(edit.before))}-]`);
  const inserted = edit.after === '' ? '' : painter.added(`{+${visible(edit.after)}+}`);
  return `${lastWords(edit.context.before, CONTEXT_WORDS)}${removed}${inserted}${firstWords(edit.context.after, CONTEXT_WORDS)}`;
}

/** `file:line:col  pass  reason (confidence)`, and what became of it when it was not applied. */
export function editHeading(name: string, edit: ListedEdit, painter: Painter): string {
  const marker = skipMarker(edit);
  const heading = `${painter.header(location(name, edit))}  ${painter.emphasis(edit.pass)}  ${edit.reason} (${edit.confidence})`;
  return marker ? `${heading} ${painter.dim(`[${marker}]`)}` : heading;
}

export function tailHeading(name: string, view: Pick<FileView, 'input'>, tail: NonNullable<FileView['result']['tail']>, painter: Painter): string {
  return `${painter.header(location(name, tailPosition(view.input, tail)))}  ${painter.emphasis('tail')}  split off ${describeTail(tail)}`;
}

export function wordDiff(view: FileView, painter: Painter): string {
  const blocks = listedEdits(view.result, { conflicts: false }).map(
    (edit) => `${editHeading(view.name, edit, painter)}\n    ${inlineEdit(edit, painter)}\n`,
  );
  const tail = view.result.tail;
  if (tail) {
    const opening = firstWords(tail.text.trim(), 8);
    blocks.push(`${tailHeading(view.name, view, tail, painter)}\n    ${painter.removed(`[-${visible(opening)}-]`)}\n`);
  }
  return blocks.join('\n');
}
