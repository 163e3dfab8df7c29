/**
 * The options commander parses. Nothing heavy loads here: the engine and the passes are imported
 * by the runs that clean.
 */
import { Command, InvalidArgumentError, Option } from 'commander';
import { createRequire } from 'node:module';
import type { ColorChoice } from './color.js';
import { HELP_EXAMPLES } from './help.js';
import type { CliIO } from './io.js';

export const VERSION: string = (createRequire(import.meta.url)('../../package.json') as { version: string }).version;

/** Repeated from the engine rather than imported from it, which would load every pass. */
const DEFAULT_MIN_CONFIDENCE = 0.6;

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

export function buildProgram(io: CliIO): Command {
  return new Command('unscrape')
    .description(
      'Turn scraped or machine-translated article text into a clean article.\n' +
        'Reads each FILE (or standard input when there is none, or "-") and prints the clean text.\n' +
        'A trailing block in another language (an ad or newsletter tail) is split off, never lost.',
    )
    .argument('[files...]', 'the article texts to clean; "-" or nothing reads standard input')
    .option('--diff', 'print a unified diff; patch -p1 applies it')
    .option('--word-diff', 'show each edit as changed words in context, and why')
    .option('--report', 'print one line per edit and a summary line per file')
    .option('--json', 'print a JSON report: text, tail, metadata, edits')
    .option('-i, --interactive', 'accept or reject each edit and the tail split in turn')
    .option('--check', 'name each file that would change; exit 1 if any would')
    .option('-w, --write', 'rewrite files in place; tails go to FILE.tail.txt')
    .option('--backup', 'with --write, keep the original as FILE.orig')
    .option('--tail <file>', 'write the split-off foreign tail to FILE')
    .option('--keep-tail', 'do not split off a foreign tail')
    .addOption(
      new Option('--min-confidence <n>', 'apply edits at or above this confidence; report the rest as suggestions')
        .argParser(parseConfidence)
        .default(DEFAULT_MIN_CONFIDENCE),
    )
    .option('--only <passes>', 'run only these passes (comma-separated ids)', parseList)
    .option('--skip <passes>', 'do not run these passes (comma-separated ids)', parseList)
    .option('--list-passes', 'list the passes with their ids and exit')
    .option('--language <code>', 'the article language as an ISO 639-3 code (eng, nld, deu...) instead of detecting it')
    .option('--encoding <name>', 'decode input with this encoding (windows-1252, latin1...)', 'utf-8')
    .addOption(new Option('--color <when>', 'colour the output').choices(['auto', 'always', 'never']).default('auto'))
    .option('-r, --recursive', 'clean the files under each FOLDER (*.txt; *.jsonl with --jsonl)')
    .option('--out-dir <dir>', 'write each clean file to DIR at its relative path; tails beside it')
    .option('--jsonl', 'read JSON Lines: clean one field per record, one line out per line in')
    .option('--field <name>', 'with --jsonl, the field that holds the text', 'text')
    .option('--strict', 'with --jsonl, stop at the first line that is not a record (exit 2)')
    .option('--workers <n>', 'threads that clean a batch or JSONL (default: one per core)', parseWorkers)
    .option('--learn-boilerplate', 'learn the lines a batch repeats across articles and remove them')
    .option('--boilerplate-file <file>', 'remove the lines listed in FILE, one per line')
    .option('--save-boilerplate <file>', 'with --learn-boilerplate, save the lines to FILE')
    .option('--no-config', 'ignore .unscraperc.json and package.json "unscrape"')
    .option('-q, --quiet', 'print no notices on stderr')
    .version(VERSION, '-V, --version')
    .helpOption('-h, --help', 'show this help')
    .addHelpText('after', HELP_EXAMPLES)
    // A fixed width and no styles: the help is the same everywhere, and help.ts holds a copy.
    .configureHelp({ helpWidth: 80 })
    .showSuggestionAfterError(true)
    .exitOverride()
    .configureOutput({
      writeOut: (text) => io.stdout.write(text),
      writeErr: (text) => io.stderr.write(text),
      getOutHasColors: () => false,
      getErrHasColors: () => false,
      outputError: (text, write) => write(text.replace(/^error: /, 'unscrape: ')),
    });
}

export function parseConfidence(value: string): number {
  const number = Number(value);
  if (value.trim() === '' || !Number.isFinite(number) || number < 0 || number > 1) {
    throw new InvalidArgumentError('must be a number from 0 to 1');
  }
  return number;
}

function parseWorkers(value: string): number {
  const number = Number(value);
  if (!/^\d+$/.test(value.trim()) || number < 1) throw new InvalidArgumentError('must be a whole number of 1 or more');
  return number;
}

function parseList(value: string, previous: string[] = []): string[] {
  return [...previous, ...value.split(',').map((item) => item.trim()).filter(Boolean)];
}
