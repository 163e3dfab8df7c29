/**
 * Runs work on a stream of items with a bounded number in flight, and hands the results on in
 * the order of the items, each as soon as it and every one before it are done. The bound is
 * the backpressure: the source is read no faster than results are written, so memory stays
 * flat however long the stream, and a slow reader downstream slows the whole run down.
 */
export type SinkAnswer = 'continue' | 'stop';

type Settled<R> = { ok: true; value: R } | { ok: false; error: unknown };

// Wrapped at once, so a job that fails while an earlier one is still awaited is not an unhandled rejection.
const settle = <R>(promise: Promise<R>): Promise<Settled<R>> =>
  promise.then((value) => ({ ok: true, value }), (error: unknown) => ({ ok: false, error }));

export async function mapInOrder<T, R>(
  source: AsyncIterable<T>,
  work: (item: T) => Promise<R>,
  limit: number,
  sink: (result: R) => Promise<SinkAnswer> | SinkAnswer,
): Promise<void> {
  const inFlight: Promise<Settled<R>>[] = [];
  let sourceDone = false;
  let stopped = false;
  let wakeProducer: (() => void) | null = null;
  let wakeConsumer: (() => void) | null = null;
  const wake = (which: 'producer' | 'consumer') => {
    const resume = which === 'producer' ? wakeProducer : wakeConsumer;
    if (which === 'producer') wakeProducer = null;
    else wakeConsumer = null;
    resume?.();
  };

  const produce = async () => {
    try {
      for await (const item of source) {
        while (inFlight.length >= limit && !stopped) await new Promise<void>((resume) => (wakeProducer = resume));
        // Leaving the loop closes the source (a file stream is destroyed), so a stopped run ends.
        if (stopped) break;
        inFlight.push(settle(work(item)));
        wake('consumer');
      }
    } finally {
      sourceDone = true;
      wake('consumer');
    }
  };

  const consume = async () => {
    try {
      for (;;) {
        while (inFlight.length === 0) {
          if (sourceDone) return;
          await new Promise<void>((resume) => (wakeConsumer = resume));
        }
        const settled = await inFlight[0]!;
        inFlight.shift();
        wake('producer');
        if (!settled.ok) throw settled.error;
        if ((await sink(settled.value)) === 'stop') return;
      }
    } finally {
      stopped = true;
      wake('producer');
    }
  };

  const producing = produce();
  try {
    await consume();
  } catch (error) {
    // The producer sees `stopped` when its next item arrives and closes the source; it is not awaited, since
    // a pipe that stays open would hold the run. Its own failure, if any, no longer matters.
    producing.catch(() => undefined);
    throw error;
  }
  if (stopped && !sourceDone) {
    producing.catch(() => undefined);
    return;
  }
  await producing;
}
