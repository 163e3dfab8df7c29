/**
 * Two parsers, one answer: quick-args (util.parseArgs, no commander) must read every line it
 * accepts exactly as commander does, and leave to commander every line it is not sure of.
 */
import { describe, expect, it } from 'vitest';
import { buildProgram } from '../src/cli/program.js';
import { quickParse } from '../src/cli/quick-args.js';
import { memoryIO } from './support/memory-io.js';

async function commanderParse(argv: string[]) {
  const program = buildProgram(memoryIO().io);
  await program.parseAsync(argv, { from: 'user' });
  const options = program.opts();
  const explicit = new Set(Object.keys(options).filter((key) => program.getOptionValueSource(key) === 'cli'));
  return { options, args: program.args, explicit };
}

describe('quick-args', () => {
  it.each([
    [[]],
    [['a.txt']],
    [['-', '--diff']],
    [['--word-diff', 'a.txt', 'b.txt']],
    [['-qw', '--backup', 'a.txt']],
    [['-i', '-w', 'a.txt']],
    [['--min-confidence', '0.9', 'a.txt']],
    [['--min-confidence=0.25', '--min-confidence', '1']],
    [['--only', 'casing,number-period', '--only', 'spacing', '--skip', 'casing']],
    [['--only=']],
    [['--color', 'never', '--no-config', '--language', 'nld', '--encoding', 'latin1']],
    [['--tail', 't.txt', '--keep-tail', '--report', '--json', '--check', '--list-passes']],
    [['-r', 'in', '--out-dir', 'out', '--workers', '3', '--learn-boilerplate', '--save-boilerplate', 's.txt', '--boilerplate-file', 'b.txt']],
    [['--jsonl', '--field', 'body', '--strict', '-q', 'x.jsonl']],
    [['a.txt', '--', '--diff', '-q']],
  ])('reads %j as commander does', async (argv) => {
    const quick = quickParse(argv);
    expect(quick).not.toBeNull();
    const expected = await commanderParse(argv);
    expect({ ...quick, options: { ...quick!.options } }).toEqual(expected);
  });

  it.each([
    [['--help']],
    [['-h', 'a.txt']],
    [['-V']],
    [['--version']],
    [['--nonsense']],
    [['--diff=yes']],
    [['--tail']],
    [['--min-confidence', '2']],
    [['--min-confidence', 'x']],
    [['--workers', '0']],
    [['--color', 'sometimes']],
    [['-x']],
  ])('leaves %j to commander', (argv) => {
    expect(quickParse(argv)).toBeNull();
  });
});
