/**
 * A fixed set of worker threads, each with its own copy of the engine. A job goes to the
 * worker with the fewest jobs queued, so none idles while another has a backlog; the caller
 * (mapInOrder) bounds how many are queued in all and puts the results back in order.
 */
import { Worker } from 'node:worker_threads';
import type { HeapSizing } from './heap-sizing.js';
import { transferablesOf, type Job, type JobResult } from './jobs.js';
import type { WorkerReply, WorkerRequest } from './worker.js';

interface Waiting {
  resolve(result: JobResult): void;
  reject(error: Error): void;
}

interface Thread {
  worker: Worker;
  waiting: Map<number, Waiting>;
}

/** Compiled beside this module in dist/; a worker cannot run TypeScript. */
const WORKER_ENTRY = new URL('./worker.js', import.meta.url);

/**
 * A smaller young generation than V8's default (up to 48 MB per thread): cleaning makes much
 * short-lived garbage, and with the default each worker's heap grew to hold it. Measured on a
 * 20 MB JSONL with --workers 2: peak RSS 200 MB instead of 236-262 MB, in the same time.
 */
const WORKER_LIMITS = { maxYoungGenerationSizeMb: 16 };

export class WorkerPool {
  private readonly threads: Thread[];
  private nextId = 0;
  private failure: Error | null = null;

  constructor(
    size: number,
    private readonly heaps: HeapSizing,
  ) {
    this.threads = Array.from({ length: size }, () => this.startThread());
  }

  get size(): number {
    return this.threads.length;
  }

  /** Jobs queued on the least busy thread. */
  fewestWaiting(): number {
    return Math.min(...this.threads.map((thread) => thread.waiting.size));
  }

  run(job: Job): Promise<JobResult> {
    if (this.failure) return Promise.reject(this.failure);
    const thread = this.threads.reduce((least, candidate) => (candidate.waiting.size < least.waiting.size ? candidate : least));
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      thread.waiting.set(id, { resolve, reject });
      // A batch of records is handed over, not copied: this thread has no more use for it.
      thread.worker.postMessage({ id, job } satisfies WorkerRequest, transferablesOf(job));
    });
  }

  async close(): Promise<void> {
    await Promise.all(this.threads.map((thread) => thread.worker.terminate()));
  }

  private startThread(): Thread {
    const thread: Thread = { worker: new Worker(WORKER_ENTRY, { resourceLimits: WORKER_LIMITS }), waiting: new Map() };
    const worker = thread.worker.threadId;
    thread.worker.on('online', () => this.heaps.workerStarted(worker));
    thread.worker.on('message', (reply: WorkerReply) => {
      this.heaps.workDone({ worker, youngBytes: reply.youngBytes });
      const waiting = thread.waiting.get(reply.id);
      thread.waiting.delete(reply.id);
      if (reply.ok) waiting?.resolve(reply.result);
      else waiting?.reject(new Error(`a worker thread failed: ${reply.error}`));
    });
    // A worker that dies takes its queued jobs with it: fail them, and every later job, rather than hang.
    const fail = (error: Error) => {
      this.failure ??= error;
      for (const waiting of thread.waiting.values()) waiting.reject(error);
      thread.waiting.clear();
    };
    thread.worker.on('error', fail);
    thread.worker.on('exit', (code) => {
      if (thread.waiting.size > 0) fail(new Error(`a worker thread stopped (exit code ${code}) with jobs queued`));
    });
    return thread;
  }
}
