/**
 * The columns of a word token list (offsets, line, key hash, kinds, flags) while it is built.
 * Word tokens are found for every document of a corpus, so the growing arrays are kept from
 * one document to the next and the finished list is cut out of them.
 */

export interface TokenColumns {
  starts: Int32Array;
  ends: Int32Array;
  lineOf: Int32Array;
  hashes: Int32Array;
  kinds: Uint8Array;
  flags: Uint8Array;
}

/**
 * The growing columns of a token list under construction, kept from one document to the next:
 * allocating six typed arrays per document cost more than filling them.
 */
export class Columns {
  length = 0;
  starts: Int32Array<ArrayBuffer>;
  ends: Int32Array<ArrayBuffer>;
  lineOf: Int32Array<ArrayBuffer>;
  hashes: Int32Array<ArrayBuffer>;
  kinds: Uint8Array<ArrayBuffer>;
  flags: Uint8Array<ArrayBuffer>;

  constructor(capacity = 1024) {
    this.starts = new Int32Array(capacity);
    this.ends = new Int32Array(capacity);
    this.lineOf = new Int32Array(capacity);
    this.hashes = new Int32Array(capacity);
    this.kinds = new Uint8Array(capacity);
    this.flags = new Uint8Array(capacity);
  }

  room(needed: number): void {
    if (this.length + needed <= this.starts.length) return;
    // A long page's columns grow by a quarter: doubled, they held up to twice its tokens, and
    // in a round after the first, the last round's columns are alive beside them.
    const factor = this.starts.length > KEPT_COLUMNS ? 1.25 : 2;
    let size = Math.ceil(this.starts.length * factor);
    while (this.length + needed > size) size = Math.ceil(size * factor);
    const grow = <T extends Int32Array<ArrayBuffer> | Uint8Array<ArrayBuffer>>(array: T): T => {
      const bigger = new (array.constructor as new (size: number) => T)(size);
      bigger.set(array);
      return bigger;
    };
    [this.starts, this.ends, this.lineOf, this.hashes] = [grow(this.starts), grow(this.ends), grow(this.lineOf), grow(this.hashes)];
    [this.kinds, this.flags] = [grow(this.kinds), grow(this.flags)];
  }

  /** The columns as views cut to their length, sharing the memory. */
  views(): TokenColumns {
    const length = this.length;
    return {
      starts: this.starts.subarray(0, length),
      ends: this.ends.subarray(0, length),
      lineOf: this.lineOf.subarray(0, length),
      hashes: this.hashes.subarray(0, length),
      kinds: this.kinds.subarray(0, length),
      flags: this.flags.subarray(0, length),
    };
  }

  /** The columns cut to their length, in two allocations. */
  take(): TokenColumns {
    const length = this.length;
    const numbers = new Int32Array(4 * length);
    const bytes = new Uint8Array(2 * length);
    const columns = [this.starts, this.ends, this.lineOf, this.hashes].map((column, index) => {
      const taken = numbers.subarray(index * length, (index + 1) * length);
      taken.set(column.subarray(0, length));
      return taken;
    });
    const kinds = bytes.subarray(0, length);
    const flags = bytes.subarray(length);
    kinds.set(this.kinds.subarray(0, length));
    flags.set(this.flags.subarray(0, length));
    return { starts: columns[0]!, ends: columns[1]!, lineOf: columns[2]!, hashes: columns[3]!, kinds, flags };
  }
}

let spareColumns: Columns | undefined;
/** A long page's columns are let go after use rather than kept for every later document. */
const KEPT_COLUMNS = 1 << 16;

/**
 * Empty columns to fill, for about `expected` tokens: the ones the last document left, else
 * new ones; for a long page, new ones of that size (found by doubling, they were up to twice it).
 */
export function borrowColumns(expected: number): Columns {
  if (expected > KEPT_COLUMNS) return new Columns(expected);
  const columns = spareColumns ?? new Columns();
  spareColumns = undefined;
  columns.length = 0;
  return columns;
}

/**
 * The filled columns, cut to length. A long page's are handed over as they are (no copy,
 * nothing kept); a short document's are copied out and the columns kept for the next one.
 */
export function finishColumns(columns: Columns): TokenColumns {
  if (columns.starts.length > KEPT_COLUMNS) return columns.views();
  spareColumns = columns;
  return columns.take();
}
