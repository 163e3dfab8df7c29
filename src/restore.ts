import type { CleanResult } from './engine.js';

/**
 * Rebuilds the exact input from a result: undoes every applied edit, last round first, then
 * appends the tail. Nothing unscrape removes is lost; this is the proof, and a property test.
 */
export function restoreInput(result: Pick<CleanResult, 'text' | 'tail' | 'edits'>): string {
  let text = result.text;
  const rounds = [...new Set(result.edits.map((edit) => edit.round))].sort((a, b) => b - a);
  for (const round of rounds) {
    const edits = result.edits.filter((edit) => edit.round === round).sort((a, b) => a.start - b.start);
    // One walk through the round's output: where each edit's replacement stands, put back what it replaced.
    const parts: string[] = [];
    let delta = 0;
    let cursor = 0;
    for (const edit of edits) {
      const start = edit.start + delta;
      parts.push(text.slice(cursor, start), edit.before);
      cursor = start + edit.after.length;
      delta += edit.after.length - (edit.end - edit.start);
    }
    parts.push(text.slice(cursor));
    text = parts.join('');
  }
  return text + (result.tail?.text ?? '');
}
