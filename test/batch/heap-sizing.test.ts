/**
 * A batch sizes V8's heaps for short-lived garbage: which runs ask for it (through a memory
 * CliIO, which records instead of setting the process's flags), and that the sizing holds on
 * this Node (in a child process, since V8's flags are the process's).
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/main.js';
import { clean } from '../../src/engine.js';
import { DEFAULT_SECTION_LENGTH } from '../../src/sections.js';
import { OLD_GROWTH_PERCENT, sizeHeaps, YOUNG_TARGET_BYTES } from '../../src/cli/parallel/heap-sizing.js';
import { ROOT } from '../support/binary.js';
import { memoryIO } from '../support/memory-io.js';

const MB = 1024 * 1024;
const TARGET_MB = YOUNG_TARGET_BYTES / MB;

describe('which runs size the heaps', () => {
  it('a JSONL stream does, and reviews after every batch of records', async () => {
    const { io, output } = memoryIO({}, { stdin: '{"text":"One line."}\n{"text":"Another."}\n' });
    expect(await run(['--jsonl'], io)).toBe(0);
    expect(output.heapSizing[0]).toBe('sized');
    expect(output.heapSizing.slice(1).length).toBeGreaterThan(0);
    expect(output.heapSizing.slice(1).every((call) => call === 'work done')).toBe(true);
  });

  it('a batch of files does, once per file', async () => {
    const { io, output } = memoryIO({ 'a.txt': 'One.\n', 'b.txt': 'Two.\n' });
    expect(await run(['a.txt', 'b.txt'], io)).toBe(0);
    expect(output.heapSizing).toEqual(['sized', 'work done', 'work done']);
  });

  it.each([
    ['one file', ['a.txt'], {}],
    ['stdin', [], { stdin: 'One line.\n' }],
  ])('%s of an article does not: loading the sizing would cost more than it saves', async (_name, args, options) => {
    const { io, output } = memoryIO({ 'a.txt': 'One.\n' }, options);
    expect(await run(args, io)).toBe(0);
    expect(output.heapSizing).toEqual([]);
  });

  it('one long text does, and reviews between its sections', async () => {
    const paragraphs = Array.from({ length: Math.ceil((3 * DEFAULT_SECTION_LENGTH) / 80) }, (_, index) => `The council met for the ${index + 1}th time and agreed to repair the bridge.`);
    const long = `${paragraphs.join('\n\n')}\n`;
    const { io, output } = memoryIO({ 'long.txt': long });
    expect(await run(['-q', 'long.txt'], io)).toBe(0);
    expect(output.stdout).toBe(long);
    // One review per section, and one after the job.
    const sections = clean(long).stats.sections;
    expect(sections).toBeGreaterThan(1);
    expect(output.heapSizing).toEqual(['sized', ...Array<string>(sections + 1).fill('work done')]);
  });
});

/**
 * Churns through short-lived objects (a third kept a while, as a record's evidence is), a job
 * at a time, and prints the young generation's size in MB. `sized`: the batch's sizing, told
 * of every job; `worker`: a worker thread starts half-way, which resets V8's growth factor.
 */
const CHURN = `
  const [, heapSizing, mode] = process.argv;
  const { sizeHeaps, youngGenerationBytes } = await import(heapSizing);
  const heaps = mode.includes('sized') ? sizeHeaps() : null;
  const kept = [];
  for (let job = 0; job < 200; job++) {
    if (job === 100 && mode.includes('worker')) {
      const { Worker } = await import('node:worker_threads');
      const worker = new Worker('setTimeout(() => {}, 100)', { eval: true });
      await new Promise((resolve) => worker.once('online', resolve));
      heaps?.workerStarted(worker.threadId);
    }
    for (let i = 0; i < 20000; i++) {
      const item = { i, name: 'item ' + i, parts: [i, i + 1] };
      if (i % 3 === 0) kept.push(item);
      if (kept.length > 20000) kept.length = 0;
    }
    heaps?.workDone();
  }
  console.log(youngGenerationBytes() / 1048576);
`;

function youngMbAfterChurn(mode: string): number {
  const heapSizing = pathToFileURL(join(ROOT, 'dist/cli/parallel/heap-sizing.js')).href;
  const result = spawnSync(process.execPath, ['--input-type=module', '-e', CHURN, heapSizing, mode], { encoding: 'utf8' });
  expect(result.stderr).toBe('');
  return Number(result.stdout);
}

