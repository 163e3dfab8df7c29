/**
 * How large V8 lets the heaps grow of the threads that clean a batch or a long text. Left to
 * itself, V8 sizes a heap for a program that keeps what it makes: a young generation of up to
 * 32 MB on the main thread (16 on a worker, pool.ts), and an old generation let grow to several
 * times what its last collection kept before it collects again. Cleaning keeps next to nothing
 * from one record (or one section of a long text) to the next, so at that size both hold mostly
 * garbage, in every thread.
 *
 * So such a run grows each young generation to YOUNG_TARGET_BYTES only, and collects the old one
 * once it has grown OLD_GROWTH_PERCENT past what the last collection kept. Both are V8 flags,
 * which it reads as it runs (the young generation's growth factor whenever a scavenge would grow
 * it, the old generation's growth as each collection sets the next limit), and both are the
 * process's: a thread cannot size its heap alone. The young generations' growth is stopped
 * (a factor of 1) once every thread's has reached the target, or any one has passed it: a
 * worker that started late still grows, and as the sizes are reviewed after every job, none
 * passes the target by more than one step (a doubling). A starting worker's isolate puts the
 * factor back to 2 (V8 allows no less while it configures a heap), so a start is reviewed too.
 *
 * Measured on the 200 MB bench JSONL, three runs each: two threads peaked at 188 MB by default
 * and 138 MB sized (the regex floor: 96 MB), one thread at 130 and 98 MB, in 4-7% more time.
 * One long page (reviewed before each section): 4 MB at 139 -> 118-120 MB, 16 MB at 296 ->
 * 235-239 MB, in the same time. Its young generation has mostly grown past the target by the
 * first section, while the whole text is read for its language and tail; stopped at once,
 * below the target, it took 28% longer.
 */
import { getHeapSpaceStatistics, setFlagsFromString } from 'node:v8';

export interface HeapSizing {
  /** A worker thread started, whose isolate reset the growth factor. */
  workerStarted(worker: number): void;
  /**
   * After a job on this thread or before each section of a long text it cleans, or at a
   * worker's reply with the size its young generation had then.
   */
  workDone(reply?: { worker: number; youngBytes: number }): void;
}

const MB = 1024 * 1024;
export const YOUNG_TARGET_BYTES = 8 * MB;
export const OLD_GROWTH_PERCENT = 20;

/** This thread's young generation, as committed: what it costs in memory. */
export function youngGenerationBytes(): number {
  for (const space of getHeapSpaceStatistics()) if (space.space_name === 'new_space') return space.space_size;
  return 0;
}

/** What the sizing reads and sets of V8, apart so that its decisions can be tested on their own. */
export interface V8Heaps {
  setFlags(flags: string): void;
  /** The calling thread's young generation. */
  youngBytes(): number;
}

export function sizeHeaps(v8: V8Heaps = { setFlags: setFlagsFromString, youngBytes: youngGenerationBytes }): HeapSizing {
  v8.setFlags(`--heap-growing-percent=${OLD_GROWTH_PERCENT}`);
  const workers = new Map<number, number>();
  let stopped = false;
  const review = () => {
    const sizes = [v8.youngBytes(), ...workers.values()];
    const stop = sizes.some((bytes) => bytes > YOUNG_TARGET_BYTES) || sizes.every((bytes) => bytes >= YOUNG_TARGET_BYTES);
    if (stop !== stopped) v8.setFlags(`--semi-space-growth-factor=${stop ? 1 : 2}`);
    stopped = stop;
  };
  review();
  return {
    workerStarted(worker) {
      workers.set(worker, 0);
      // Its isolate has just set the factor back to 2, whatever this side set last.
      stopped = false;
      review();
    },
    workDone(reply) {
      if (reply) workers.set(reply.worker, reply.youngBytes);
      review();
    },
  };
}
