/**
 * The immutable view every pass reads. Structure (lines, paragraphs) is computed up front;
 * heavier evidence (word tokens, the casing census) is computed on first use and then shared by
 * every pass of the same round through `doc.evidence(...)`. What one paragraph alone decides
 * (`doc.paragraphEvidence(...)`) is carried over from the round before wherever the paragraph
 * is unchanged: a round that proves the text stable re-reads only what the last round changed.
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
  /**
   * `build(paragraph, language)` for paragraph `index`, computed once per paragraph, or taken
   * from the previous round's document where the same paragraph reads the same. So `build`
   * must depend on nothing else, give offsets relative to the paragraph's start, and be one
   * function for the whole run (declared at module level): results are kept by its identity.
   */
  paragraphEvidence<T>(build: ParagraphEvidence<T>, index: number): T;
  /**
   * The previous round's `doc.evidence(build)`, where that round computed it, for evidence that
   * carries over its own parts for unchanged paragraphs; undefined in a first round. Handed over
   * once: the first call lets go of the rest of the previous round's evidence (undefined after).
   */
  earlier<T>(build: (doc: Document) => T): Earlier<T> | undefined;
  /** Lines learned as a site's boilerplate across a batch (`learnBoilerplate`); empty when none. */
  readonly boilerplate: readonly string[];
}

export type ParagraphEvidence<T> = (paragraph: Paragraph, language: string) => T;

type ParagraphMemos = Map<ParagraphEvidence<unknown>, unknown[]>;

export interface Earlier<T> {
  value: T;
  /** The previous round's paragraphs. */
  paragraphs: readonly Paragraph[];
  /** The previous round's paragraph that reads the same as this round's paragraph `index`, or -1. */
  sameParagraph(index: number): number;
}

interface Kept {
  cache: Map<unknown, unknown>;
  memos: ParagraphMemos;
}

/** What a round keeps of the round before it. */
interface Carried {
  cache: Map<unknown, unknown> | undefined;
  memos: ParagraphMemos;
  paragraphs: readonly Paragraph[];
  edits: PreviousRound['edits'];
}

/** The round before: its paragraphs, their evidence, and the edits that made this round's text. */
export interface PreviousRound {
  doc: Document;
  /** Applied to `doc.text`; sorted by start, not overlapping. */
  edits: readonly { start: number; end: number; replacement: string }[];
}

/** Where a document keeps its evidence for the next round (a symbol: no WeakMap for the GC to trace). */
const MEMOS = Symbol('paragraph evidence');
type WithMemos = Document & { [MEMOS]?: Kept };

const LINE_BREAK = /\r\n|\n|\r/g;

/** The lines of `text`, or of its end from `from` on (the start of a line), at their offsets in `text`. */
export function splitLines(text: string, from = 0): Span[] {
  const lines: Span[] = [];
  let start = from;
  // Most texts break lines with \n alone: found by indexOf, without a match object per line.
  if (!text.includes('\r', from)) {
    for (let end = text.indexOf('\n', start); end !== -1; end = text.indexOf('\n', start)) {
      lines.push({ start, end, text: text.slice(start, end) });
      start = end + 1;
    }
  } else {
    LINE_BREAK.lastIndex = from;
    for (let match = LINE_BREAK.exec(text); match; match = LINE_BREAK.exec(text)) {
      lines.push({ start, end: match.index, text: text.slice(start, match.index) });
      start = match.index + match[0].length;
    }
  }
  lines.push({ start, end: text.length, text: text.slice(start) });
  return lines;
}

/** The first offset at or after `offset` where a line starts, or -1 where no line starts there. */
export function lineStartFrom(text: string, offset: number): number {
  if (offset <= 0) return 0;
  for (let at = offset - 1; at < text.length; at++) {
    const code = text.charCodeAt(at);
    if (code === 10) return at + 1;
    if (code === 13) return text.charCodeAt(at + 1) === 10 ? at + 2 : at + 1;
  }
  return -1;
}

/** Where the line holding `offset` ends (its line break, or the text's end). */
export function lineEndFrom(text: string, offset: number): number {
  for (let at = Math.max(0, offset); at < text.length; at++) {
    const code = text.charCodeAt(at);
    if (code === 13) return at;
    if (code === 10) return at > 0 && text.charCodeAt(at - 1) === 13 ? at - 1 : at;
  }
  return text.length;
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

/**
 * `structure`: the lines and paragraphs of `text` where the caller has them already.
 * `previous`: the round whose edits made `text`, to carry its paragraph evidence over.
 */
export function createDocument(
  text: string,
  language = 'und',
  boilerplate: readonly string[] = [],
  structure?: { lines: Span[]; paragraphs: Paragraph[] },
  previous?: PreviousRound,
): Document {
  const lines = structure?.lines ?? splitLines(text);
  const paragraphs = structure?.paragraphs ?? groupParagraphs(text, lines);
  const cache = new Map<unknown, unknown>();
  const memos: ParagraphMemos = new Map();
  // Only the previous round's evidence and paragraphs are kept, not its document: no chain of rounds.
  const kept = previous && previous.doc.language === language ? (previous.doc as WithMemos)[MEMOS] : undefined;
  const carried: Carried | undefined = previous && kept ? { ...kept, paragraphs: previous.doc.paragraphs, edits: previous.edits } : undefined;
  let sameAsBefore: Int32Array | undefined;
  const sameParagraph = (index: number) => (sameAsBefore ??= unchangedParagraphs(paragraphs, carried!.paragraphs, carried!.edits))[index]!;
  const doc: WithMemos = {
    [MEMOS]: { cache, memos },
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
    paragraphEvidence<T>(build: ParagraphEvidence<T>, index: number): T {
      let memo = memos.get(build);
      if (!memo) memos.set(build, (memo = new Array(paragraphs.length)));
      if (index in memo) return memo[index] as T;
      const before = carried?.memos?.get(build);
      if (before) {
        const was = sameParagraph(index);
        if (was >= 0 && was in before) return (memo[index] = before[was]) as T;
      }
      return (memo[index] = build(paragraphs[index]!, language)) as T;
    },
    earlier<T>(build: (doc: Document) => T): Earlier<T> | undefined {
      const before = carried?.cache;
      if (!before?.has(build)) return undefined;
      // On a long page each round's evidence is several times the text (the census holds the
      // word tokens too): the last round's goes before this round builds its own.
      carried!.cache = undefined;
      return { value: before.get(build) as T, paragraphs: carried!.paragraphs, sameParagraph };
    },
  };
  return doc;
}

/**
 * For each paragraph, the index of the previous round's paragraph that reads the same and
 * stood at the same place before the edits; -1 where there is none. Equal text is what makes
 * reuse safe; the place only finds the candidate in one walk.
 */
function unchangedParagraphs(paragraphs: readonly Paragraph[], before: readonly Paragraph[], edits: PreviousRound['edits']): Int32Array {
  const same = new Int32Array(paragraphs.length).fill(-1);
  let edit = 0;
  let shift = 0;
  let candidate = 0;
  paragraphs.forEach((paragraph, index) => {
    for (; edit < edits.length; edit++) {
      const { start, end, replacement } = edits[edit]!;
      if (start + shift + replacement.length > paragraph.start) break;
      shift += replacement.length - (end - start);
    }
    const startBefore = paragraph.start - shift;
    while (candidate < before.length && before[candidate]!.start < startBefore) candidate++;
    const match = before[candidate];
    if (match && match.start === startBefore && match.text === paragraph.text) same[index] = candidate;
  });
  return same;
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
