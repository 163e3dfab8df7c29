/**
 * The output modes through run() with a memory CliIO: several files, JSON for several files,
 * the order --write saves in, and the exit codes.
 */
import { describe, expect, it } from 'vitest';
import { run } from '../src/cli/main.js';
import { seedClean, seedInput, seedTail } from './support/binary.js';
import { memoryIO } from './support/memory-io.js';

describe('several files', () => {
  it('prints one JSON report for one file, and an array for several', async () => {
    const single = memoryIO({ 'a.txt': seedInput });
    expect(await run(['--json', 'a.txt'], single.io)).toBe(0);
    expect(JSON.parse(single.output.stdout)).toMatchObject({ file: 'a.txt', text: seedClean });

    const several = memoryIO({ 'a.txt': seedInput, 'b.txt': seedClean });
    expect(await run(['--json', 'a.txt', 'b.txt'], several.io)).toBe(0);
    const reports = JSON.parse(several.output.stdout);
    expect(reports.map((report: { file: string; edits: unknown[] }) => [report.file, report.edits.length > 0])).toEqual([['a.txt', true], ['b.txt', false]]);
  });

  it('prints the clean texts one after another and reports a missing file in one line', async () => {
    const { io, output } = memoryIO({ 'a.txt': 'first\n', 'c.txt': 'third\n' });
    expect(await run(['a.txt', 'missing.txt', 'c.txt'], io)).toBe(2);
    expect(output.stdout).toBe('first\nthird\n');
    expect(output.stderr).toMatch(/^unscrape: missing\.txt: no such file\nunscrape: 3 files in [\d.]+ s .*: 0 changed, 1 failed\n$/);
  });

  it('exits 2 for a usage error before reading any file', async () => {
    const { io, output } = memoryIO({ 'a.txt': seedInput });
    expect(await run(['--only', 'nonsense', 'a.txt'], io)).toBe(2);
    expect(output.stderr).toMatch(/^unscrape: unknown pass “nonsense”; valid passes: /);
    expect(output.stdout).toBe('');
  });
});

describe('--write', () => {
  it('saves the tail and the backup before it replaces the article', async () => {
    const { io, written, fileText } = memoryIO({ 'a.txt': seedInput });
    expect(await run(['-w', '--backup', 'a.txt'], io)).toBe(0);
    expect(written).toEqual(['a.txt.tail.txt', 'a.txt.orig', 'a.txt']);
    expect([fileText('a.txt'), fileText('a.txt.tail.txt'), fileText('a.txt.orig')]).toEqual([seedClean, seedTail, seedInput]);
  });

  it('writes nothing for a file that is already clean', async () => {
    const { io, written, output } = memoryIO({ 'a.txt': seedClean });
    expect(await run(['-w', '--backup', 'a.txt'], io)).toBe(0);
    expect(written).toEqual([]);
    expect(output.stderr).toBe('');
  });

  it('says nothing with --quiet', async () => {
    const { io, output } = memoryIO({ 'a.txt': seedInput });
    expect(await run(['-w', '-q', 'a.txt'], io)).toBe(0);
    expect(output).toMatchObject({ stdout: '', stderr: '' });
  });
});

describe('--check', () => {
  it('exits 1 when a file would change, 0 when none would, and writes nothing', async () => {
    const dirty = memoryIO({ 'a.txt': seedInput, 'b.txt': seedClean });
    expect(await run(['--check', 'a.txt', 'b.txt'], dirty.io)).toBe(1);
    expect(dirty.written).toEqual([]);
    const clean = memoryIO({ 'b.txt': seedClean });
    expect(await run(['--check', 'b.txt'], clean.io)).toBe(0);
  });

  it('can show what would change in any format', async () => {
    const { io, output } = memoryIO({ 'a.txt': seedInput });
    expect(await run(['--check', '--report', 'a.txt'], io)).toBe(1);
    expect(output.stdout).toMatch(/^a\.txt: \d+ edits applied, /m);
    expect(output.stderr).toMatch(/^unscrape: a\.txt would change/);
  });
});
