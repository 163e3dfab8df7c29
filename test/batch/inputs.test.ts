import { describe, expect, it } from 'vitest';
import { ARTICLE_PATTERNS, expandInputs, JSONL_PATTERNS, splitGlob } from '../../src/cli/batch/inputs.js';
import { run } from '../../src/cli/main.js';
import { memoryIO } from '../support/memory-io.js';

const files = {
  'in/a.txt': 'a',
  'in/2024/b.txt': 'b',
  'in/2024/b.txt.tail.txt': 'tail',
  'in/2024/b.txt.orig': 'orig',
  'in/notes.md': 'md',
  'in/data.jsonl': '{}',
  'top.txt': 'top',
};

describe('expandInputs', () => {
  it('lists the article files under a folder with -r, below it, without the tails and backups unscrape wrote', async () => {
    const { io } = memoryIO(files);
    const { inputs, expanded } = await expandInputs(['in', 'top.txt', '-'], { recursive: true, patterns: ARTICLE_PATTERNS }, io);
    expect(expanded).toBe(true);
    expect(inputs).toEqual([
      { path: 'in/2024/b.txt', relative: '2024/b.txt' },
      { path: 'in/a.txt', relative: 'a.txt' },
      { path: 'top.txt', relative: 'top.txt' },
      { path: null, relative: 'stdin' },
    ]);
  });

  it('lists JSONL files for --jsonl', async () => {
    const { io } = memoryIO(files);
    const { inputs } = await expandInputs(['in'], { recursive: true, patterns: JSONL_PATTERNS }, io);
    expect(inputs).toEqual([{ path: 'in/data.jsonl', relative: 'data.jsonl' }]);
  });

  it('expands a glob below its base, and keeps a plain name as a file to read later', async () => {
    const { io } = memoryIO(files);
    const { inputs } = await expandInputs(['in/**/*.md', 'missing.txt'], { recursive: false, patterns: ARTICLE_PATTERNS }, io);
    expect(inputs).toEqual([{ path: 'in/notes.md', relative: 'notes.md' }, { path: 'missing.txt', relative: 'missing.txt' }]);
  });

  it('turns an empty folder or glob into a problem reported at its turn', async () => {
    const { io } = memoryIO(files, { folders: ['empty'] });
    const { inputs } = await expandInputs(['empty', 'in/*.pdf'], { recursive: true, patterns: ARTICLE_PATTERNS }, io);
    expect(inputs.map((input) => input.problem)).toEqual(['empty: holds no *.txt files', 'in/*.pdf: no file matches']);
  });

  it('keeps the name alone of a file outside the working folder', async () => {
    const { io } = memoryIO({ '/elsewhere/x.txt': 'x' });
    const { inputs } = await expandInputs(['../elsewhere/x.txt', '/elsewhere/x.txt'], { recursive: false, patterns: ARTICLE_PATTERNS }, io);
    expect(inputs.map((input) => input.relative)).toEqual(['x.txt', 'x.txt']);
  });
});

describe('splitGlob', () => {
  it.each([
    ['articles/2024/**/*.txt', 'articles/2024', '**/*.txt'],
    ['*.txt', '', '*.txt'],
    ['/data/{a,b}/*.txt', '/data', '{a,b}/*.txt'],
    ['/*.txt', '/', '*.txt'],
  ])('splits %s into %s and %s', (pattern, base, rest) => {
    expect(splitGlob(pattern)).toEqual({ base, rest });
  });
});

describe('a batch in memory', () => {
  it('writes clean copies under --out-dir and refuses two inputs with one destination', async () => {
    const { io, output, fileText } = memoryIO({ 'a/x.txt': 'the the end\n', 'b/x.txt': 'other\n' });
    expect(await run(['--out-dir', 'out', 'a/x.txt', 'b/x.txt'], io)).toBe(0);
    expect(fileText('out/a/x.txt')).toBe('the end\n');
    expect(fileText('out/b/x.txt')).toBe('other\n');
    expect(await run(['-r', 'a', 'b', '--out-dir', 'copy'], io)).toBe(2);
    expect(output.stderr).toContain('unscrape: b/x.txt: its clean copy would be copy/x.txt, which a/x.txt already wrote\n');
  });

  it('draws progress on a terminal and clears it before the summary', async () => {
    const { io, output } = memoryIO({ 'a.txt': 'one\n', 'b.txt': 'two\n' }, { tty: true });
    expect(await run(['a.txt', 'b.txt', '--out-dir', 'out'], io)).toBe(0);
    expect(output.stderr).toMatch(/^\r\u001b\[K\[.*\] +50% {2}1\/2 files/);
    expect(output.stderr).toMatch(/\r\u001b\[Kunscrape: 2 files in /);
  });

  it('stays silent with -q, on a terminal too', async () => {
    const { io, output } = memoryIO({ 'a.txt': 'one\n', 'b.txt': 'two\n' }, { tty: true });
    expect(await run(['-q', 'a.txt', 'b.txt', '--out-dir', 'out'], io)).toBe(0);
    expect(output.stderr).toBe('');
  });
});
