/**
 * The command line: argv in, exit code out. All reading and writing goes through `CliIO`;
 * this module never calls process.exit, so tests run it in memory.
 */
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { clean, DEFAULT_MIN_CONFIDENCE } from '../engine.js';
import { unifiedDiff } from '../format/diff.js';
import { jsonReport } from '../format/json.js';
import { suggestionNotice, tailFileContent, tailNotice } from '../format/notices.js';
import { PASSES, selectPasses, UnknownPassError } from '../passes/index.js';
import { painterFor, useColor, type ColorChoice } from './color.js';
import { decodeInput, InputError } from './decode.js';
import type { CliIO } from './io.js';
import { HELP_EXAMPLES, VERSION } from './help.js';

export const EXIT_OK = 0;
export const EXIT_USAGE = 2;

interface Options {
  diff?: boolean;
  json?: boolean;
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
}

class UsageError extends Error {}

export async function run(argv: readonly string[], io: CliIO): Promise<number> {
  const program = buildProgram(io);
  try {
    await program.parseAsync([...argv], { from: 'user' });
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? EXIT_OK : EXIT_USAGE;
    throw error;
  }
  const options = program.opts<Options>();
  try {
    if (options.listPasses) {
      io.stdout.write(listPasses());
      return EXIT_OK;
    }
    if (options.diff && options.json) throw new UsageError('--diff and --json are different outputs; choose one');
    return await cleanOne(program.args[0], options, io);
  } catch (error) {
    if (error instanceof UsageError || error instanceof InputError || error instanceof UnknownPassError) {
      io.stderr.write(`unscrape: ${error.message}\n`);
      return EXIT_USAGE;
    }
    throw error;
  }
}

async function cleanOne(file: string | undefined, options: Options, io: CliIO): Promise<number> {
  const name = file === undefined || file === '-' ? null : file;
  if (name === null && io.stdinIsTTY) throw new UsageError('no input: give a FILE, or pipe text in (see unscrape --help)');
  const bytes = name === null ? await io.readStdin() : await readNamed(name, io);
  let text: string;
  try {
    text = decodeInput(bytes, options.encoding);
  } catch (error) {
    if (error instanceof InputError) throw new InputError(`${name ?? 'stdin'}: ${error.message}`);
    throw error;
  }
  const result = clean(text, {
    minConfidence: options.minConfidence,
    passes: selectPasses({ only: options.only, skip: options.skip }),
    splitTail: !options.keepTail,
    language: options.language,
  });

  if (options.json) io.stdout.write(`${JSON.stringify(jsonReport(name, result), null, 2)}\n`);
  else if (options.diff) {
    const painter = await painterFor(useColor(options.color, io.stdout.isTTY, io.env));
    io.stdout.write(await unifiedDiff(name ?? 'stdin', text, result.text, painter));
  } else io.stdout.write(result.text);

  if (options.tail && result.tail) await io.writeFileAtomic(options.tail, tailFileContent(result.tail.text));
  if (!options.quiet) {
    const notices = [
      options.json ? null : tailNotice(name, result, options.tail ?? null),
      options.json ? null : suggestionNotice(name, result, options.minConfidence),
    ];
    for (const notice of notices) if (notice) io.stderr.write(`${notice}\n`);
  }
  return EXIT_OK;
}

async function readNamed(path: string, io: CliIO): Promise<Uint8Array> {
  try {
    return await io.readFile(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const problem =
      code === 'ENOENT' ? 'no such file'
      : code === 'EISDIR' ? 'is a directory'
      : code === 'EACCES' || code === 'EPERM' ? 'permission denied'
      : (error as Error).message;
    throw new InputError(`${path}: ${problem}`);
  }
}

function listPasses(): string {
  const width = Math.max(...PASSES.map((pass) => pass.id.length));
  return PASSES.map((pass) => `${pass.id.padEnd(width)}  ${pass.defaultOn ? 'on ' : 'off'}  ${pass.description}\n`).join('');
}

function buildProgram(io: CliIO): Command {
  return new Command('unscrape')
    .description(
      'Turn scraped or machine-translated article text into a clean article.\n' +
        'Reads FILE (or standard input when FILE is missing or "-") and prints the clean text.\n' +
        'A trailing block in another language (an ad or newsletter tail) is split off, never lost.',
    )
    .argument('[file]', 'the article text to clean; "-" or nothing reads standard input')
    .option('--diff', 'print a unified diff from the input to the clean text (applies with patch -p1)')
    .option('--json', 'print a JSON report: text, tail, language, metadata, edits with reasons')
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
    .addOption(new Option('--color <when>', 'colour the diff').choices(['auto', 'always', 'never']).default('auto'))
    .option('-q, --quiet', 'print no notices on stderr')
    .version(VERSION, '-V, --version')
    .helpOption('-h, --help', 'show this help')
    .addHelpText('after', HELP_EXAMPLES)
    .showSuggestionAfterError(true)
    .exitOverride()
    .configureOutput({
      writeOut: (text) => io.stdout.write(text),
      writeErr: (text) => io.stderr.write(text),
      outputError: (text, write) => write(text.replace(/^error: /, 'unscrape: ')),
    });
}

function parseConfidence(value: string): number {
  const number = Number(value);
  if (value.trim() === '' || !Number.isFinite(number) || number < 0 || number > 1) {
    throw new InvalidArgumentError('must be a number from 0 to 1');
  }
  return number;
}

function parseList(value: string, previous: string[] = []): string[] {
  return [...previous, ...value.split(',').map((item) => item.trim()).filter(Boolean)];
}
