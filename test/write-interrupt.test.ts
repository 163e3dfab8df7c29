import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

/**
 * A signal that arrives while a temporary file is being created, which the real Ctrl-C test
 * meets about once in twenty runs, made certain: the file system's writeFile waits for the
 * test, and process.kill is a spy after which nothing more of the "dead" process may run.
 */
const fs = vi.hoisted(() => ({
  /** What the test holds back: the creation of the file, or the end of a write already created. */
  hold: 'creation' as 'creation' | 'finish',
  release: () => undefined as void,
  /** writeFile calls begun, and files they created. */
  begun: 0,
  created: 0,
  killed: false,
}));

vi.mock('node:fs/promises', async (importOriginal) => {
  const real = await importOriginal<typeof import('node:fs/promises')>();
  return {
    ...real,
    async writeFile(...args: Parameters<typeof real.writeFile>) {
      const released = new Promise<void>((resolve) => (fs.release = resolve));
      fs.begun++;
      if (fs.hold === 'creation') await released;
      await real.writeFile(...args);
      fs.created++;
      if (fs.hold === 'finish') await released;
      // Killed: the thread pool may still finish what it was doing, but no JavaScript runs after.
      if (fs.killed) await new Promise(() => undefined);
    },
  };
});

let folder: string;
let listenersBefore: { SIGINT: Function[]; SIGTERM: Function[] };

beforeEach(() => {
  vi.resetModules();
  folder = mkdtempSync(join(tmpdir(), 'unscrape-interrupt-'));
  Object.assign(fs, { killed: false, begun: 0, created: 0 });
  vi.spyOn(process, 'kill').mockImplementation(() => ((fs.killed = true), true));
  listenersBefore = { SIGINT: process.listeners('SIGINT'), SIGTERM: process.listeners('SIGTERM') };
});

afterEach(() => {
  vi.restoreAllMocks();
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    for (const listener of process.listeners(signal)) if (!listenersBefore[signal].includes(listener)) process.off(signal, listener as () => void);
  }
});

const temporaries = () => readdirSync(folder).filter((name) => name.endsWith('.tmp'));

/** A fresh io-node (its signal handling starts unarmed) writing `cleaned` over a file that reads `original`. */
async function startWrite(name: string, hold: typeof fs.hold) {
  const { writeFileAtomic } = await import('../src/cli/io-node.js');
  const target = join(folder, name);
  writeFileSync(target, 'original');
  fs.hold = hold;
  return { writeFileAtomic, target, writing: writeFileAtomic(target, 'cleaned') };
}

describe('a signal during an atomic write', () => {
  it('lets a write whose file is still being created finish, then ends the run: no temporary is left', async () => {
    const { target } = await startWrite('article.txt', 'creation');
    await vi.waitFor(() => expect(fs.begun).toBe(1));
    process.emit('SIGINT', 'SIGINT');
    fs.release();
    await vi.waitFor(() => expect(fs.created).toBe(1));
    await vi.waitFor(() => expect(process.kill).toHaveBeenCalledWith(process.pid, 'SIGINT'));
    expect(temporaries()).toEqual([]);
    expect(readFileSync(target, 'utf8')).toBe('cleaned');
  });

  it('starts no new write once the signal came', async () => {
    const { writeFileAtomic, target: first, writing } = await startWrite('first.txt', 'finish');
    await vi.waitFor(() => expect(fs.created).toBe(1));
    process.emit('SIGINT', 'SIGINT');
    void writeFileAtomic(join(folder, 'second.txt'), 'cleaned');
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(fs.begun).toBe(1);
    fs.release();
    await writing;
    await vi.waitFor(() => expect(process.kill).toHaveBeenCalledTimes(1));
    expect(readdirSync(folder).sort()).toEqual(['first.txt']);
    expect(readFileSync(first, 'utf8')).toBe('cleaned');
  });

  it('waits no longer than 2 s for a write that does not finish, then removes its temporary and ends', async () => {
    const { target } = await startWrite('article.txt', 'finish');
    await vi.waitFor(() => expect(fs.created).toBe(1));
    vi.useFakeTimers({ toFake: ['setTimeout'] });
    try {
      process.emit('SIGINT', 'SIGINT');
      await vi.advanceTimersByTimeAsync(1999);
      expect(process.kill).not.toHaveBeenCalled();
      expect(temporaries()).toHaveLength(1);
      await vi.advanceTimersByTimeAsync(1);
    } finally {
      vi.useRealTimers();
    }
    await vi.waitFor(() => expect(process.kill).toHaveBeenCalledWith(process.pid, 'SIGINT'));
    expect(temporaries()).toEqual([]);
    expect(readFileSync(target, 'utf8')).toBe('original');
  });

  it('ends at once on a second signal, removing the temporary files it knows', async () => {
    const { target } = await startWrite('article.txt', 'finish');
    await vi.waitFor(() => expect(fs.created).toBe(1));
    expect(temporaries()).toHaveLength(1);
    process.emit('SIGINT', 'SIGINT');
    expect(process.kill).not.toHaveBeenCalled();
    process.emit('SIGINT', 'SIGINT');
    expect(process.kill).toHaveBeenCalledWith(process.pid, 'SIGINT');
    expect(temporaries()).toEqual([]);
    expect(readFileSync(target, 'utf8')).toBe('original');
  });
});
