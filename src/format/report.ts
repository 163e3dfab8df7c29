import type { Painter } from '../cli/color.js';
import {
  describeTail, listedEdits, location, plural, shorten, skipMarker, tailPosition,
  type FileView, type ListedEdit,
} from './edit-text.js';

/**
 * `--report`: one line per edit, then one summary line for the file, for reading or for grep:
 *
 *   article.txt:5:16  casing  "acme" -> "Acme"  (the article writes “Acme” 3 times mid-sentence…, 0.85)
 *   article.txt:9:40  casing  "doe" -> "Doe"  (…, 0.55)  [suggestion, not applied]
 *   article.txt: 4 edits applied, 1 suggestion, a Dutch tail of 189 characters split off
 */
export function reportLine(name: string, edit: ListedEdit, painter: Painter): string {
  const quote = (text: string) => JSON.stringify(shorten(text, 50));
  const change = `${painter.removed(quote(edit.before))} -> ${painter.added(quote(edit.after))}`;
  const line = `${location(name, edit)}  ${painter.emphasis(edit.pass)}  ${change}  (${edit.reason}, ${edit.confidence})`;
  const marker = skipMarker(edit);
  return marker ? `${line}  ${painter.dim(`[${marker}]`)}` : line;
}

export function report(view: FileView, painter: Painter): string {
  const lines = listedEdits(view.result, { conflicts: true }).map((edit) => reportLine(view.name, edit, painter));
  const tail = view.result.tail;
  if (tail) lines.push(`${location(view.name, tailPosition(view.input, tail))}  ${painter.emphasis('tail')}  split off ${describeTail(tail)}`);
  lines.push(painter.header(summaryLine(view)));
  return lines.map((line) => `${line}\n`).join('');
}

/** `article.txt: 8 edits applied, 1 suggestion, …`, or `article.txt: no change`. */
export function summaryLine(view: FileView): string {
  const { edits, suggestions, conflicts, tail } = view.result;
  const parts = [
    edits.length > 0 ? `${plural(edits.length, 'edit')} applied` : null,
    suggestions.length > 0 ? plural(suggestions.length, 'suggestion') : null,
    conflicts.length > 0 ? plural(conflicts.length, 'conflict') : null,
    tail ? `${describeTail(tail)} split off` : null,
  ].filter((part) => part !== null);
  return `${view.name}: ${parts.length > 0 ? parts.join(', ') : 'no change'}`;
}
