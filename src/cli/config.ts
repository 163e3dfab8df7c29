/**
 * Optional project settings, loaded only by runs that clean: the nearest `.unscraperc.json` at
 * or above the input's folder (the working folder for stdin), or else the `unscrape` key of a
 * package.json on the way up. A config that is not valid is an input error naming the file,
 * not something to ignore: a typo would otherwise silently change what gets applied.
 */
import { dirname, join, resolve } from 'node:path';
import { PASSES } from '../passes/index.js';
import { InputError } from './errors.js';
import type { CliIO } from './io.js';
import { CONFIGURABLE, type Configurable } from './settings.js';

export interface FoundConfig {
  /** The file, with `#unscrape` for the key of a package.json. */
  source: string;
  values: Partial<Configurable>;
}

const PASS_IDS = PASSES.map((pass) => pass.id);
const isBoolean = (value: unknown) => (typeof value === 'boolean' ? null : 'must be true or false');
const isPassList = (value: unknown) => {
  if (!Array.isArray(value) || !value.every((id) => typeof id === 'string')) return 'must be a list of pass ids';
  const unknown = value.filter((id) => !PASS_IDS.includes(id));
  return unknown.length === 0 ? null : `names unknown pass “${unknown.join('”, “')}”; valid passes: ${PASS_IDS.join(', ')}`;
};
const CHECKS: Record<keyof Configurable, (value: unknown) => string | null> = {
  minConfidence: (value) => (typeof value === 'number' && value >= 0 && value <= 1 ? null : 'must be a number from 0 to 1'),
  only: isPassList,
  skip: isPassList,
  color: (value) => (value === 'auto' || value === 'always' || value === 'never' ? null : 'must be "auto", "always" or "never"'),
  language: (value) => (typeof value === 'string' && /^[a-z]{3}$/.test(value) ? null : 'must be an ISO 639-3 code such as "eng"'),
  encoding: (value) => (typeof value === 'string' && value !== '' ? null : 'must be an encoding name such as "utf-8"'),
  keepTail: isBoolean,
  backup: isBoolean,
  quiet: isBoolean,
};

export function validateConfig(source: string, raw: unknown): Partial<Configurable> {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) throw new InputError(`${source}: must be a JSON object of options`);
  for (const [key, value] of Object.entries(raw)) {
    if (!(CONFIGURABLE as readonly string[]).includes(key)) {
      throw new InputError(`${source}: unknown option "${key}"; valid options: ${CONFIGURABLE.join(', ')}`);
    }
    const problem = CHECKS[key as keyof Configurable](value);
    if (problem) throw new InputError(`${source}: "${key}" ${problem}`);
  }
  return raw as Partial<Configurable>;
}

/** Finds the config that applies to files in `folder`; one lookup per folder and run. */
export function configFinder(io: CliIO): (folder: string) => Promise<FoundConfig | null> {
  const found = new Map<string, Promise<FoundConfig | null>>();
  const find = (folder: string): Promise<FoundConfig | null> => {
    const absolute = resolve(io.cwd, folder);
    let lookup = found.get(absolute);
    if (!lookup) {
      lookup = configIn(absolute, io).then((config) => config ?? (dirname(absolute) === absolute ? null : find(dirname(absolute))));
      found.set(absolute, lookup);
    }
    return lookup;
  };
  return find;
}

async function configIn(folder: string, io: CliIO): Promise<FoundConfig | null> {
  const rcPath = join(folder, '.unscraperc.json');
  const rc = await readJson(rcPath, io);
  if (rc !== undefined) return { source: rcPath, values: validateConfig(rcPath, rc) };
  const packagePath = join(folder, 'package.json');
  const manifest = await readJson(packagePath, io);
  if (typeof manifest !== 'object' || manifest === null || !('unscrape' in manifest)) return null;
  const source = `${packagePath}#unscrape`;
  return { source, values: validateConfig(source, manifest.unscrape) };
}

/** The parsed file, or undefined when there is no such file. */
async function readJson(path: string, io: CliIO): Promise<unknown> {
  let bytes: Uint8Array;
  try {
    bytes = await io.readFile(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    // A folder on the way up that we may not read (EACCES) holds no config we could use either.
    if (code === 'ENOENT' || code === 'ENOTDIR' || code === 'EISDIR' || code === 'EACCES') return undefined;
    throw new InputError(`${path}: ${(error as Error).message}`);
  }
  try {
    return JSON.parse(new TextDecoder().decode(bytes));
  } catch (error) {
    throw new InputError(`${path}: not valid JSON (${(error as Error).message})`);
  }
}
