/**
 * Bytes to lines as the chunks of a stream arrive, so that a JSONL file of any length is read
 * in the memory of its longest line. A line ends at `\n`; a `\r` before it (CRLF files) is not
 * part of it; a last line without `\n` still counts; a byte order mark at the very start is
 * dropped. Lines stay bytes: the caller decides what invalid UTF-8 means.
 */
const NEWLINE = 0x0a;
const CARRIAGE_RETURN = 0x0d;
const BYTE_ORDER_MARK = [0xef, 0xbb, 0xbf];

export class LineSplitter {
  /** The start of a line whose end has not arrived yet, in the pieces it came in. */
  private pending: Uint8Array[] = [];
  private atStart = true;

  /** The lines that `chunk` completes. */
  push(chunk: Uint8Array): Uint8Array[] {
    const lines: Uint8Array[] = [];
    let from = this.skipByteOrderMark(chunk);
    for (let newline = chunk.indexOf(NEWLINE, from); newline !== -1; newline = chunk.indexOf(NEWLINE, from)) {
      lines.push(withoutCarriageReturn(this.takePending(chunk.subarray(from, newline))));
      from = newline + 1;
    }
    if (from < chunk.length) this.pending.push(chunk.subarray(from));
    return lines;
  }

  /** The last line, when the input did not end with a line break. */
  end(): Uint8Array[] {
    if (this.pending.length === 0) return [];
    return [withoutCarriageReturn(this.takePending(new Uint8Array(0)))];
  }

  private takePending(last: Uint8Array): Uint8Array {
    if (this.pending.length === 0) return last;
    const pieces = [...this.pending, last];
    this.pending = [];
    const line = new Uint8Array(pieces.reduce((length, piece) => length + piece.length, 0));
    let offset = 0;
    for (const piece of pieces) {
      line.set(piece, offset);
      offset += piece.length;
    }
    return line;
  }

  private skipByteOrderMark(chunk: Uint8Array): number {
    if (!this.atStart || chunk.length === 0) return 0;
    // A mark split across the first chunks is too rare in practice to handle; only a whole one is dropped.
    this.atStart = false;
    return BYTE_ORDER_MARK.every((byte, index) => chunk[index] === byte) ? BYTE_ORDER_MARK.length : 0;
  }
}

function withoutCarriageReturn(line: Uint8Array): Uint8Array {
  return line.length > 0 && line[line.length - 1] === CARRIAGE_RETURN ? line.subarray(0, line.length - 1) : line;
}

/** Lines in one new buffer, each ended by `\n`: a buffer of its own, which can be transferred to a worker. */
export function joinLines(lines: readonly Uint8Array[]): Uint8Array {
  const joined = new Uint8Array(lines.reduce((length, line) => length + line.length + 1, 0));
  let offset = 0;
  for (const line of lines) {
    joined.set(line, offset);
    offset += line.length;
    joined[offset++] = NEWLINE;
  }
  return joined;
}

/** The lines of a `joinLines` buffer, without their `\n`. */
export function* splitJoinedLines(joined: Uint8Array): Generator<Uint8Array> {
  for (let start = 0, end = joined.indexOf(NEWLINE); end !== -1; start = end + 1, end = joined.indexOf(NEWLINE, start)) {
    yield joined.subarray(start, end);
  }
}
