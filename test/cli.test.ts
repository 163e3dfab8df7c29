/**
 * The real binary, spawned as a user would run it (npm test builds dist/ first), and the
 * same CLI in memory through run() with a memory CliIO.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { applyPatch } from 'diff';
import { describe, expect, it } from 'vitest';
import { clean } from '../src/engine.js';
import { run } from '../src/cli/main.js';
import { ROOT, scratch, SEED, seedClean, seedInput, seedTail, unscrape } from './support/binary.js';
import { memoryIO } from './support/memory-io.js';

describe('the real binary', () => {
  it('cleans a file to stdout and says on stderr what tail it split off', () => {
    const { code, stdout, stderr } = unscrape([join(SEED, 'input.txt')]);
    expect(code).toBe(0);
    expect(stdout).toBe(seedClean);
    expect(stderr).toMatch(/split off a Dutch tail of \d+ characters; it is not in the output\. Keep it with --tail FILE/);
  });

  it('cleans standard input, with no argument and with "-"', () => {
    expect(unscrape([], { input: seedInput }).stdout).toBe(seedClean);
    expect(unscrape(['-'], { input: seedInput }).stdout).toBe(seedClean);
  });

  it('writes the tail with --tail and says where it went', () => {
    const dir = scratch();
    const tailPath = join(dir, 'tail.txt');
    const { code, stderr } = unscrape(['--tail', tailPath, join(SEED, 'input.txt')]);
    expect(code).toBe(0);
    expect(readFileSync(tailPath, 'utf8')).toBe(seedTail);
    expect(stderr).toContain(`saved to ${tailPath}`);
  });

  it('keeps the tail in the output with --keep-tail', () => {
    const { stdout } = unscrape(['--keep-tail', join(SEED, 'input.txt')]);
    expect(stdout).toContain('De oplossingen van Microsoft');
  });

  it('prints a diff that the real patch applies to the input, giving the clean text', () => {
    const dir = scratch();
    copyFileSync(join(SEED, 'input.txt'), join(dir, 'article.txt'));
    const { code, stdout } = unscrape(['--diff', 'article.txt'], { cwd: dir });
    expect(code).toBe(0);
    expect(stdout).toMatch(/^--- a\/article\.txt\n\+\+\+ b\/article\.txt\n/);
    writeFileSync(join(dir, 'fix.patch'), stdout);
    const patch = spawnSync('patch', ['-p1', '-i', 'fix.patch'], { cwd: dir, encoding: 'utf8' });
    expect(patch.status, patch.stderr + patch.stdout).toBe(0);
    expect(readFileSync(join(dir, 'article.txt'), 'utf8')).toBe(seedClean);
  });

  it('prints a diff that the diff library applies, for stdin too', () => {
    const { stdout } = unscrape(['--diff'], { input: seedInput });
    expect(stdout).toContain('--- a/stdin');
    expect(applyPatch(seedInput, stdout)).toBe(seedClean);
  });

  it('colours the diff only when asked or allowed', () => {
    const escape = /\u001b\[/;
    const file = join(SEED, 'input.txt');
    expect(unscrape(['--diff', file]).stdout).not.toMatch(escape);
    expect(unscrape(['--diff', file], { env: { FORCE_COLOR: '1' } }).stdout).toMatch(escape);
    expect(unscrape(['--diff', '--color', 'always', file]).stdout).toMatch(escape);
    expect(unscrape(['--diff', '--color', 'never', file], { env: { FORCE_COLOR: '1' } }).stdout).not.toMatch(escape);
    expect(unscrape(['--diff', file], { env: { NO_COLOR: '1', FORCE_COLOR: '1' } }).stdout).not.toMatch(escape);
  });

  it('prints one JSON report with text, tail, language, metadata and the edits', () => {
    const { code, stdout, stderr } = unscrape(['--json', join(SEED, 'input.txt')]);
    expect(code).toBe(0);
    expect(stderr).toBe('');
    const report = JSON.parse(stdout);
    expect(report.text).toBe(seedClean);
    expect(report.language).toBe('eng');
    expect(report.tail.language).toBe('nld');
    expect(report.tail.text).toContain('Certified Office 365 experts');
    expect(report.metadata).toMatchObject({ published: '2020-10-04', source: 'nytimes' });
    expect(report.edits.map((edit: { pass: string }) => edit.pass).sort()).toEqual(
      ['casing', 'casing', 'casing', 'casing', 'duplicate-line', 'metadata-join', 'number-period', 'repeated-word'],
    );
    for (const edit of report.edits) {
      expect(edit).toMatchObject({ line: expect.any(Number), column: expect.any(Number), reason: expect.any(String) });
      expect(edit.confidence).toBeGreaterThan(0);
      expect(edit.confidence).toBeLessThanOrEqual(1);
    }
  });

  it('prints help with examples, and the version', () => {
    const help = unscrape(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('Usage: unscrape');
    expect(help.stdout).toContain('Examples:');
    const version = unscrape(['--version']);
    expect(version.stdout.trim()).toBe(JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version);
  });

  it.each([
    [['--bogus'], /unknown option '--bogus'/],
    [['missing.txt'], /missing\.txt: no such file/],
    [['--min-confidence', '5', 'x.txt'], /must be a number from 0 to 1/],
    [['--only', 'nonsense', join(SEED, 'input.txt')], /unknown pass “nonsense”; valid passes: .*casing/],
    [[ROOT], /is a directory/],
    [['--diff', '--json', join(SEED, 'input.txt')], /choose one/],
  ])('exits 2 with a one-line message for %j', (args, message) => {
    const { code, stdout, stderr } = unscrape(args);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr).toMatch(message);
  });

  it('refuses binary and invalid UTF-8 input, naming the byte', () => {
    const dir = scratch();
    writeFileSync(join(dir, 'binary.bin'), Buffer.from([0x41, 0x00, 0x42]));
    writeFileSync(join(dir, 'latin1.txt'), Buffer.from('caf\xe9 society', 'latin1'));
    expect(unscrape([join(dir, 'binary.bin')])).toMatchObject({ code: 2, stderr: expect.stringMatching(/NUL byte at byte 1/) });
    expect(unscrape([join(dir, 'latin1.txt')])).toMatchObject({ code: 2, stderr: expect.stringMatching(/offset 3/) });
    expect(unscrape(['--encoding', 'latin1', join(dir, 'latin1.txt')]).stdout).toBe('café society');
  });

  // Root reads every file, so this is skipped (visibly) there; test/signals-and-bad-input.test.ts
  // covers the same error in memory everywhere.
  it.skipIf(process.getuid?.() === 0)('refuses an unreadable file', () => {
    const dir = scratch();
    const path = join(dir, 'secret.txt');
    writeFileSync(path, 'text');
    chmodSync(path, 0o000);
    expect(unscrape([path])).toMatchObject({ code: 2, stderr: expect.stringMatching(/permission denied/) });
  });

  it('treats an empty file as an empty article', () => {
    expect(unscrape([], { input: '' })).toMatchObject({ code: 0, stdout: '' });
  });
});

describe('run() in memory', () => {
  it('cleans, writes the tail through the io, and returns 0', async () => {
    const { io, output, fileText } = memoryIO({ 'a.txt': seedInput });
    expect(await run(['--tail', 'tail.txt', 'a.txt'], io)).toBe(0);
    expect(output.stdout).toBe(seedClean);
    expect(fileText('tail.txt')).toBe(seedTail);
  });

  it('asks for input instead of waiting on a terminal', async () => {
    const { io, output } = memoryIO({}, { tty: true });
    expect(await run([], io)).toBe(2);
    expect(output.stderr).toMatch(/no input/);
  });

  it('reports low-confidence edits as suggestions and does not apply them', async () => {
    // Just above the least sure edit, whatever the passes' confidences are today.
    const weakest = clean(seedInput).edits.reduce((least, edit) => (edit.confidence < least.confidence ? edit : least));
    const { io, output } = memoryIO({ 'a.txt': seedInput });
    expect(await run(['--json', '--min-confidence', String(weakest.confidence + 0.005), 'a.txt'], io)).toBe(0);
    const report = JSON.parse(output.stdout);
    expect(report.text).toContain(weakest.context.before + weakest.before + weakest.context.after);
    expect(report.suggestions).toContainEqual(
      expect.objectContaining({ pass: weakest.pass, before: weakest.before, after: weakest.after, cause: 'low-confidence' }),
    );
  });

  it('lists the passes', async () => {
    const { io, output } = memoryIO();
    expect(await run(['--list-passes'], io)).toBe(0);
    expect(output.stdout).toMatch(/^casing +on +Restores/m);
  });
});
