import { applyEdits, mapSortedToBefore, resolveConflicts } from './apply.js';
import { createDocument, groupParagraphs, positionIn, splitLines, type Paragraph, type PreviousRound, type Span } from './document.js';
import { contextAround, editKey, type Edit, type ReportedEdit, type SkippedEdit } from './edit.js';
import { detectMainLanguage } from './language/classify.js';
import { createLanguageIdentifier } from './language/identify.js';
import { extractMetadata, type Metadata } from './metadata/extract.js';
import type { Pass } from './pass.js';
import { defaultPasses } from './passes/index.js';
import { findTail } from './tail.js';

export interface CleanOptions {
  /** Edits below this confidence are reported as suggestions, not applied. Default 0.6. */
  minConfidence?: number;
  /** The passes to run, in order. Default: every pass that is on by default. */
  passes?: readonly Pass[];
  /** Split off a trailing block in another language. Default true. */
  splitTail?: boolean;
  /** ISO 639-3 code of the article's language, instead of detecting it. */
  language?: string;
  /** Upper bound on fix-and-rerun rounds. Default 10. */
  maxRounds?: number;
  /**
   * Keys (`editKey`) of edits a reviewer refused: they are never proposed again, in any round,
   * so the edits that remain apply exactly as they would have and nothing shifts.
   */
  rejected?: ReadonlySet<string>;
  /** Lines learned as a site's boilerplate across a batch (`learnBoilerplate`), to be removed. */
  boilerplate?: readonly string[];
}

export interface Tail {
  /** The split-off text, exactly as it was in the input (leading blank lines included). */
  text: string;
  /** Offset in the input where it starts: `input.slice(0, start)` is the body. */
  start: number;
  language: string;
}

export interface CleanResult {
  text: string;
  tail: Tail | null;
  language: string;
  metadata: Metadata;
  /** Applied edits, in the order they were applied. */
  edits: ReportedEdit[];
  /** Edits below the confidence threshold, in the coordinates of the clean text. */
  suggestions: SkippedEdit[];
  /** Edits that overlapped a stronger edit in their round. */
  conflicts: SkippedEdit[];
  stats: { rounds: number; francCalls: number; stoppedBy: 'stable' | 'cycle' | 'max-rounds' };
}

export const DEFAULT_MIN_CONFIDENCE = 0.6;

