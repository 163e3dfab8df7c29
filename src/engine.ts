import { applyEdits } from './apply.js';
import { createDocument, groupParagraphs, splitLines, type Paragraph, type Span } from './document.js';
import type { Edit, ReportedEdit, SkippedEdit } from './edit.js';
import { detectMainLanguage } from './language/classify.js';
import { createLanguageIdentifier } from './language/identify.js';
import { extractMetadata, type Metadata } from './metadata/extract.js';
import type { Pass } from './pass.js';
import { defaultPasses } from './passes/index.js';
import { playRound, type Handover, type RoundOutcome } from './round.js';
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
  // The last round's document, for the next round to take over (never held in this frame).
  const handover: Handover = { previous: undefined };
  // The lines of the last round's text, which is the clean text when it came out stable: kept
  // for the metadata rather than split again (not the whole document, whose evidence is large).
  let lastStructure: RoundOutcome['structure'] | undefined;

  for (let round = 1; round <= maxRounds; round++) {
    // The first round reads the input itself where no tail was split off: its lines are known.
    const structure = text === input ? { lines: inputLines, paragraphs: paragraphsOfInput() } : undefined;
    const played = playRound({ round, text, language, boilerplate: options.boilerplate, structure, passes, passOrder, minConfidence, rejected, inputLines, history }, handover);
    lastStructure = played.structure;
    // Loops, not push(...list): a spread of 100,000 edits overflows the call stack.
    for (const lost of played.conflicts) conflicts.push(lost);
    if (played.accepted.length === 0) {
      suggestions = played.suggestions;
      stoppedBy = 'stable';
      break;
    }
    for (const edit of played.applied) edits.push(edit);
    history.push(played.accepted);
    text = applyEdits(text, played.accepted);
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
