/**
 * The command line: argv in, exit code out. All reading and writing goes through `CliIO`;
 * this module never calls process.exit, so tests run it in memory. `--help` is answered before
 * anything else loads, and a line util.parseArgs can read (quick-args.ts) never loads commander.
 * The engine, the formats, the review, the glob library and the worker threads are imported by
 * the runs that use them, because start-up time is most of a short run.
 */
import { Interrupted, isUserError, UsageError } from './errors.js';
import { EXIT_INTERRUPTED, EXIT_OK, EXIT_USAGE } from './exit-codes.js';
import { HELP_TEXT } from './help.js';
import type { CliIO } from './io.js';
import type { CliOptions } from './options.js';
import type { ParsedLine } from './quick-args.js';

export { EXIT_INTERRUPTED, EXIT_OK, EXIT_USAGE, EXIT_WOULD_CHANGE } from './exit-codes.js';

export async function run(argv: readonly string[], io: CliIO): Promise<number> {
  if (argv.length === 1 && (argv[0] === '--help' || argv[0] === '-h')) {
    io.stdout.write(HELP_TEXT);
    return EXIT_OK;
  }
  const line = (await import('./quick-args.js')).quickParse(argv) ?? (await parseWithCommander(argv, io));
  if (typeof line === 'number') return line;
  try {
    if (line.options.listPasses) {
      io.stdout.write((await import('./list-passes.js')).listPasses());
      return EXIT_OK;
    }
    return await cleanInputs(line.args, line.options, (key) => line.explicit.has(key), io);
  } catch (error) {
    if (error instanceof Interrupted) return EXIT_INTERRUPTED;
    if (!isUserError(error)) throw error;
    io.stderr.write(`unscrape: ${error.message}\n`);
    return EXIT_USAGE;
  }
}

/** The lines quick-args leaves to commander: --help and --version (exit 0), and the mistakes, which it words. */
async function parseWithCommander(argv: readonly string[], io: CliIO): Promise<ParsedLine | number> {
  const { CommanderError } = await import('commander');
  const { buildProgram } = await import('./program.js');
  const program = buildProgram(io);
  try {
    await program.parseAsync([...argv], { from: 'user' });
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? EXIT_OK : EXIT_USAGE;
    throw error;
  }
  const options = program.opts<CliOptions>();
  const explicit = new Set(Object.keys(options).filter((key) => program.getOptionValueSource(key) === 'cli'));
  return { options, args: program.args, explicit };
}

/** Checks the options, lists the inputs (folders and globs expanded), and hands them to the run for their kind. */
async function cleanInputs(args: readonly string[], options: CliOptions, isExplicit: (key: string) => boolean, io: CliIO): Promise<number> {
  const { settingsFrom } = await import('./settings.js');
  const { batchSettingsFrom } = await import('./batch/batch-settings.js');
  const { expandInputs, ARTICLE_PATTERNS, JSONL_PATTERNS } = await import('./batch/inputs.js');
  const settings = settingsFrom(options, args, isExplicit);
  const batch = batchSettingsFrom(options, io.cores, isExplicit);
  const patterns = batch.jsonl ? JSONL_PATTERNS : ARTICLE_PATTERNS;
  const expansion = await expandInputs(args.length > 0 ? args : ['-'], { recursive: batch.recursive, patterns }, io);
  const isBatch = batch.jsonl !== null || expansion.expanded || expansion.inputs.length > 1;
  if (batch.learnBoilerplate && !isBatch) {
    throw new UsageError('--learn-boilerplate learns from a batch: give a folder (with -r), a glob, several files, or --jsonl');
  }
  if (batch.jsonl) return (await import('./jsonl/run-jsonl.js')).runJsonl(expansion.inputs, settings, batch, io);
  return (await import('./run-files.js')).runFiles(expansion, settings, batch, io);
}
