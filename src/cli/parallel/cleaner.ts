/**
 * Where the cleaning runs: on the main thread, and on worker threads once the batch shows it is
 * worth their start-up (each worker loads its own engine: a few hundred milliseconds of CPU and
 * some 50 MB). With the default (one thread per core) the main thread starts alone and calls
 * the workers in when the batch has kept it busy for INLINE_BUDGET_MS, so one article or a
 * short batch never starts a thread; `--workers N` given on the command line starts them at
 * the second job. The main thread stays one of the N, which saves a worker's memory (its engine
 * is loaded already), but it also reads, writes and hands out the work: so it cleans a job only
 * while every worker has QUEUED_AHEAD jobs waiting. (Taking one job in N, it was the slowest
 * thread and kept a worker idle a fifth of the time.) Either way the results are the same, in
 * the same order.
 */
import { runJob, type Job, type JobResult } from './jobs.js';
import type { WorkerPool } from './pool.js';

const INLINE_BUDGET_MS = 300;
const QUEUED_AHEAD = 2;

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
}

export function createCleaner(policy: ThreadPolicy): Cleaner {
  let pool: Promise<WorkerPool> | null = null;
  let started: WorkerPool | null = null;
  let inlineMs = 0;
  let jobs = 0;
  const worthThreads = () => policy.workers > 1 && (policy.eager ? jobs >= 2 : inlineMs >= INLINE_BUDGET_MS);
  return {
    async run(job) {
      jobs++;
      if (!pool && worthThreads()) pool = import('./pool.js').then(({ WorkerPool }) => (started = new WorkerPool(policy.workers - 1)));
      if (pool && (!started || started.fewestWaiting() < QUEUED_AHEAD)) return (await pool).run(job);
      const begun = performance.now();
      const result = runJob(job);
      inlineMs += performance.now() - begun;
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
