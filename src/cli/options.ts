/**
 * Every option of the command line, once: its flags, its help line, how its value is read and
 * its default. program.ts builds commander from this table (for --help, --version and the error
 * messages), and quick-args.ts parses the common command lines from it without loading
 * commander at all. Nothing here imports anything heavy.
 */
import type { ColorChoice } from './color.js';

export interface CliOptions {
  diff?: boolean;
  wordDiff?: boolean;
  report?: boolean;
  json?: boolean;
  check?: boolean;
  write?: boolean;
  backup?: boolean;
  interactive?: boolean;
  tail?: string;
  keepTail?: boolean;
  minConfidence: number;
  only?: string[];
  skip?: string[];
  listPasses?: boolean;
  language?: string;
  encoding: string;
  color: ColorChoice;
  quiet?: boolean;
  /** False with --no-config. */
  config: boolean;
  recursive?: boolean;
  outDir?: string;
  jsonl?: boolean;
  field: string;
  strict?: boolean;
  /** Without --workers, as many as there are cores. */
  workers?: number;
  learnBoilerplate?: boolean;
  boilerplateFile?: string;
  saveBoilerplate?: string;
}

/** A value an option cannot take; the message says what it must be. */
export class InvalidValue extends Error {}

export interface OptionSpec {
  /** As commander writes them: `-w, --write`, `--tail <file>`, `--no-config`. */
  flags: string;
  description: string;
  /** Reads the value given (and the value so far, for a list that grows with each use). */
  parse?: (value: string, previous: unknown) => unknown;
  default?: unknown;
  choices?: readonly string[];
}

/** Repeated from the engine rather than imported from it, which would load every pass. */
export const DEFAULT_MIN_CONFIDENCE = 0.6;

function parseConfidence(value: string): number {
  const number = Number(value);
  if (value.trim() === '' || !Number.isFinite(number) || number < 0 || number > 1) throw new InvalidValue('must be a number from 0 to 1');
  return number;
}

function parseWorkers(value: string): number {
  if (!/^\d+$/.test(value.trim()) || Number(value) < 1) throw new InvalidValue('must be a whole number of 1 or more');
  return Number(value);
}

function parseList(value: string, previous: unknown): string[] {
  return [...((previous as string[] | undefined) ?? []), ...value.split(',').map((item) => item.trim()).filter(Boolean)];
}

export const OPTIONS: readonly OptionSpec[] = [
  { flags: '--diff', description: 'print a unified diff; patch -p1 applies it' },
  { flags: '--word-diff', description: 'show each edit as changed words in context, and why' },
  { flags: '--report', description: 'print one line per edit and a summary line per file' },
  { flags: '--json', description: 'print a JSON report: text, tail, metadata, edits' },
  { flags: '-i, --interactive', description: 'accept or reject each edit and the tail split in turn' },
  { flags: '--check', description: 'name each file that would change; exit 1 if any would' },
  { flags: '-w, --write', description: 'rewrite files in place; tails go to FILE.tail.txt' },
  { flags: '--backup', description: 'with --write, keep the original as FILE.orig' },
  { flags: '--tail <file>', description: 'write the split-off foreign tail to FILE' },
  { flags: '--keep-tail', description: 'do not split off a foreign tail' },
  {
    flags: '--min-confidence <n>',
    description: 'apply edits at or above this confidence; report the rest as suggestions',
    parse: parseConfidence,
    default: DEFAULT_MIN_CONFIDENCE,
  },
  { flags: '--only <passes>', description: 'run only these passes (comma-separated ids)', parse: parseList },
  { flags: '--skip <passes>', description: 'do not run these passes (comma-separated ids)', parse: parseList },
  { flags: '--list-passes', description: 'list the passes with their ids and exit' },
  { flags: '--language <code>', description: 'the article language as an ISO 639-3 code (eng, nld, deu...) instead of detecting it' },
  { flags: '--encoding <name>', description: 'decode input with this encoding (windows-1252, latin1...)', default: 'utf-8' },
  { flags: '--color <when>', description: 'colour the output', choices: ['auto', 'always', 'never'], default: 'auto' },
  { flags: '-r, --recursive', description: 'clean the files under each FOLDER (*.txt; *.jsonl with --jsonl)' },
  { flags: '--out-dir <dir>', description: 'write each clean file to DIR at its relative path; tails beside it' },
  { flags: '--jsonl', description: 'read JSON Lines: clean one field per record, one line out per line in' },
  { flags: '--field <name>', description: 'with --jsonl, the field that holds the text', default: 'text' },
  { flags: '--strict', description: 'with --jsonl, stop at the first line that is not a record (exit 2)' },
  { flags: '--workers <n>', description: 'threads that clean a batch or JSONL (default: one per core)', parse: parseWorkers },
  { flags: '--learn-boilerplate', description: 'learn the lines a batch repeats across articles and remove them' },
  { flags: '--boilerplate-file <file>', description: 'remove the lines listed in FILE, one per line' },
  { flags: '--save-boilerplate <file>', description: 'with --learn-boilerplate, save the lines to FILE' },
  { flags: '--no-config', description: 'ignore .unscraperc.json and package.json "unscrape"' },
  { flags: '-q, --quiet', description: 'print no notices on stderr' },
];

/** `--min-confidence <n>` -> its long name, short letter, key in CliOptions and whether it takes a value. */
export function describeFlags(flags: string): { long: string; short: string | undefined; key: string; takesValue: boolean; negated: boolean } {
  const match = /^(?:-(\w), )?--([\w-]+)(?: <\w+>)?$/.exec(flags);
  if (!match) throw new Error(`cannot read the flags “${flags}”`);
  const long = match[2]!;
  const negated = long.startsWith('no-');
  const key = (negated ? long.slice(3) : long).replace(/-(\w)/g, (_, letter: string) => letter.toUpperCase());
  return { long, short: match[1], key, takesValue: flags.includes('<'), negated };
}
