/**
 * The command line parsed without commander, for start-up time: Node's own util.parseArgs
 * over the option table, giving exactly what commander would. Anything it is not sure of (an
 * unknown option, a missing or invalid value, --help, --version) returns null, and commander
 * parses the line instead, to print its help or word its error. test/cli-args.test.ts holds the
 * two parsers to the same answers.
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { describeFlags, InvalidValue, OPTIONS, type CliOptions } from './options.js';

export interface ParsedLine {
  options: CliOptions;
  args: string[];
  /** The options given on the command line (a config file does not override them). */
  explicit: ReadonlySet<string>;
}

const FLAGS = OPTIONS.map((spec) => ({ spec, ...describeFlags(spec.flags) }));

const CONFIG: NonNullable<ParseArgsConfig['options']> = Object.fromEntries(
  FLAGS.map(({ long, short, takesValue }) => [long, { type: takesValue ? 'string' : 'boolean', multiple: true, ...(short ? { short } : {}) }]),
);

export function quickParse(argv: readonly string[]): ParsedLine | null {
  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs({ args: [...argv], options: CONFIG, allowPositionals: true, strict: true });
  } catch {
    return null;
  }
  const values: Record<string, unknown> = {};
  const explicit = new Set<string>();
  try {
    for (const { spec, long, key, takesValue, negated } of FLAGS) {
      const given = parsed.values[long] as (string | boolean)[] | undefined;
      if (spec.default !== undefined) values[key] = spec.default;
      if (negated) values[key] = true;
      if (!given) continue;
      explicit.add(key);
      if (negated) values[key] = false;
      else if (!takesValue) values[key] = true;
      else for (const value of given as string[]) values[key] = readValue(spec, value, values[key]);
    }
  } catch (error) {
    if (error instanceof InvalidValue) return null;
    throw error;
  }
  return { options: values as unknown as CliOptions, args: parsed.positionals, explicit };
}

function readValue(spec: (typeof OPTIONS)[number], value: string, previous: unknown): unknown {
  if (spec.choices && !spec.choices.includes(value)) throw new InvalidValue(`must be one of ${spec.choices.join(', ')}`);
  // As commander does: a parser is given the value so far, the default before the first use.
  return spec.parse ? spec.parse(value, previous) : value;
}