export function clean(input: string, options: CleanOptions = {}): CleanResult {
  const minConfidence = options.minConfidence ?? DEFAULT_MIN_CONFIDENCE;
  const passes = options.passes ?? defaultPasses();
  const passOrder = passes.map((pass) => pass.id);
  const identifier = createLanguageIdentifier();
  const inputLines = splitLines(input);
  let inputParagraphs: Paragraph[] | undefined;
  const paragraphsOfInput = () => (inputParagraphs ??= groupParagraphs(input, inputLines));
  const language = options.language ?? detectMainLanguage(paragraphsOfInput().map((p) => p.text), identifier);
  const split = options.splitTail === false ? null : findTail(input, language, identifier, inputLines);
  const tail: Tail | null = split ? { text: input.slice(split.start), start: split.start, language: split.language } : null;

  let text = split ? input.slice(0, split.start) : input;
  const seen = new Set([text]);
  const history: Edit[][] = [];
  const edits: ReportedEdit[] = [];
  const conflicts: SkippedEdit[] = [];
  let suggestions: SkippedEdit[] = [];
  let stoppedBy: CleanResult['stats']['stoppedBy'] = 'max-rounds';
  const maxRounds = options.maxRounds ?? 10;
  const rejected = options.rejected ?? new Set<string>();
  let previous: PreviousRound | undefined;
  // The lines of the last round's text, which is the clean text when it came out stable: kept
  // for the metadata rather than split again (not the whole document, whose evidence is large).
  let lastStructure: { text: string; lines: Span[]; paragraphs: Paragraph[] } | undefined;

  for (let round = 1; round <= maxRounds; round++) {
    // The first round reads the input itself where no tail was split off: its lines are known.
    const known = text === input ? { lines: inputLines, paragraphs: paragraphsOfInput() } : undefined;
    const doc = createDocument(text, language, options.boilerplate, known, previous);
    lastStructure = { text, lines: doc.lines as Span[], paragraphs: doc.paragraphs as Paragraph[] };
    const reportAll = (list: readonly Edit[]): ReportedEdit[] => {
      const offsets = inputOffsets(list.map((edit) => edit.start), history);
      return list.map((edit, index) => ({
        ...edit,
        round,
        ...positionIn(inputLines, offsets[index]!),
        before: text.slice(edit.start, edit.end),
        after: edit.replacement,
        context: contextAround(text, edit.start, edit.end),
      }));
    };
    const report = (edit: Edit): ReportedEdit => reportAll([edit])[0]!;
    const isRejected = (edit: Edit) => rejected.size > 0 && rejected.has(editKey(report(edit)));
    const proposed = passes.flatMap((pass) => pass.run(doc)).filter((edit) => !isRejected(edit));
    const confident = proposed.filter((edit) => edit.confidence >= minConfidence);
    const { accepted, conflicts: lost } = resolveConflicts(confident, passOrder);
    const lostReports = reportAll(lost.map(({ edit }) => edit));
    // Loops, not push(...list): a spread of 100,000 edits overflows the call stack.
    lost.forEach(({ lostTo }, index) => conflicts.push({ ...lostReports[index]!, cause: 'conflict' as const, lostTo }));
    if (accepted.length === 0) {
      suggestions = reportAll(proposed.filter((edit) => edit.confidence < minConfidence)).map((edit) => ({ ...edit, cause: 'low-confidence' as const }));
      stoppedBy = 'stable';
      break;
    }
    for (const edit of reportAll(accepted)) edits.push(edit);
    history.push(accepted);
    text = applyEdits(text, accepted);
    previous = { doc, edits: accepted };
    if (seen.has(text)) {
      stoppedBy = 'cycle';
      break;
    }
    seen.add(text);
  }

  const result = {
    text,
    tail,
    language,
    metadata: undefined as unknown as Metadata,
    edits,
    suggestions,
    conflicts,
    stats: { rounds: history.length, francCalls: identifier.calls, stoppedBy },
  };
  const source: MetadataSource = { text, language, structure: lastStructure?.text === text ? lastStructure : undefined };
  Object.defineProperty(result, METADATA_SOURCE, { value: source });
  Object.defineProperty(result, 'metadata', { enumerable: true, get: readMetadata });
  return result;
}

/**
 * Metadata (its dates need a parser that takes ~30 ms to warm up) is extracted when first read:
 * printing the clean text never pays for it. It stays a plain enumerable field for JSON.
 * One getter for every result, reading its source from the result: a getter closure per result
 * would give each result its own hidden class, which V8 keeps (and with it the result's whole
 * document) until a full collection, so a stream of records filled the old generation.
 */
const METADATA_SOURCE = Symbol('metadata source');

interface MetadataSource {
  text: string;
  language: string;
  structure: { lines: Span[]; paragraphs: Paragraph[] } | undefined;
  metadata?: Metadata;
}

function readMetadata(this: { [METADATA_SOURCE]: MetadataSource }): Metadata {
  const source = this[METADATA_SOURCE];
  return (source.metadata ??= extractMetadata(createDocument(source.text, source.language, undefined, source.structure)));
}

/** Where offsets of the current round's text stood in the input, through every earlier round. */
function inputOffsets(offsets: readonly number[], history: readonly Edit[][]): number[] {
  const order = offsets.map((_, index) => index).sort((a, b) => offsets[a]! - offsets[b]!);
  let mapped = order.map((index) => offsets[index]!);
  for (let round = history.length - 1; round >= 0; round--) mapped = mapSortedToBefore(mapped, history[round]!);
  const result: number[] = new Array(offsets.length);
  order.forEach((index, rank) => (result[index] = mapped[rank]!));
  return result;
}
