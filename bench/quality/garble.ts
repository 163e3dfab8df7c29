/**
 * Ways scraped text gets garbled, shared by the quality benchmark and the tests that check a
 * pass undoes them: text read with the wrong encoding, and text wrapped at a fixed width.
 */
const WINDOWS_1252_80_TO_9F = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

/** UTF-8 bytes read as Windows-1252, as a misconfigured scraper reads them. */
export function asWindows1252(text: string): string {
  return [...Buffer.from(text, 'utf8').toString('latin1')]
    .map((char) => (char >= '\u0080' && char <= '\u009f' ? WINDOWS_1252_80_TO_9F[char.charCodeAt(0) - 0x80]! : char))
    .join('');
}

/** Wraps one line greedily at `width`, as `fold -s` or a mail client does. */
export function wrapLine(line: string, width: number): string {
  const lines: string[] = [];
  let current = '';
  for (const word of line.split(' ')) {
    if (current && current.length + 1 + word.length > width) {
      lines.push(current);
      current = word;
    } else current = current ? `${current} ${word}` : word;
  }
  return [...lines, current].join('\n');
}
