/**
 * V8's longest string (Node's `buffer.constants.MAX_STRING_LENGTH`, 2^29 - 24 characters on
 * 64-bit): past it an input cannot be read as one text, however much memory there is. Node
 * says so with the error code tested here, from a decoder as from `Buffer#toString`.
 */
export function isPastLongestString(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { code?: unknown }).code === 'ERR_STRING_TOO_LONG';
}

/** A size for the message that refuses such an input: `768 MB`, `512.1 MB`. */
export function inMegabytes(byteLength: number): string {
  return `${(byteLength / 2 ** 20).toLocaleString('en-US', { maximumFractionDigits: 1 })} MB`;
}
