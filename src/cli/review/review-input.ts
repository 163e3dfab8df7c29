import type { CleanOptions, CleanResult } from '../../engine.js';
import { painterFor, useColor, type ColorChoice } from '../color.js';
import type { Terminal } from '../io.js';
import { reviewSummary, terminalAsker } from './prompt.js';
import { reviewClean, type Ask } from './session.js';

export type Reviewer = (name: string, input: string, options: CleanOptions, colour: ColorChoice) => Promise<CleanResult>;

/**
 * The review of a whole run on one terminal. q means quit, as in `git add -p`: the inputs after
 * it are not asked about, and keep their text as it was.
 */
export function createReviewer(terminal: Terminal, env: Readonly<Record<string, string | undefined>>): Reviewer {
  let quit = false;
  const rejectAll: Ask = async () => 'q';
  return async (name, input, options, colour) => {
    const painter = await painterFor(useColor(colour, true, env));
    const reviewed = await reviewClean(input, options, quit ? rejectAll : terminalAsker(terminal, name, painter));
    quit ||= reviewed.quit;
    const { result, reviewedEdits } = reviewed;
    terminal.write(reviewSummary(name, result.edits.length, reviewedEdits, result.tail !== null));
    return result;
  };
}