describe('the sizing on this Node', () => {
  it('stops the young generation within a step of its target, where V8 alone grows it further', () => {
    const grown = youngMbAfterChurn('default');
    const sized = youngMbAfterChurn('sized');
    expect(sized).toBeGreaterThanOrEqual(1);
    expect(sized).toBeLessThanOrEqual(16);
    expect(grown).toBeGreaterThan(sized);
  });

  it('holds after a worker thread starts (its isolate puts the growth factor back) and never grows', () => {
    expect(youngMbAfterChurn('sized worker')).toBeLessThanOrEqual(16);
  });
});

/** The sizing's decisions against a V8 whose young generation is whatever the test says. */
function fakeV8() {
  const fake = { mainMb: 1, flags: [] as string[], factor: 2 };
  const heaps = sizeHeaps({
    setFlags(flags) {
      fake.flags.push(flags);
      const factor = /^--semi-space-growth-factor=(\d+)$/.exec(flags);
      if (factor) fake.factor = Number(factor[1]);
    },
    youngBytes: () => fake.mainMb * MB,
  });
  /** A worker thread starts: as V8 configures its isolate, it sets a factor below 2 back to 2. */
  const startWorker = (id: number) => {
    fake.factor = Math.max(fake.factor, 2);
    heaps.workerStarted(id);
  };
  return { fake, heaps, startWorker };
}

describe('when the young generations may grow', () => {
  it('collects the old generation sooner for the whole batch', () => {
    expect(fakeV8().fake.flags[0]).toBe(`--heap-growing-percent=${OLD_GROWTH_PERCENT}`);
  });

  it('alone: until the main thread reaches the target', () => {
    const { fake, heaps } = fakeV8();
    expect(fake.factor).toBe(2);
    fake.mainMb = TARGET_MB / 2;
    heaps.workDone();
    expect(fake.factor).toBe(2);
    fake.mainMb = TARGET_MB;
    heaps.workDone();
    expect(fake.factor).toBe(1);
  });

  it('with workers: until every thread has reached it, or one has passed it', () => {
    const { fake, heaps, startWorker } = fakeV8();
    fake.mainMb = TARGET_MB;
    heaps.workDone();
    startWorker(7);
    expect(fake.factor).toBe(2);
    heaps.workDone({ worker: 7, youngBytes: (TARGET_MB / 2) * MB });
    expect(fake.factor).toBe(2);
    heaps.workDone({ worker: 7, youngBytes: TARGET_MB * MB });
    expect(fake.factor).toBe(1);
    startWorker(8);
    expect(fake.factor).toBe(2);
    fake.mainMb = 2 * TARGET_MB;
    heaps.workDone({ worker: 8, youngBytes: 1 * MB });
    expect(fake.factor).toBe(1);
  });

  it('stops it again when a worker starts while a thread is past the target', () => {
    const { fake, heaps, startWorker } = fakeV8();
    fake.mainMb = 2 * TARGET_MB;
    heaps.workDone();
    expect(fake.factor).toBe(1);
    startWorker(7);
    expect(fake.factor).toBe(1);
  });
});

describe('the worker threads’ part', () => {
  it('a worker’s start and each of its replies, with its young generation, reach the sizing', async () => {
    // The compiled pool: a worker thread runs dist/, not these sources.
    const { WorkerPool } = (await import(pathToFileURL(join(ROOT, 'dist/cli/parallel/pool.js')).href)) as typeof import('../../src/cli/parallel/pool.js');
    const started: number[] = [];
    const replies: { worker: number; youngBytes: number }[] = [];
    const pool = new WorkerPool(1, { workerStarted: (worker) => void started.push(worker), workDone: (reply) => void (reply && replies.push(reply)) });
    try {
      const spec = { minConfidence: 0.6, only: [], skip: [], keepTail: false, language: undefined, boilerplate: [] };
      for (const text of ['Shares fell in Paris. Paris. The index closed lower.\n', 'The ferry runs again.\n']) await pool.run({ kind: 'text', spec, text });
    } finally {
      await pool.close();
    }
    expect(started).toHaveLength(1);
    expect(replies.map((reply) => reply.worker)).toEqual([started[0], started[0]]);
    for (const reply of replies) expect(reply.youngBytes).toBeGreaterThan(0);
  });
});
