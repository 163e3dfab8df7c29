/**
 * The immutable view every pass reads. Structure (lines, paragraphs) is computed up front;
 * heavier evidence (word tokens, the casing census) is computed on first use and then shared by
 * every pass of the same round through `doc.evidence(...)`.
 */
export interface Span {
  start: number;
  /** Exclusive; excludes the line terminator. */
  end: number;
  text: string;
}

export interface Paragraph extends Span {
  /** The lines of this paragraph (no blank lines inside). */
  lines: Span[];
}

export interface Position {
  line: number;
  column: number;
}

export interface Document {
  readonly text: string;
  /** ISO 639-3 code of the main language of the body, `und` when undetermined. */
  readonly language: string;
  readonly lines: readonly Span[];
  readonly paragraphs: readonly Paragraph[];
  /** 1-based line and column of an offset. */
  position(offset: number): Position;
  /** Computes `build(doc)` once per document and returns the same value to every caller. */
  evidence<T>(build: (doc: Document) => T): T;
  /** Lines learned as a site's boilerplate across a batch (`learnBoilerplate`); empty when none. */
  readonly boilerplate: readonly string[];
}

const LINE_BREAK = /\r\n|\n|\r/g;

export function splitLines(text: string): Span[] {
  const lines: Span[] = [];
  let start = 0;
  for (const match of text.matchAll(LINE_BREAK)) {
    lines.push({ start, end: match.index, text: text.slice(start, match.index) });
    start = match.index + match[0].length;
  }
  lines.push({ start, end: text.length, text: text.slice(start) });
  return lines;
}

export function isBlank(line: string): boolean {
  return line.trim() === '';
}

export function groupParagraphs(text: string, lines: readonly Span[]): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  let current: Span[] = [];
  const flush = () => {
    const first = current[0];
    const last = current[current.length - 1];
    if (first && last) {
      paragraphs.push({ start: first.start, end: last.end, text: text.slice(first.start, last.end), lines: current });
    }
    current = [];
  };
  for (const line of lines) {
    if (isBlank(line.text)) flush();
    else current.push(line);
  }
  flush();
  return paragraphs;
}

/** `structure`: the lines and paragraphs of `text` where the caller has them already. */
export function createDocument(
  text: string,
  language = 'und',
  boilerplate: readonly string[] = [],
  structure?: { lines: Span[]; paragraphs: Paragraph[] },
): Document {
  const lines = structure?.lines ?? splitLines(text);
  const paragraphs = structure?.paragraphs ?? groupParagraphs(text, lines);
  const cache = new Map<unknown, unknown>();
  const doc: Document = {
    text,
    language,
    lines,
    paragraphs,
    boilerplate,
    position: (offset) => positionIn(lines, offset),
    evidence<T>(build: (doc: Document) => T): T {
      if (!cache.has(build)) cache.set(build, build(doc));
      return cache.get(build) as T;
    },
  };
  return doc;
}

/** 1-based line and column of `offset` among `lines` (from `splitLines`). */
export function positionIn(lines: readonly Span[], offset: number): Position {
  let low = 0;
  let high = lines.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if ((lines[middle]?.start ?? 0) <= offset) low = middle;
    else high = middle - 1;
  }
  return { line: low + 1, column: offset - (lines[low]?.start ?? 0) + 1 };
}
