/**
 * Where the cleaning runs: on the main thread, and on worker threads once the batch shows it is
 * worth their start-up (each worker loads its own engine: a few hundred milliseconds of CPU and
 * some 50 MB). With the default (one thread per core) the main thread starts alone and calls
 * the workers in when the batch has kept it busy for INLINE_BUDGET_MS, so one article or a
 * short batch never starts a thread; `--workers N` given on the command line starts them at
 * the second job.
 *
 * Where the size of the whole batch is known (files, stdin redirected from a file; not a pipe),
 * the workers are not called in for a rest the main thread alone would clean in under
 * MIN_REMAINING_MS. A worker's first jobs ran ten times slower or more (115 ms for 13 records,
 * against 8-10 ms once its engine was optimised), and on two cores it slows the main thread
 * meanwhile: with a worker that was given no job at all, 300 records still took 0.8-0.9 s against
 * 0.6 s. On a JSONL file, with the workers called in at 300 ms, 1,000 records took 1.4-1.6 s
 * against 1.1 s on the main thread alone, and 3,000 records (2.4 s) broke even.
 *
 * The main thread stays one of the N, which saves a worker's memory (its engine is loaded
 * already), but it also reads, writes and hands out the work: so it cleans a job only while
 * every worker has QUEUED_AHEAD jobs waiting. (Taking one job in N, it was the slowest thread
 * and kept a worker idle a fifth of the time.) Either way the results are the same, in the
 * same order.
 */
import type { HeapSizing } from './heap-sizing.js';
import { runJob, type Job, type JobResult } from './jobs.js';
import type { WorkerPool } from './pool.js';

export const INLINE_BUDGET_MS = 300;
/** A margin over the break-even measured above (about 2 s of work left). */
export const MIN_REMAINING_MS = 3000;
const QUEUED_AHEAD = 2;

/** For a run of one article, too short for the heap sizing to pay for its loading (2 ms). */
export const HEAPS_LEFT_TO_V8: HeapSizing = { workerStarted: () => undefined, workDone: () => undefined };

export interface Cleaner {
  run(job: Job): Promise<JobResult>;
  /** Threads that cleaned: 1 while on the main thread alone, else N. */
  readonly threads: number;
  close(): Promise<void>;
}

export interface ThreadPolicy {
  /** Threads that clean, the main one included. */
  workers: number;
  /** The user asked for this many: no need to prove the batch is worth them. */
  eager: boolean;
  /** How much work the whole batch is, where known, in the units `of` measures a job in. */
  workload?: { total: number; of(job: Job): number };
  /** Told of every job and every worker, to keep each thread's heap the size a batch needs. */
  heaps: HeapSizing;
}

/** How far a batch has gone on the main thread alone. */
export interface BatchSoFar {
  /** Jobs handed to the cleaner, the one about to run included. */
  jobs: number;
  /** Time of the jobs cleaned on the main thread. */
  inlineMs: number;
  /**
   * The main thread's recent pace: time and work (in the workload's units) of its jobs, each
   * job's weight decaying by PACE_DECAY at every later one. Its first jobs run slower while its
   * code is optimised, and weighed as much as the rest they made the batch look longer.
   */
  pace: { ms: number; work: number };
  /** Work of every job handed to the cleaner, the one about to run included. */
  workSeen: number;
}

const PACE_DECAY = 0.9;

/** `soFar` after the main thread cleaned a job of `work` in `ms`. */
export function cleanedInline(soFar: BatchSoFar, ms: number, work: number): void {
  soFar.inlineMs += ms;
  soFar.pace = { ms: soFar.pace.ms * PACE_DECAY + ms, work: soFar.pace.work * PACE_DECAY + work };
}

/** Whether to start the worker threads before the next job. */
export function worthWorkers(policy: Omit<ThreadPolicy, 'heaps'>, soFar: BatchSoFar): boolean {
  if (policy.workers <= 1) return false;
  if (policy.eager) return soFar.jobs >= 2;
  if (soFar.inlineMs < INLINE_BUDGET_MS) return false;
  const { workload } = policy;
  if (!workload || soFar.pace.work === 0) return true;
  const remainingMs = ((workload.total - soFar.workSeen) * soFar.pace.ms) / soFar.pace.work;
  return remainingMs >= MIN_REMAINING_MS;
}

export function createCleaner(policy: ThreadPolicy): Cleaner {
  let pool: Promise<WorkerPool> | null = null;
  let started: WorkerPool | null = null;
  const soFar: BatchSoFar = { jobs: 0, inlineMs: 0, pace: { ms: 0, work: 0 }, workSeen: 0 };
  return {
    async run(job) {
      const work = policy.workload?.of(job) ?? 0;
      soFar.jobs++;
      soFar.workSeen += work;
      if (!pool && worthWorkers(policy, soFar)) pool = import('./pool.js').then(({ WorkerPool }) => (started = new WorkerPool(policy.workers - 1, policy.heaps)));
      if (pool && (!started || started.fewestWaiting() < QUEUED_AHEAD)) return (await pool).run(job);
      const begun = performance.now();
      const result = runJob(job, () => policy.heaps.workDone());
      cleanedInline(soFar, performance.now() - begun, work);
      policy.heaps.workDone();
      return result;
    },
    get threads() {
      return pool ? policy.workers : 1;
    },
    async close() {
      if (pool) await (await pool).close();
    },
  };
}
