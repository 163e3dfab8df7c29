import { decodeInput } from './decode.js';
import { InputError, UsageError } from './errors.js';
import type { CliIO } from './io.js';

/**
 * One input's bytes and text: a named file, or standard input for `null`. Problems become one
 * line naming the input.
 */
export async function readInput(file: string | null, encoding: string, io: CliIO): Promise<{ bytes: Uint8Array; text: string }> {
  if (file === null && io.stdinIsTTY) throw new UsageError('no input: give a FILE, or pipe text in (see unscrape --help)');
  const bytes = file === null ? await io.readStdin() : await readNamed(file, io);
  try {
    return { bytes, text: decodeInput(bytes, encoding) };
  } catch (error) {
    if (error instanceof InputError) throw new InputError(`${file ?? 'stdin'}: ${error.message}`);
    throw error;
  }
}

async function readNamed(path: string, io: CliIO): Promise<Uint8Array> {
  try {
    return await io.readFile(path);
  } catch (error) {
    throw readError(path, error);
  }
}

/** A failed read as one line naming the file, for the errors a user can fix. */
export function readError(path: string, error: unknown): InputError {
  const code = (error as NodeJS.ErrnoException).code;
  const problem =
    code === 'ENOENT' ? 'no such file'
    : code === 'EISDIR' ? 'is a directory; add -r to clean the files under it'
    : code === 'EACCES' || code === 'EPERM' ? 'permission denied'
    : (error as Error).message;
  return new InputError(`${path}: ${problem}`);
}
