import { describe, expect, it } from 'vitest';
import { createProgress, progressLine } from '../../src/cli/batch/progress.js';

const base = { done: 0, total: null, bytes: 0, totalBytes: null, elapsedMs: 0, noun: 'file' };

describe('progressLine', () => {
  it.each([
    [{ ...base, done: 41, total: 100, elapsedMs: 4100 }, '[=========>              ]   41%  41/100 files  10/s  ETA 0:06'],
    [{ ...base, done: 100, total: 100, elapsedMs: 10_000 }, '[========================]  100%  100/100 files  10/s'],
    [{ ...base, noun: 'record', done: 3200, bytes: 18_000_000, elapsedMs: 8000 }, '3,200 records  400/s  18.0 MB'],
    [{ ...base, noun: 'record', done: 500, bytes: 25_000_000, totalBytes: 100_000_000, elapsedMs: 3_600_000 }, '[======>                 ]   25%  500 records  0/s  25.0 MB  ETA 3:00:00'],
  ])('draws %j as %j', (state, line) => {
    expect(progressLine(state)).toBe(line);
  });

  it('fits the terminal', () => {
    expect(progressLine({ ...base, done: 41, total: 100, elapsedMs: 4100 }, 30)).toHaveLength(29);
  });
});

describe('createProgress', () => {
  const stream = (isTTY: boolean) => {
    const written: string[] = [];
    return { written, stream: { write: (chunk: string) => void written.push(chunk), isTTY, columns: 80, ready: async () => undefined, closed: false } };
  };

  it('draws in place on a terminal, and clears the line before anything else is written and at the end', () => {
    const { written, stream: stderr } = stream(true);
    const progress = createProgress(stderr, { total: 10, totalBytes: null, noun: 'file' }, true);
    progress.advance(1);
    progress.stderr.write('unscrape: a notice\n');
    progress.finish();
    expect(written[0]).toMatch(/^\r\u001b\[K\[.*1\/10 files/);
    expect(written.slice(1)).toEqual(['\r\u001b[K', 'unscrape: a notice\n']);
  });

  it('writes nothing of its own when disabled', () => {
    const { written, stream: stderr } = stream(false);
    const progress = createProgress(stderr, { total: 10, totalBytes: null, noun: 'file' }, false);
    progress.advance(5);
    progress.stderr.write('notice\n');
    progress.finish();
    expect(written).toEqual(['notice\n']);
  });
});
