import type { Painter } from '../cli/color.js';

/**
 * A unified diff from the input to the clean text, with `a/` and `b/` file headers so that
 * `patch -p1` (or `git apply`) applies it. The diff library is loaded only for this mode.
 */
export async function unifiedDiff(name: string, before: string, after: string, painter: Painter): Promise<string> {
  if (before === after) return '';
  const { createTwoFilesPatch } = await import('diff');
  const patch = createTwoFilesPatch(`a/${name}`, `b/${name}`, before, after, undefined, undefined, { context: 3 });
  // The library starts with a `===` rule (and sometimes an `Index:` line) that patch does not need.
  const body = patch.replace(/^(?:Index: .*\n)?=+\n/, '');
  return body
    .split('\n')
    .map((line) => {
      if (line.startsWith('+++') || line.startsWith('---')) return painter.header(line);
      if (line.startsWith('@@')) return painter.emphasis(line);
      if (line.startsWith('+')) return painter.added(line);
      if (line.startsWith('-')) return painter.removed(line);
      return line;
    })
    .join('\n');
}
