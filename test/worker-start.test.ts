import { describe, expect, it } from 'vitest';
import { INLINE_BUDGET_MS, MIN_REMAINING_MS, worthWorkers, type Progress, type ThreadPolicy } from '../src/cli/parallel/cleaner.js';
import { totalBytes } from '../src/cli/jsonl/run-jsonl.js';

/** A batch measured in bytes, as a JSONL run is. */
const bytesOf = (total: number): ThreadPolicy['workload'] => ({ total, of: () => 0 });
const progress = (fields: Partial<Progress>): Progress => ({ jobs: 10, inlineMs: 0, inlineWork: 0, workSeen: 0, ...fields });

describe('when the worker threads start', () => {
  it('never with one thread', () => {
    expect(worthWorkers({ workers: 1, eager: true }, progress({ jobs: 1000, inlineMs: 60_000 }))).toBe(false);
  });

  it('at the second job when --workers was given, however little is left', () => {
    const policy = { workers: 2, eager: true, workload: bytesOf(2) };
    expect(worthWorkers(policy, progress({ jobs: 1 }))).toBe(false);
    expect(worthWorkers(policy, progress({ jobs: 2, inlineMs: 1, inlineWork: 1, workSeen: 2 }))).toBe(true);
  });

  it('by default, on a pipe, once the main thread has been busy for the inline budget', () => {
    const policy = { workers: 4, eager: false };
    expect(worthWorkers(policy, progress({ inlineMs: INLINE_BUDGET_MS - 1 }))).toBe(false);
    expect(worthWorkers(policy, progress({ inlineMs: INLINE_BUDGET_MS }))).toBe(true);
  });

  it('by default, on files, only when the rest would keep the main thread alone busy long enough to repay them', () => {
    // 300 ms for the first 1 MB: the rest takes 300 ms a MB.
    const MB = 1 << 20;
    const at = (total: number) => worthWorkers({ workers: 2, eager: false, workload: bytesOf(total) }, progress({ inlineMs: 300, inlineWork: MB, workSeen: MB }));
    const restMs = (total: number) => ((total - MB) / MB) * 300;
    expect(restMs(5 * MB)).toBeLessThan(MIN_REMAINING_MS);
    expect(at(5 * MB)).toBe(false);
    expect(restMs(12 * MB)).toBeGreaterThanOrEqual(MIN_REMAINING_MS);
    expect(at(12 * MB)).toBe(true);
    // The job about to run counts as seen: a last big job does not call the threads in.
    expect(worthWorkers({ workers: 2, eager: false, workload: bytesOf(40 * MB) }, progress({ inlineMs: 300, inlineWork: MB, workSeen: 40 * MB }))).toBe(false);
  });

  it('by default, on files, not before the inline budget even when much is left', () => {
    expect(worthWorkers({ workers: 2, eager: false, workload: bytesOf(1e12) }, progress({ inlineMs: INLINE_BUDGET_MS - 1, inlineWork: 1, workSeen: 1 }))).toBe(false);
  });
});

describe('the size of a JSONL run', () => {
  const file = (path: string | null) => ({ path, relative: path ?? 'stdin' });
  const io = {
    stat: async (path: string) =>
      ({ 'a.jsonl': { kind: 'file' as const, size: 100 }, 'b.jsonl': { kind: 'file' as const, size: 50 }, '/dev/fd/63': { kind: 'other' as const, size: 0 } })[path] ?? null,
  };

  it('adds up the files, a missing one counting nothing', async () => {
    expect(await totalBytes([file('a.jsonl'), file('b.jsonl'), file('missing.jsonl')], io)).toBe(150);
  });

  it('is unknown for stdin, and for a pipe given as a path, which stat calls empty', async () => {
    expect(await totalBytes([file('a.jsonl'), file(null)], io)).toBeNull();
    expect(await totalBytes([file('a.jsonl'), file('/dev/fd/63')], io)).toBeNull();
  });
});
