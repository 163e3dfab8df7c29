import { describe, expect, it } from 'vitest';
import { mapInOrder } from '../../src/cli/parallel/ordered.js';

async function* numbers(count: number, seen: number[] = []): AsyncGenerator<number> {
  for (let number = 0; number < count; number++) {
    seen.push(number);
    yield number;
  }
}

const collectInto = (results: number[]) => (result: number) => {
  results.push(result);
  return 'continue' as const;
};

/** Work that finishes in an order other than the items': later items first. */
const shuffledWork = (number: number) => new Promise<number>((resolve) => setTimeout(() => resolve(number * 10), (7 - (number % 7)) * 2));

describe('mapInOrder', () => {
  it('hands on results in the order of the items, whatever order the work finishes in', async () => {
    const results: number[] = [];
    await mapInOrder(numbers(30), shuffledWork, 5, collectInto(results));
    expect(results).toEqual(Array.from({ length: 30 }, (_, number) => number * 10));
  });

  it('never has more than `limit` items read and not yet handed on', async () => {
    const read: number[] = [];
    let handedOn = 0;
    let most = 0;
    await mapInOrder(numbers(40, read), shuffledWork, 4, () => {
      handedOn++;
      most = Math.max(most, read.length - handedOn);
      return 'continue';
    });
    // The item being awaited when the source is asked for the next one counts too.
    expect(most).toBeLessThanOrEqual(4 + 1);
    expect(handedOn).toBe(40);
  });

  it('stops reading when the sink says stop', async () => {
    const read: number[] = [];
    const results: number[] = [];
    await mapInOrder(numbers(1000, read), async (number) => number, 3, (result) => {
      results.push(result);
      return result === 5 ? 'stop' : 'continue';
    });
    expect(results).toEqual([0, 1, 2, 3, 4, 5]);
    expect(read.length).toBeLessThan(12);
  });

  it('passes on the failure of a job, after the results before it', async () => {
    const results: number[] = [];
    const work = async (number: number) => {
      if (number === 3) throw new Error('job 3 failed');
      return number;
    };
    await expect(mapInOrder(numbers(10), work, 4, collectInto(results))).rejects.toThrow('job 3 failed');
    expect(results).toEqual([0, 1, 2]);
  });

  it('passes on a failure of the source, after every result before it', async () => {
    async function* failing() {
      yield 1;
      yield 2;
      throw new Error('read failed');
    }
    const results: number[] = [];
    await expect(mapInOrder(failing(), async (number) => number, 4, collectInto(results))).rejects.toThrow('read failed');
    expect(results).toEqual([1, 2]);
  });
});
