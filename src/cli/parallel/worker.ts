/**
 * The entry of a worker thread: jobs in, results out, one at a time in the order they came.
 * A job that throws is a bug; its stack goes back to the main thread to be reported there.
 */
import { parentPort } from 'node:worker_threads';
import { youngGenerationBytes } from './heap-sizing.js';
import { runJob, transferablesOf, type Job, type JobResult } from './jobs.js';

export interface WorkerRequest {
  id: number;
  job: Job;
}

/** `youngBytes`: this thread's young generation after the job, for the main thread's heap sizing. */
export type WorkerReply = ({ id: number; ok: true; result: JobResult } | { id: number; ok: false; error: string }) & { youngBytes: number };

const port = parentPort;
port?.on('message', ({ id, job }: WorkerRequest) => {
  let reply: WorkerReply;
  try {
    reply = { id, ok: true, result: runJob(job), youngBytes: youngGenerationBytes() };
  } catch (error) {
    reply = { id, ok: false, error: error instanceof Error ? (error.stack ?? error.message) : String(error), youngBytes: youngGenerationBytes() };
  }
  port.postMessage(reply, reply.ok ? transferablesOf(reply.result) : []);
});
