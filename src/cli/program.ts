/**
 * The command line as commander sees it, built from the option table in options.ts: it renders
 * --help and --version and words the errors. Loaded only for those (quick-args.ts parses the
 * rest); nothing heavy loads here either.
 */
import { Command, InvalidArgumentError, Option } from 'commander';
import { createRequire } from 'node:module';
import { HELP_EXAMPLES } from './help.js';
import type { CliIO } from './io.js';
import { InvalidValue, OPTIONS, type OptionSpec } from './options.js';

export type { CliOptions } from './options.js';

export const VERSION: string = (createRequire(import.meta.url)('../../package.json') as { version: string }).version;

export function buildProgram(io: CliIO): Command {
  const program = new Command('unscrape')
    .description(
      'Turn scraped or machine-translated article text into a clean article.\n' +
        'Reads each FILE (or standard input when there is none, or "-") and prints the clean text.\n' +
        'A trailing block in another language (an ad or newsletter tail) is split off, never lost.',
    )
    .argument('[files...]', 'the article texts to clean; "-" or nothing reads standard input');
  for (const spec of OPTIONS) program.addOption(commanderOption(spec));
  return program
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

function commanderOption(spec: OptionSpec): Option {
  const option = new Option(spec.flags, spec.description);
  if (spec.choices) option.choices(spec.choices);
  if (spec.default !== undefined) option.default(spec.default);
  const parse = spec.parse;
  if (parse) {
    option.argParser((value: string, previous: unknown) => {
      try {
        return parse(value, previous);
      } catch (error) {
        if (error instanceof InvalidValue) throw new InvalidArgumentError(error.message);
        throw error;
      }
    });
  }
  return option;
}
