/**
 * `--help` is printed from help.ts without loading commander, for start-up time; these tests keep
 * that copy equal to what commander renders, and keep the heavy modules out of the start-up path.
 */
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { HELP_TEXT } from '../src/cli/help.js';
import { buildProgram } from '../src/cli/program.js';
import { ROOT, unscrape } from './support/binary.js';
import { memoryIO } from './support/memory-io.js';

describe('--help', () => {
  it('prints exactly what commander renders from the options (update help.ts when this fails)', async () => {
    const { io, output } = memoryIO();
    const program = buildProgram(io);
    await expect(program.parseAsync(['--help'], { from: 'user' })).rejects.toThrow();
    expect(HELP_TEXT).toBe(output.stdout);
  });

  it('is what the binary prints for --help and -h, with exit code 0', () => {
    for (const flag of ['--help', '-h']) expect(unscrape([flag])).toEqual({ code: 0, stdout: HELP_TEXT, stderr: '' });
  });

  it('documents every new mode and the exit codes', () => {
    for (const text of ['--word-diff', '--report', '--interactive', '--check', '--write', '--backup', '--no-config', '.unscraperc.json', '1 --check']) {
      expect(HELP_TEXT).toContain(text);
    }
  });
});

/** The modules a file loads before it runs: its static imports, followed through dist/. */
function staticImports(entry: string, seen = new Set<string>()): Set<string> {
  if (seen.has(entry)) return seen;
  seen.add(entry);
  const source = readFileSync(entry, 'utf8');
  for (const match of source.matchAll(/^import\s+(?:[^'"]*?\s+from\s+)?['"]([^'"]+)['"]/gm)) {
    const specifier = match[1]!;
    if (specifier.startsWith('.')) staticImports(resolve(dirname(entry), specifier), seen);
    else seen.add(specifier);
  }
  return seen;
}

/** The modules bin/unscrape.js imports for a run other than --help: the shell it starts from. */
function shell(): Set<string> {
  const bin = readFileSync(join(ROOT, 'bin/unscrape.js'), 'utf8');
  const entries = [...bin.matchAll(/import\('\.\.\/dist\/([^']+)'\)/g)].map((match) => match[1]!).filter((path) => path !== 'cli/help.js');
  const seen = new Set<string>();
  for (const entry of entries) staticImports(join(ROOT, 'dist', entry), seen);
  return seen;
}

describe('start-up through the compiled modules (the fallback where dist/bundle is missing; test/bundle.test.ts traces the bundle)', () => {
  const loaded = [...shell()].map((path) => path.replace(`${ROOT}dist/`, ''));

  it('answers --help from the help text alone', () => {
    const bin = readFileSync(join(ROOT, 'bin/unscrape.js'), 'utf8');
    const helpBranch = bin.slice(0, bin.indexOf('} else {'));
    expect([...helpBranch.matchAll(/import\('([^']+)'\)/g)].map((match) => match[1])).toEqual(['../dist/cli/help.js']);
    expect(staticImports(join(ROOT, 'dist/cli/help.js'))).toEqual(new Set([join(ROOT, 'dist/cli/help.js')]));
  });

  it('loads only the CLI shell before it knows what the run needs', () => {
    expect(loaded.filter((path) => !path.startsWith('node:')).sort()).toEqual(['cli/errors.js', 'cli/exit-codes.js', 'cli/help.js', 'cli/io.js', 'cli/main.js', 'text/pieces.js'].sort());
  });

  it.each(['commander', 'chalk', 'diff', 'franc', 'chrono-node', 'tinyglobby', 'node:readline', 'node:tty', 'node:crypto', 'node:worker_threads'])('does not load %s up front', (name) => {
    expect(loaded).not.toContain(name);
  });
});
