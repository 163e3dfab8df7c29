/**
 * --check and --write through the real binary, on real files: what is named, what is written,
 * and that nothing is half-written or lost.
 */
import { chmodSync, copyFileSync, lstatSync, mkdirSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { nodeIO } from '../src/cli/io.js';
import { clean } from '../src/engine.js';
import { scratch, SEED, seedClean, seedInput, seedTail, unscrape } from './support/binary.js';

/** A folder with the seed article as dirty.txt and its clean text as clean.txt. */
function articles(): string {
  const folder = scratch();
  copyFileSync(join(SEED, 'input.txt'), join(folder, 'dirty.txt'));
  copyFileSync(join(SEED, 'clean.txt'), join(folder, 'clean.txt'));
  return folder;
}
const read = (folder: string, file: string) => readFileSync(join(folder, file), 'utf8');

describe('--check', () => {
  it('exits 1 and names each file that would change, writing nothing', () => {
    const folder = articles();
    const { code, stdout, stderr } = unscrape(['--check', 'dirty.txt', 'clean.txt'], { cwd: folder });
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/^unscrape: dirty\.txt would change: \d+ edits, a Dutch tail of \d+ characters split off\n/);
    expect(stderr).not.toMatch(/clean\.txt would change/);
    expect(stderr).toMatch(/1 of 2 files would change; --write cleans it in place\n$/);
    expect(readdirSync(folder).sort()).toEqual(['clean.txt', 'dirty.txt']);
    expect(read(folder, 'dirty.txt')).toBe(seedInput);
  });

  it('exits 0 when no file would change', () => {
    const { code, stderr } = unscrape(['--check', 'clean.txt'], { cwd: articles() });
    expect(code).toBe(0);
    expect(stderr).toBe('unscrape: the file is clean\n');
  });

  it('checks standard input too, and still names files with --quiet', () => {
    expect(unscrape(['--check'], { input: seedClean }).code).toBe(0);
    const { code, stderr } = unscrape(['--check', '-q'], { input: seedInput });
    expect(code).toBe(1);
    expect(stderr).toMatch(/^unscrape: stdin would change: .*\n$/);
  });

  it('exits 2 when a file cannot be read, after checking the others', () => {
    const { code, stderr } = unscrape(['--check', 'missing.txt', 'dirty.txt'], { cwd: articles() });
    expect(code).toBe(2);
    expect(stderr).toMatch(/^unscrape: missing\.txt: no such file\nunscrape: dirty\.txt would change/);
  });
});

describe('--write', () => {
  it('rewrites the file in place, keeps its mode, and saves the tail beside it', () => {
    const folder = articles();
    chmodSync(join(folder, 'dirty.txt'), 0o640);
    const { code, stdout, stderr } = unscrape(['-w', 'dirty.txt', 'clean.txt'], { cwd: folder });
    expect(code).toBe(0);
    expect(stdout).toBe('');
    expect(read(folder, 'dirty.txt')).toBe(seedClean);
    expect(read(folder, 'dirty.txt.tail.txt')).toBe(seedTail);
    expect(statSync(join(folder, 'dirty.txt')).mode & 0o777).toBe(0o640);
    expect(stderr).toMatch(/^unscrape: dirty\.txt: rewritten \(\d+ edits, a Dutch tail of \d+ characters split off\); tail saved to dirty\.txt\.tail\.txt\n/);
    expect(stderr).toMatch(/\nunscrape: 2 files in .*: 1 changed, 1 tail split off\n/);
    expect(readdirSync(folder).sort()).toEqual(['clean.txt', 'dirty.txt', 'dirty.txt.tail.txt']);
  });

  it('keeps the original as FILE.orig with --backup, byte for byte', () => {
    const folder = articles();
    expect(unscrape(['--write', '--backup', 'dirty.txt'], { cwd: folder }).code).toBe(0);
    expect(read(folder, 'dirty.txt.orig')).toBe(seedInput);
    expect(read(folder, 'dirty.txt')).toBe(seedClean);
  });

  it('saves the tail where --tail says', () => {
    const folder = articles();
    expect(unscrape(['-w', '--tail', 'ad.txt', 'dirty.txt'], { cwd: folder }).code).toBe(0);
    expect(read(folder, 'ad.txt')).toBe(seedTail);
    expect(readdirSync(folder)).not.toContain('dirty.txt.tail.txt');
  });

  it('is idempotent: a second run changes nothing and says nothing', () => {
    const folder = articles();
    unscrape(['-w', 'dirty.txt'], { cwd: folder });
    expect(unscrape(['-w', 'dirty.txt'], { cwd: folder })).toEqual({ code: 0, stdout: '', stderr: '' });
    expect(read(folder, 'dirty.txt')).toBe(seedClean);
    expect(unscrape(['--check', 'dirty.txt'], { cwd: folder }).code).toBe(0);
  });

  it('never writes over another tail, and then leaves the article as it was', () => {
    const folder = articles();
    writeFileSync(join(folder, 'dirty.txt.tail.txt'), 'an older tail\n');
    const { code, stderr } = unscrape(['-w', 'dirty.txt'], { cwd: folder });
    expect(code).toBe(2);
    expect(stderr).toBe('unscrape: dirty.txt.tail.txt already holds another tail; move it away or name another file with --tail\n');
    expect(read(folder, 'dirty.txt.tail.txt')).toBe('an older tail\n');
    expect(read(folder, 'dirty.txt')).toBe(seedInput);
  });

  it('leaves no temporary file behind when the folder cannot be written', () => {
    if (process.getuid?.() === 0) return; // root writes anywhere; nothing to test here
    const folder = articles();
    chmodSync(folder, 0o555);
    const { code } = unscrape(['-w', 'dirty.txt'], { cwd: folder });
    chmodSync(folder, 0o755);
    expect(code).toBe(2);
    expect(readdirSync(folder).sort()).toEqual(['clean.txt', 'dirty.txt']);
  });

  it('rewrites the files it can and exits 2 for the one it cannot read', () => {
    const folder = articles();
    const { code, stderr } = unscrape(['-w', 'missing.txt', 'dirty.txt'], { cwd: folder });
    expect(code).toBe(2);
    expect(stderr).toMatch(/^unscrape: missing\.txt: no such file\n/);
    expect(read(folder, 'dirty.txt')).toBe(seedClean);
  });

  it.each([
    [['-w'], /--write rewrites files; give FILE arguments/],
    [['-w', '-'], /--write rewrites files; give FILE arguments/],
    [['--check', '-w', 'dirty.txt'], /choose one/],
    [['--backup', 'dirty.txt'], /add --write/],
    [['--check', '--tail', 'x.txt', 'dirty.txt'], /drop --tail/],
    [['--tail', 'x.txt', 'dirty.txt', 'clean.txt'], /--tail names one file/],
    [['--report', '--word-diff', 'dirty.txt'], /--word-diff and --report are different outputs/],
    [['-w', '--encoding', 'latin1', 'dirty.txt'], /--write saves UTF-8/],
  ])('refuses %j with one line and exit 2, writing nothing', (args, message) => {
    const folder = articles();
    const { code, stderr } = unscrape(args, { cwd: folder });
    expect(code).toBe(2);
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr).toMatch(message);
    expect(readdirSync(folder).sort()).toEqual(['clean.txt', 'dirty.txt']);
  });
});

