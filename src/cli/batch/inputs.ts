/**
 * The command line's inputs as a list of files: a file as given, a folder (with -r) as the
 * article files under it, a quoted glob as the files it matches (the shell leaves a quoted
 * pattern alone, and Windows shells expand none). Each file keeps the path it has below the
 * folder or glob it came from, which is where --out-dir puts its clean copy.
 */
import { isAbsolute, join, normalize, relative, resolve, sep } from 'node:path';
import type { CliIO } from '../io.js';

export interface InputFile {
  /** The path to read, as the user would write it; null for standard input. */
  path: string | null;
  /** Its place below the folder or glob base it came from (below the working folder for a file). */
  relative: string;
  /** Why it cannot be read, found while listing: reported at its turn, and the batch goes on. */
  problem?: string;
}

export interface Expansion {
  inputs: InputFile[];
  /** A folder or a glob was given: the run is a batch even if it found one file. */
  expanded: boolean;
}

/** What a folder holds for each mode; the files unscrape itself writes beside an article never count. */
export const ARTICLE_PATTERNS = ['**/*.txt'];
export const JSONL_PATTERNS = ['**/*.jsonl', '**/*.ndjson'];
const OWN_OUTPUT = /\.(?:tail\.txt|orig)$/;

const GLOB_MAGIC = /[*?[\]{}]/;

export async function expandInputs(args: readonly string[], options: { recursive: boolean; patterns: readonly string[] }, io: CliIO): Promise<Expansion> {
  const inputs: InputFile[] = [];
  let expanded = false;
  for (const arg of args) {
    if (arg === '-') {
      inputs.push({ path: null, relative: 'stdin' });
      continue;
    }
    // A plain name is a file until reading it says otherwise: one article costs no extra lookup.
    const info = options.recursive || GLOB_MAGIC.test(arg) ? await io.stat(resolve(io.cwd, arg)).catch(() => null) : null;
    if (info?.kind === 'directory') {
      expanded = true;
      if (!options.recursive) {
        inputs.push({ path: arg, relative: arg, problem: `${arg}: is a directory; add -r to clean the files under it` });
        continue;
      }
      inputs.push(...(await filesUnder(arg, options.patterns, io)));
    } else if (info === null && GLOB_MAGIC.test(arg)) {
      expanded = true;
      inputs.push(...(await filesMatching(arg, io)));
    } else {
      inputs.push({ path: arg, relative: belowWorkingFolder(arg, io.cwd) });
    }
  }
  return { inputs, expanded };
}

async function filesUnder(folder: string, patterns: readonly string[], io: CliIO): Promise<InputFile[]> {
  const found = (await io.glob(patterns, resolve(io.cwd, folder))).filter((path) => !OWN_OUTPUT.test(path));
  if (found.length === 0) return [{ path: folder, relative: folder, problem: `${folder}: holds no ${patterns.map((pattern) => pattern.replace('**/', '')).join(' or ')} files` }];
  return found.map((path) => ({ path: join(folder, path), relative: path }));
}

async function filesMatching(pattern: string, io: CliIO): Promise<InputFile[]> {
  const { base, rest } = splitGlob(pattern);
  const found = (await io.glob([rest], resolve(io.cwd, base))).filter((path) => !OWN_OUTPUT.test(path));
  if (found.length === 0) return [{ path: pattern, relative: pattern, problem: `${pattern}: no file matches` }];
  return found.map((path) => ({ path: base === '' ? path : join(base, path), relative: path }));
}

/** `articles/2024/**\/*.txt` -> base `articles/2024`, rest `**\/*.txt`: the folders before the first wildcard. */
export function splitGlob(pattern: string): { base: string; rest: string } {
  const segments = pattern.split('/');
  const firstMagic = segments.findIndex((segment) => GLOB_MAGIC.test(segment));
  const base = segments.slice(0, firstMagic).join('/');
  return { base: pattern.startsWith('/') && base === '' ? '/' : base, rest: segments.slice(firstMagic).join('/') };
}

/** A file inside the working folder keeps its path; one outside it (`../x.txt`, `/tmp/x.txt`) keeps its name. */
function belowWorkingFolder(path: string, cwd: string): string {
  const inside = relative(cwd, resolve(cwd, path));
  return inside.startsWith(`..${sep}`) || inside === '..' || isAbsolute(inside) ? (path.split(/[\\/]/).pop() ?? path) : normalize(inside);
}
