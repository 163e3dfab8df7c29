import { createDocument, groupParagraphs, splitLines, type Paragraph, type Span } from './document.js';
import type { ReportedEdit, SkippedEdit } from './edit.js';
import { detectMainLanguage } from './language/classify.js';
import { createLanguageIdentifier } from './language/identify.js';
import { extractMetadata, type Metadata } from './metadata/extract.js';
import { openingParagraphs } from './opening.js';
import type { Pass } from './pass.js';
import { defaultPasses } from './passes/index.js';
import { setTextInPieces } from './result-text.js';
import { cleanToFixedPoint, type RoundsSettings, type StoppedBy } from './rounds.js';
import { cleanInSections, DEFAULT_SECTION_LENGTH } from './sections.js';
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
  /**
   * A text longer than this (UTF-16 code units; default 100,000, some 16,000 words) is cleaned
   * in sections of whole paragraphs about this long, each its own document for what passes
   * learn from the document: memory stays proportional to a section, not to the whole text.
   */
  sectionLength?: number;
  /**
   * Called as each section of a text cleaned in sections is about to be cleaned, on the thread
   * that cleans it: a long text takes seconds, and the command line keeps its heap sized
   * meanwhile (the first call comes after the whole text was read for its language and tail).
   */
  onSection?: () => void;
}

export interface Tail {
  /** The split-off text, exactly as it was in the input (leading blank lines included). */
  text: string;
  /** Offset in the input where it starts: `input.slice(0, start)` is the body. */
  start: number;
  language: string;
}

export interface CleanResult {
  /** The clean text. A text cleaned in sections holds it as their texts until it is first read. */
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
  stats: {
    rounds: number;
    francCalls: number;
    stoppedBy: StoppedBy;
    /** How many sections a long text was cleaned in (`CleanOptions.sectionLength`); 1 for an article. */
    sections: number;
  };
}

export const DEFAULT_MIN_CONFIDENCE = 0.6;

export function clean(input: string, options: CleanOptions = {}): CleanResult {
  const minConfidence = options.minConfidence ?? DEFAULT_MIN_CONFIDENCE;
  const passes = options.passes ?? defaultPasses();
  const passOrder = passes.map((pass) => pass.id);
  const identifier = createLanguageIdentifier();
  const sectionLength = options.sectionLength ?? DEFAULT_SECTION_LENGTH;
  // A text long enough for sections is read for its language and tail at its two ends only.
  const long = input.length > sectionLength;
  // Split when first needed: a long text's lines are never all split out at once.
  const whole: { lines?: Span[]; paragraphs?: Paragraph[] } = { lines: long ? undefined : splitLines(input) };
  const linesOfInput = () => (whole.lines ??= splitLines(input));
  const paragraphsOfInput = () => (whole.paragraphs ??= groupParagraphs(input, linesOfInput()));
  const language = options.language ?? detectMainLanguage(long ? openingParagraphs(input) : paragraphsOfInput().map((p) => p.text), identifier);
  const split = options.splitTail === false ? null : findTail(input, language, identifier, whole.lines);
  const tail: Tail | null = split ? { text: input.slice(split.start), start: split.start, language: split.language } : null;

  const body = split ? input.slice(0, split.start) : input;
  const settings: RoundsSettings = {
    language,
    boilerplate: options.boilerplate,
    passes,
    passOrder,
    minConfidence,
    rejected: options.rejected ?? new Set<string>(),
    maxRounds: options.maxRounds ?? 10,
  };
  const inSections = body.length > sectionLength;
  // The first round reads the input itself where no tail was split off: its lines are known.
  const cleaned =
    inSections
      ? cleanInSections(body, sectionLength, settings, options.onSection)
      : cleanToFixedPoint(body, settings, { report: linesOfInput(), structure: body === input ? () => ({ lines: linesOfInput(), paragraphs: paragraphsOfInput() }) : undefined });
  const { edits, suggestions, conflicts, stoppedBy } = cleaned;

  const result = {
    text: 'texts' in cleaned ? '' : cleaned.text,
    tail,
    language,
    metadata: undefined as unknown as Metadata,
    edits,
    suggestions,
    conflicts,
    stats: { rounds: cleaned.rounds, francCalls: identifier.calls, stoppedBy, sections: 'sections' in cleaned ? cleaned.sections : 1 },
  };
  if ('texts' in cleaned) setTextInPieces(result, cleaned.texts);
  const source: MetadataSource = { language, structure: cleaned.structure };
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
  language: string;
  structure: { lines: Span[]; paragraphs: Paragraph[] } | undefined;
  metadata?: Metadata;
}

function readMetadata(this: { [METADATA_SOURCE]: MetadataSource; text: string }): Metadata {
  const source = this[METADATA_SOURCE];
  return (source.metadata ??= extractMetadata(createDocument(this.text, source.language, undefined, source.structure)));
}
