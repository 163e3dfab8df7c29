/**
 * The failures a user can fix, reported as one line `unscrape: …` and exit code 2. Anything
 * else is a bug and keeps its stack trace.
 */

/** The command line asks for something impossible: conflicting options, a missing argument. */
export class UsageError extends Error {}

/** One input cannot be used: missing, unreadable, binary, badly encoded, or its config is wrong. */
export class InputError extends Error {}

/** Ctrl-C at a review question: the run stops and writes nothing more. */
export class Interrupted extends Error {}

export function isUserError(error: unknown): error is UsageError | InputError {
  return error instanceof UsageError || error instanceof InputError;
}
