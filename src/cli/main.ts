/**
 * The command line: argv in, exit code out. All reading and writing goes through `CliIO`;
 * this module never calls process.exit, so tests run it in memory. `--help` is answered before
 * anything else loads; commander, the engine, the formats and the review are imported by the
 * runs that use them, because start-up time is most of a short run.
 */
import { Interrupted, isUserError } from './errors.js';
import { HELP_TEXT } from './help.js';
import type { CliIO } from './io.js';
import type { CliOptions } from './program.js';
import type { Settings } from './settings.js';

export const EXIT_OK = 0;
/** --check: some input would change. */
export const EXIT_WOULD_CHANGE = 1;
export const EXIT_USAGE = 2;
/** Ctrl-C during a review, as a shell reports SIGINT. */
export const EXIT_INTERRUPTED = 130;

export async function run(argv: readonly string[], io: CliIO): Promise<number> {
  if (argv.length === 1 && (argv[0] === '--help' || argv[0] === '-h')) {
    io.stdout.write(HELP_TEXT);
    return EXIT_OK;
  }
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
  try {
    if (options.listPasses) {
      io.stdout.write((await import('./list-passes.js')).listPasses());
      return EXIT_OK;
    }
    const { settingsFrom } = await import('./settings.js');
    const files = program.args;
    const settings = settingsFrom(options, files, (key) => program.getOptionValueSource(key) === 'cli');
    return await cleanAll(files.length > 0 ? files : ['-'], settings, io);
  } catch (error) {
    if (error instanceof Interrupted) return EXIT_INTERRUPTED;
    if (!isUserError(error)) throw error;
    io.stderr.write(`unscrape: ${error.message}\n`);
    return EXIT_USAGE;
  }
}

/** One input after another: a failing input is reported in one line and the others go on. */
async function cleanAll(targets: readonly string[], settings: Settings, io: CliIO): Promise<number> {
  const { createFileProcessor } = await import('./process-file.js');
  const { createOutput } = await import('./output.js');
  const processor = await createFileProcessor(settings, io);
  const output = createOutput(settings, io);
  let failed = false;
  try {
    for (const target of targets) {
      try {
        await output.show(await processor.process(target));
      } catch (error) {
        if (!isUserError(error)) throw error;
        io.stderr.write(`unscrape: ${error.message}\n`);
        failed = true;
      }
    }
  } finally {
    processor.close();
  }
  output.finish();
  if (failed) return EXIT_USAGE;
  return settings.check && output.changed > 0 ? EXIT_WOULD_CHANGE : EXIT_OK;
}
