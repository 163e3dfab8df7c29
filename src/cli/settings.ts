/**
 * The options of one run, checked once: which output, which action (check, write, review), and
 * the configurable options a config file may fill in where the command line is silent.
 */
import type { OutputFormat } from '../format/render.js';
import type { ColorChoice } from './color.js';
import { UsageError } from './errors.js';
import type { CliOptions } from './options.js';

/** What `.unscraperc.json` may set: how a project's articles are cleaned, not what one run does. */
export interface Configurable {
  minConfidence: number;
  only: string[];
  skip: string[];
  color: ColorChoice;
  language: string | undefined;
  encoding: string;
  keepTail: boolean;
  backup: boolean;
  quiet: boolean;
}

export const CONFIGURABLE: readonly (keyof Configurable)[] = [
  'minConfidence', 'only', 'skip', 'color', 'language', 'encoding', 'keepTail', 'backup', 'quiet',
];

export interface Settings extends Configurable {
  format: OutputFormat;
  check: boolean;
  write: boolean;
  interactive: boolean;
  /** `--tail FILE`; with --write and without it, each tail goes to FILE.tail.txt. */
  tail: string | null;
  /** `--out-dir DIR`: each clean file goes to DIR at its relative path, its tail beside it. */
  outDir: string | null;
  useConfig: boolean;
  /** The configurable options the command line gave: a config file does not override them. */
  explicit: ReadonlySet<keyof Configurable>;
}

const FORMAT_FLAGS = [['diff', '--diff'], ['wordDiff', '--word-diff'], ['report', '--report'], ['json', '--json']] as const;
const FORMATS = { diff: 'diff', wordDiff: 'word-diff', report: 'report', json: 'json' } as const;

export function settingsFrom(options: CliOptions, files: readonly string[], isExplicit: (key: string) => boolean): Settings {
  const formats = FORMAT_FLAGS.filter(([key]) => options[key]);
  if (formats.length > 1) throw new UsageError(`${formats.map(([, flag]) => flag).join(' and ')} are different outputs; choose one`);
  const check = options.check === true;
  const write = options.write === true;
  const interactive = options.interactive === true;
  if (check && write) throw new UsageError('--check changes nothing and --write rewrites files; choose one');
  if (check && interactive) throw new UsageError('--check asks nothing; choose --check or --interactive');
  if (check && options.tail) throw new UsageError('--check writes nothing, not even a tail; drop --tail');
  if (options.backup && !write) throw new UsageError('--backup keeps the original of a file that --write rewrites; add --write');
  if (write && (files.length === 0 || files.includes('-'))) throw new UsageError('--write rewrites files; give FILE arguments, not standard input');
  if (files.filter((file) => file === '-').length > 1) throw new UsageError('standard input ("-") can be read only once');
  if (options.tail && files.length > 1) throw new UsageError('--tail names one file; with several inputs, --write saves each tail beside its file');
  const outDir = options.outDir ?? null;
  if (outDir !== null && (write || check)) throw new UsageError(`--out-dir writes clean copies; ${write ? '--write rewrites the files themselves' : '--check writes nothing'}; choose one`);
  if (outDir !== null && (files.length === 0 || files.includes('-'))) throw new UsageError('--out-dir writes one file per input file; give FILE or FOLDER arguments, not standard input');
  if (outDir !== null && options.tail) throw new UsageError('--out-dir saves each tail beside its clean file; drop --tail');
  const chosen = formats[0]?.[0];
  return {
    format: chosen ? FORMATS[chosen] : check || write || outDir !== null ? 'none' : 'text',
    check,
    write,
    interactive,
    tail: options.tail ?? null,
    outDir,
    useConfig: options.config,
    minConfidence: options.minConfidence,
    only: options.only ?? [],
    skip: options.skip ?? [],
    color: options.color,
    language: options.language,
    encoding: options.encoding,
    keepTail: options.keepTail === true,
    backup: options.backup === true,
    quiet: options.quiet === true,
    explicit: new Set(CONFIGURABLE.filter((key) => isExplicit(key))),
  };
}

/** The settings for one input once its config is known: the command line still wins. */
export function withConfig(settings: Settings, config: Partial<Configurable>): Settings {
  const fromConfig = Object.entries(config).filter(([key]) => !settings.explicit.has(key as keyof Configurable));
  return { ...settings, ...Object.fromEntries(fromConfig) };
}
