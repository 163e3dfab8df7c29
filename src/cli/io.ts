/**
 * The only module that touches the process and the file system. Everything else in the CLI
 * talks to a `CliIO`, so tests can run the whole CLI in memory.
 */
import { randomBytes } from 'node:crypto';
import { chmod, readFile, rename, stat, unlink, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

export interface OutputStream {
  write(chunk: string): void;
  readonly isTTY: boolean;
}

export interface CliIO {
  readFile(path: string): Promise<Uint8Array>;
  readStdin(): Promise<Uint8Array>;
  /** Replaces `path` atomically: a temporary file in the same folder, then a rename. */
  writeFileAtomic(path: string, data: string): Promise<void>;
  stdout: OutputStream;
  stderr: OutputStream;
  stdinIsTTY: boolean;
  env: Readonly<Record<string, string | undefined>>;
}

export function nodeIO(): CliIO {
  return {
    readFile: (path) => readFile(path),
    async readStdin() {
      const chunks: Buffer[] = [];
      for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
      return Buffer.concat(chunks);
    },
    writeFileAtomic,
    stdout: streamOf(process.stdout),
    stderr: streamOf(process.stderr),
    stdinIsTTY: process.stdin.isTTY === true,
    env: process.env,
  };
}

function streamOf(stream: NodeJS.WriteStream): OutputStream {
  return {
    write: (chunk) => void stream.write(chunk),
    get isTTY() {
      return stream.isTTY === true;
    },
  };
}

async function writeFileAtomic(path: string, data: string): Promise<void> {
  const temporary = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);
  const mode = await stat(path).then((info) => info.mode & 0o7777, () => undefined);
  try {
    await writeFile(temporary, data, { flag: 'wx' });
    if (mode !== undefined) await chmod(temporary, mode);
    await rename(temporary, path);
  } catch (error) {
    await unlink(temporary).catch(() => undefined);
    throw error;
  }
}