describe('a text long enough for sections', () => {
  // Some 300,000 characters, cleaned in sections: the clean text is held in their pieces, never
  // joined to be shown, checked or written.
  const paragraphs = Array.from({ length: 3_600 }, (_, index) => `The council met for the ${index + 1}th time and agreed to repair the the bridge.`);
  const long = `${paragraphs.join('\n\n')}\n`;
  const cleaned = long.replaceAll('the the', 'the');

  it('is printed, checked, copied, rewritten and backed up whole', () => {
    expect(clean(long).stats.sections).toBeGreaterThan(1);
    const folder = scratch();
    writeFileSync(join(folder, 'long.txt'), long);
    writeFileSync(join(folder, 'done.txt'), cleaned);
    const printed = unscrape(['-q', 'long.txt'], { cwd: folder });
    expect(printed.code).toBe(0);
    expect(printed.stdout).toBe(cleaned);
    const checked = unscrape(['--check', 'long.txt', 'done.txt'], { cwd: folder });
    expect(checked.code).toBe(1);
    expect(checked.stderr).toMatch(/long\.txt would change: 3,?600 edits/);
    expect(checked.stderr).not.toMatch(/done\.txt would change/);
    expect(unscrape(['-q', '--out-dir', 'out', 'long.txt'], { cwd: folder }).code).toBe(0);
    expect(read(folder, 'out/long.txt')).toBe(cleaned);
    expect(unscrape(['--write', '--backup', 'long.txt'], { cwd: folder }).code).toBe(0);
    expect(read(folder, 'long.txt')).toBe(cleaned);
    expect(read(folder, 'long.txt.orig')).toBe(long);
  });
});

describe('writeFileAtomic', () => {
  const { writeFileAtomic } = nodeIO();

  it('replaces the file and keeps its mode', async () => {
    const folder = scratch();
    writeFileSync(join(folder, 'a.txt'), 'old');
    chmodSync(join(folder, 'a.txt'), 0o600);
    await writeFileAtomic(join(folder, 'a.txt'), 'new');
    expect(read(folder, 'a.txt')).toBe('new');
    expect(statSync(join(folder, 'a.txt')).mode & 0o777).toBe(0o600);
    expect(readdirSync(folder)).toEqual(['a.txt']);
  });

  it('writes through a symbolic link to the file it points to', async () => {
    const folder = scratch();
    writeFileSync(join(folder, 'real.txt'), 'old');
    symlinkSync('real.txt', join(folder, 'link.txt'));
    await writeFileAtomic(join(folder, 'link.txt'), 'new');
    expect(read(folder, 'real.txt')).toBe('new');
    expect(lstatSync(join(folder, 'link.txt')).isSymbolicLink()).toBe(true);
    expect(readdirSync(folder).sort()).toEqual(['link.txt', 'real.txt']);
  });

  it('leaves no temporary file behind when the rename fails', async () => {
    const folder = scratch();
    mkdirSync(join(folder, 'taken'));
    await expect(writeFileAtomic(join(folder, 'taken'), 'text')).rejects.toThrow();
    expect(readdirSync(folder)).toEqual(['taken']);
  });
});
