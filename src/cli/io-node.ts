/**
 * The node side of `CliIO` that most runs never need: atomic writes, file kinds, globs, and
 * streamed reads. io.ts loads this module on first use, so `--help` and a plain clean of one
 * file do not pay for crypto, streams or the glob library.
 */
import { randomBytes } from 'node:crypto';
import { createReadStream, fstatSync, rmSync } from 'node:fs';
import { chmod, realpath, rename, stat as statPath, unlink, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type { PathInfo } from './io.js';

/**
 * 64 KB reads, as Node reads files by default. A chunk's lines are decoded together and wait
 * their turn, so larger reads held more records long enough for V8 to promote them: 256 KB
 * reads cost a JSONL stream 11 MB of peak RSS on one thread and 37 MB on two.
 */
const READ_CHUNK = 64 * 1024;

export async function writeFileAtomic(path: string, data: string | Uint8Array | readonly string[]): Promise<void> {
  // Through a symbolic link, replace the file it points to, not the link.
  const target = await realpath(path).catch(() => path);
  const temporary = join(dirname(target), `.${basename(target)}.${randomBytes(6).toString('hex')}.tmp`);
  const mode = await statPath(target).then((info) => info.mode & 0o7777, () => undefined);
  // The run is ending on a signal: no new temporary file, and no answer (the process ends).
  // Checked here, after the last wait: from here to `pendingWrites.set` nothing else runs.
  if (stopping) return new Promise<void>(() => undefined);
  removeTemporariesOnInterrupt();
  const write = (async () => {
    await writeFile(temporary, data, { flag: 'wx' });
    if (mode !== undefined) await chmod(temporary, mode);
    await rename(temporary, target);
  })();
  pendingWrites.set(temporary, write);
  try {
    await write;
  } catch (error) {
    await unlink(temporary).catch(() => undefined);
    // Name the file the caller asked for, not the temporary one.
    throw Object.assign(error as Error, { path });
  } finally {
    pendingWrites.delete(temporary);
  }
}

/** The writes under way, by their temporary file. */
const pendingWrites = new Map<string, Promise<void>>();
let interruptHandled = false;
let stopping = false;
/** How long a signal waits for the writes under way before it ends the run regardless. */
const SETTLE_MS = 2000;

/**
 * Ctrl-C between writing a temporary file and renaming it over the original would leave the
 * temporary behind. The original is untouched until the rename, so on SIGINT (or SIGTERM) no
 * new write starts, the writes under way are let finish (each renames its file or fails) for
 * up to SETTLE_MS, the temporaries still there are removed, and the process ends as the signal
 * would have ended it. Removing them at once was not enough: a temporary whose creation was
 * still under way in libuv's thread pool appeared after the removal (twice in some twenty runs
 * of the Ctrl-C test). A second signal ends the run at once, removing what it can.
 */
function removeTemporariesOnInterrupt(): void {
  if (interruptHandled) return;
  interruptHandled = true;
  const end = (signal: NodeJS.Signals) => {
    for (const temporary of pendingWrites.keys()) rmSync(temporary, { force: true });
    process.off(signal, onSignal);
    process.kill(process.pid, signal);
  };
  const onSignal = (signal: NodeJS.Signals) => {
    if (stopping) return end(signal);
    stopping = true;
    const timeUp = new Promise((resolve) => setTimeout(resolve, SETTLE_MS));
    void Promise.race([Promise.allSettled(pendingWrites.values()), timeUp]).then(() => end(signal));
  };
  process.on('SIGINT', onSignal).on('SIGTERM', onSignal);
}

export async function stat(path: string): Promise<PathInfo | null> {
  try {
    const info = await statPath(path);
    return { kind: info.isFile() ? 'file' : info.isDirectory() ? 'directory' : 'other', size: info.size };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return null;
    throw error;
  }
}

export async function statStdin(): Promise<PathInfo> {
  try {
    const info = fstatSync(0);
    return { kind: info.isFile() ? 'file' : 'other', size: info.size };
  } catch {
    // Closed (`<&-`): nothing to size.
    return { kind: 'other', size: 0 };
  }
}

export async function glob(patterns: readonly string[], cwd: string): Promise<string[]> {
  const { glob: find } = await import('tinyglobby');
  const found = await find([...patterns], { cwd, onlyFiles: true, dot: false, ignore: ['**/node_modules/**'], expandDirectories: false });
  return found.sort();
}

export function readStream(path: string | null): AsyncIterable<Uint8Array> {
  return path === null ? process.stdin : createReadStream(path, { highWaterMark: READ_CHUNK });
}
