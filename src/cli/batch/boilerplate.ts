/**
 * The site boilerplate of a batch: lines given in a file (--boilerplate-file), lines learned
 * from the batch itself (--learn-boilerplate), and the list saved for the next run
 * (--save-boilerplate), one line per entry.
 *
 * Learning reads a sample, the first LEARNING_SAMPLE documents, not the whole batch: every
 * distinct line of the sample is counted, which would cost memory in proportion to a corpus of
 * any size, while a site's footer shows up in a few hundred of its articles as clearly as in a
 * million. The sample of a JSONL stream is held back and then cleaned like the rest, so even
 * standard input is read once.
 */
import { learnBoilerplate } from '../../batch/boilerplate.js';
import { decodeInput } from '../decode.js';
import { InputError } from '../errors.js';
import type { CliIO } from '../io.js';

export const LEARNING_SAMPLE = { documents: 1000, bytes: 64 * 1024 * 1024 };

/** The texts a batch learns from, until the sample is full. */
export class LearningSample {
  readonly texts: string[] = [];
  private bytes = 0;

  add(text: string): void {
    this.texts.push(text);
    this.bytes += text.length;
  }

  get full(): boolean {
    return this.texts.length >= LEARNING_SAMPLE.documents || this.bytes >= LEARNING_SAMPLE.bytes;
  }

  learn(): string[] {
    return learnBoilerplate(this.texts);
  }
}

export async function loadBoilerplateFile(path: string, io: CliIO): Promise<string[]> {
  let bytes: Uint8Array;
  try {
    bytes = await io.readFile(path);
  } catch (error) {
    throw new InputError(`${path}: cannot read the boilerplate list (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
  }
  let text: string;
  try {
    text = decodeInput(bytes);
  } catch (error) {
    throw new InputError(`${path}: ${(error as Error).message}`);
  }
  return text.split(/\r\n|\n|\r/).map((line) => line.trim()).filter((line) => line !== '');
}

export async function saveBoilerplateFile(path: string, lines: readonly string[], io: CliIO): Promise<void> {
  await io.writeFileAtomic(path, lines.map((line) => `${line}\n`).join(''));
}

/** The lines given and the lines learned, each once, given ones first. */
export function combineBoilerplate(given: readonly string[], learned: readonly string[]): string[] {
  return [...new Set([...given, ...learned])];
}
