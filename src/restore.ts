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
    let delta = 0;
    const located = edits.map((edit) => {
      const start = edit.start + delta;
      delta += edit.after.length - (edit.end - edit.start);
      return { start, end: start + edit.after.length, before: edit.before };
    });
    for (const edit of located.reverse()) text = text.slice(0, edit.start) + edit.before + text.slice(edit.end);
  }
  return text + (result.tail?.text ?? '');
}
