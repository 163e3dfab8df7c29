import { spawnSync } from 'node:child_process';
import { closeSync, openSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { PathInfo } from '../../src/cli/io.js';
import { totalBytes } from '../../src/cli/jsonl/run-jsonl.js';
import { run } from '../../src/cli/main.js';
import { cleanedInline, INLINE_BUDGET_MS, MIN_REMAINING_MS, worthWorkers, type BatchSoFar, type ThreadPolicy } from '../../src/cli/parallel/cleaner.js';
import { ROOT, scratch } from '../support/binary.js';
import { memoryIO } from '../support/memory-io.js';

/** A batch measured in bytes, as a JSONL run is. */
const bytesOf = (total: number): ThreadPolicy['workload'] => ({ total, of: () => 0 });
const soFar = (fields: Partial<BatchSoFar>): BatchSoFar => ({ jobs: 10, inlineMs: 0, pace: { ms: 0, work: 0 }, workSeen: 0, ...fields });

const MB = 1 << 20;

describe('when the worker threads start', () => {
  it('never with one thread', () => {
    expect(worthWorkers({ workers: 1, eager: true }, soFar({ jobs: 1000, inlineMs: 60_000 }))).toBe(false);
  });

  it('at the second job when --workers was given, however little is left', () => {
    const policy = { workers: 2, eager: true, workload: bytesOf(2) };
    expect(worthWorkers(policy, soFar({ jobs: 1 }))).toBe(false);
    expect(worthWorkers(policy, soFar({ jobs: 2, inlineMs: 1, pace: { ms: 1, work: 1 }, workSeen: 2 }))).toBe(true);
  });

  it('by default, on a pipe, once the main thread has been busy for the inline budget', () => {
    const policy = { workers: 4, eager: false };
    expect(worthWorkers(policy, soFar({ inlineMs: INLINE_BUDGET_MS - 1 }))).toBe(false);
    expect(worthWorkers(policy, soFar({ inlineMs: INLINE_BUDGET_MS }))).toBe(true);
  });

  it('by default, on files, only when the rest would keep the main thread alone busy long enough to repay them', () => {
    // 300 ms for the first 1 MB: the rest takes 300 ms a MB.
    const at = (total: number) => worthWorkers({ workers: 2, eager: false, workload: bytesOf(total) }, soFar({ inlineMs: 300, pace: { ms: 300, work: MB }, workSeen: MB }));
    const restMs = (total: number) => ((total - MB) / MB) * 300;
    expect(restMs(5 * MB)).toBeLessThan(MIN_REMAINING_MS);
    expect(at(5 * MB)).toBe(false);
    expect(restMs(12 * MB)).toBeGreaterThanOrEqual(MIN_REMAINING_MS);
    expect(at(12 * MB)).toBe(true);
    // The job about to run counts as seen: a last big job does not call the threads in.
    expect(worthWorkers({ workers: 2, eager: false, workload: bytesOf(40 * MB) }, soFar({ inlineMs: 300, pace: { ms: 300, work: MB }, workSeen: 40 * MB }))).toBe(false);
  });

  it('judges the rest by the recent pace, not by the slow first jobs', () => {
    // Twenty jobs of 1 MB: the first two at 100 ms a MB while the code is optimised, then 20 ms a MB.
    const state = soFar({ workSeen: 20 * MB });
    for (const ms of [100, 100, ...Array<number>(18).fill(20)]) cleanedInline(state, ms, MB);
    expect(state.inlineMs).toBe(560);
    // 120 MB left: 3.4 s at the average pace of all twenty (28 ms a MB), 2.7 s at the recent one.
    const policy = { workers: 2, eager: false, workload: bytesOf(140 * MB) };
    expect((120 * 560) / 20).toBeGreaterThanOrEqual(MIN_REMAINING_MS);
    expect(worthWorkers(policy, state)).toBe(false);
    expect(worthWorkers({ ...policy, workload: bytesOf(300 * MB) }, state)).toBe(true);
  });

  it('by default, on files, not before the inline budget even when much is left', () => {
    expect(worthWorkers({ workers: 2, eager: false, workload: bytesOf(1e12) }, soFar({ inlineMs: INLINE_BUDGET_MS - 1, pace: { ms: 1, work: 1 }, workSeen: 1 }))).toBe(false);
  });
});

describe('the size of a JSONL run', () => {
  const file = (path: string | null) => ({ path, relative: path ?? 'stdin' });
  const sizes: Record<string, PathInfo> = { 'a.jsonl': { kind: 'file', size: 100 }, 'b.jsonl': { kind: 'file', size: 50 }, '/dev/fd/63': { kind: 'other', size: 0 } };
  const io = (stdin: PathInfo) => ({ stat: async (path: string) => sizes[path] ?? null, statStdin: async () => stdin });
  const pipe = io({ kind: 'other', size: 0 });

  it('adds up the files, a missing one counting nothing', async () => {
    expect(await totalBytes([file('a.jsonl'), file('b.jsonl'), file('missing.jsonl')], pipe)).toBe(150);
  });

  it('counts stdin when the shell redirected a file to it', async () => {
    expect(await totalBytes([file('a.jsonl'), file(null)], io({ kind: 'file', size: 7 }))).toBe(107);
  });

  it('is unknown for a pipe on stdin, and for a pipe given as a path, which stat calls empty', async () => {
    expect(await totalBytes([file('a.jsonl'), file(null)], pipe)).toBeNull();
    expect(await totalBytes([file('a.jsonl'), file('/dev/fd/63')], pipe)).toBeNull();
  });
});

describe('progress of JSONL on stdin, on a terminal', () => {
  const records = Array.from({ length: 3 }, (_, id) => JSON.stringify({ id, text: 'the the cat' })).join('\n') + '\n';

  it('draws a bar with the share done when stdin is a redirected file', async () => {
    const { io, output } = memoryIO({}, { stdin: records, stdinIsFile: true, tty: true });
    expect(await run(['--jsonl'], io)).toBe(0);
    // Which record draws first depends on the redraw interval: any of them shows the share.
    expect(output.stderr).toMatch(/^\r\u001b\[K\[[=> ]+\] +(?:33|67|100)% +[123] records? .* ETA /);
  });

  it('counts records without a bar when stdin is a pipe', async () => {
    const { io, output } = memoryIO({}, { stdin: records, tty: true });
    expect(await run(['--jsonl'], io)).toBe(0);
    expect(output.stderr).toMatch(/^\r\u001b\[K[123] records? +[\d,]+\/s/);
    expect(output.stderr).not.toMatch(/%|ETA/);
  });
});

describe('what stdin is, as the node side of the CLI sees it', () => {
  // The compiled module, in a process of its own: stdin is the process's.
  const statStdin = (stdin: number | 'pipe', input?: string) => {
    const script = `import { statStdin } from ${JSON.stringify(join(ROOT, 'dist/cli/io-node.js'))}; console.log(JSON.stringify(await statStdin()));`;
    const result = spawnSync(process.execPath, ['--input-type=module', '-e', script], { stdio: [stdin, 'pipe', 'pipe'], input, encoding: 'utf8' });
    return JSON.parse(result.stdout) as PathInfo;
  };

  it('a file redirected to it, with its size', () => {
    const path = join(scratch(), 'in.jsonl');
    writeFileSync(path, '{"text":"a"}\n'.repeat(10));
    const descriptor = openSync(path, 'r');
    try {
      expect(statStdin(descriptor)).toEqual({ kind: 'file', size: 130 });
    } finally {
      closeSync(descriptor);
    }
  });

  it('a pipe, without a size to go by', () => {
    expect(statStdin('pipe', 'records').kind).toBe('other');
  });
});
