/**
 * `text` in pieces of `size` code units or one fewer: never between the two halves of a
 * surrogate pair, which would each be encoded alone as U+FFFD.
 */
export function* piecesOf(text: string, size: number): Generator<string> {
  for (let start = 0; start < text.length; ) {
    let end = Math.min(text.length, start + size);
    if (end < text.length && isHighSurrogate(text.charCodeAt(end - 1)) && end - 1 > start) end--;
    yield text.slice(start, end);
    start = end;
  }
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}
