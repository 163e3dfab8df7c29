import type { CleanOptions, CleanResult } from '../../engine.js';
import { painterFor, useColor, type ColorChoice } from '../color.js';
import type { Terminal } from '../io.js';
import { reviewSummary, terminalAsker } from './prompt.js';
import { reviewClean } from './session.js';

/** Reviews one input on the terminal, coloured as the terminal allows, and says what was kept. */
export async function reviewInput(
  terminal: Terminal,
  name: string,
  input: string,
  options: CleanOptions,
  colour: { choice: ColorChoice; env: Readonly<Record<string, string | undefined>> },
): Promise<CleanResult> {
  const painter = await painterFor(useColor(colour.choice, true, colour.env));
  const { result, reviewedEdits } = await reviewClean(input, options, terminalAsker(terminal, name, painter));
  terminal.write(reviewSummary(name, result.edits.length, reviewedEdits, result.tail !== null));
  return result;
}
