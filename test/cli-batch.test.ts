/**
 * Batches of article files through the real binary: folders with -r, quoted globs, --out-dir,
 * a bad file among good ones, worker threads, progress and the summary.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { clean } from '../src/engine.js';
import { scratch, SEED, seedClean, seedInput, seedTail, unscrape } from './support/binary.js';
import { listTree, readIn, writeTree } from './support/tree.js';

const DIRTY = 'Shares fell in Paris. Paris. The index closed lower.\n';
const CLEANED = 'Shares fell in Paris. The index closed lower.\n';
const CLEAN = 'The ferry runs again on Saturday.\n';

/** A corpus folder: articles at two depths, a note that is not an article, and a tail left by an earlier run. */
function corpus(): string {
  const folder = scratch();
  writeTree(folder, {
    'in/a.txt': DIRTY,
    'in/2024/b.txt': CLEAN,
    'in/2024/06/seed.txt': seedInput,
    'in/notes.md': DIRTY,
    'in/old.txt.tail.txt': 'an earlier tail\n',
  });
  return folder;
}

describe('folders and --out-dir', () => {
  it('cleans every .txt under a folder into the same relative paths, tails beside them, and sums up', () => {
    const folder = corpus();
    const { code, stdout, stderr } = unscrape(['-r', 'in', '--out-dir', 'out'], { cwd: folder });
    expect(code).toBe(0);
    expect(stdout).toBe('');
    expect(listTree(join(folder, 'out'))).toEqual(['2024/06/seed.txt', '2024/06/seed.txt.tail.txt', '2024/b.txt', 'a.txt']);
    expect(readIn(folder, 'out/a.txt')).toBe(CLEANED);
    expect(readIn(folder, 'out/2024/b.txt')).toBe(CLEAN);
    expect(readIn(folder, 'out/2024/06/seed.txt')).toBe(seedClean);
    expect(readIn(folder, 'out/2024/06/seed.txt.tail.txt')).toBe(seedTail);
    expect(readIn(folder, 'in/a.txt')).toBe(DIRTY);
    expect(stderr).toMatch(/^unscrape: 3 files in [\d.]+ s \([\d,]+ files\/s, 1 thread\): 2 changed, 1 tail split off \(saved beside the clean copies as FILE\.tail\.txt\)\n/);
    expect(stderr).toMatch(/\nunscrape: \d+ edits: .*repeated-word \d+/);
  });

  it('refuses a folder without -r, and cleans the other inputs', () => {
    const folder = corpus();
    const { code, stdout, stderr } = unscrape(['in', 'in/a.txt'], { cwd: folder });
    expect(code).toBe(2);
    expect(stdout).toBe(CLEANED);
    expect(stderr).toMatch(/^unscrape: in: is a directory; add -r to clean the files under it\n/);
  });

  it('expands a quoted glob itself, keeping paths below the part before the first wildcard', () => {
    const folder = corpus();
    const { code, stderr } = unscrape(['in/2024/**/*.txt', '--out-dir', 'out'], { cwd: folder });
    expect(code, stderr).toBe(0);
    expect(listTree(join(folder, 'out'))).toEqual(['06/seed.txt', '06/seed.txt.tail.txt', 'b.txt']);
  });

  it('reports a glob that matches nothing as a failed input', () => {
    const { code, stderr } = unscrape(['in/*.nothing', 'in/a.txt', '--out-dir', 'out'], { cwd: corpus() });
    expect(code).toBe(2);
    expect(stderr).toMatch(/^unscrape: in\/\*\.nothing: no file matches\n/);
  });

  it('skips a bad file with one line, writes the good ones, and exits 2', () => {
    const folder = corpus();
    writeFileSync(join(folder, 'in/binary.txt'), Buffer.from([0x50, 0x4b, 0x00, 0x01]));
    writeFileSync(join(folder, 'in/latin1.txt'), Buffer.from('caf\xe9\n', 'latin1'));
    const { code, stderr } = unscrape(['-r', 'in', '--out-dir', 'out'], { cwd: folder });
    expect(code).toBe(2);
    expect(stderr).toContain('unscrape: in/binary.txt: looks binary (a NUL byte at byte 2)\n');
    expect(stderr).toMatch(/unscrape: in\/latin1\.txt: is not valid utf-8 \(first bad byte at offset 3\)/);
    expect(stderr).toMatch(/unscrape: 5 files in .*: 2 changed, 1 tail split off .*, 2 failed\n/);
    expect(listTree(join(folder, 'out'))).toEqual(['2024/06/seed.txt', '2024/06/seed.txt.tail.txt', '2024/b.txt', 'a.txt']);
  });

  it('refuses --out-dir with --write, or with standard input', () => {
    expect(unscrape(['-w', '--out-dir', 'out', 'a.txt']).stderr).toMatch(/^unscrape: --out-dir writes clean copies; --write rewrites the files themselves; choose one\n$/);
    expect(unscrape(['--out-dir', 'out'], { input: DIRTY }).code).toBe(2);
  });
});

describe('worker threads', () => {
  it('keeps the order of the inputs with --workers 2, however long each takes', () => {
    const folder = scratch();
    // Every third article is long, so the threads finish out of order.
    const line = (index: number, part: number) => `Article ${index}, part ${part}: the index closed lower by 40. percent.`;
    const article = (index: number) => Array.from({ length: index % 3 === 0 ? 300 : 1 }, (_, part) => line(index, part)).join('\n\n');
    const files = Array.from({ length: 16 }, (_, index) => `f${String(index).padStart(2, '0')}.txt`);
    for (const [index, file] of files.entries()) writeFileSync(join(folder, file), article(index));
    const { code, stdout, stderr } = unscrape(['--workers', '2', ...files], { cwd: folder });
    expect(code, stderr).toBe(0);
    expect(stdout).toBe(files.map((_, index) => clean(article(index)).text).join(''));
    expect(stderr).toMatch(/^unscrape: 16 files in [\d.]+ s \([\d,]+ files\/s, 2 threads\): 16 changed/);
  });

  it('draws no progress line when stderr is not a terminal', () => {
    const folder = corpus();
    const { stderr } = unscrape(['-r', 'in', '--out-dir', 'out', '--workers', '2'], { cwd: folder });
    expect(stderr).not.toMatch(/\r|\u001b/);
    expect(stderr.split('\n').every((line) => line === '' || line.startsWith('unscrape: '))).toBe(true);
  });

  it('refuses a --workers that is not a whole number of 1 or more', () => {
    for (const value of ['0', 'two', '1.5']) {
      expect(unscrape(['--workers', value, join(SEED, 'input.txt')]).stderr).toMatch(/--workers <n>' argument '.*' is invalid. must be a whole number of 1 or more/);
    }
  });
});
