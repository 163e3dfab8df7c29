/**
 * The only module that touches the process and the file system. Everything else in the CLI
 * talks to a `CliIO`, so tests can run the whole CLI in memory.
 */
import { basename, dirname, join } from 'node:path';

// node:fs/promises and node:crypto are imported where used: `--help` should not pay for them.
const fs = () => import('node:fs/promises');

export interface OutputStream {
  write(chunk: string): void;
  readonly isTTY: boolean;
}

/** The terminal the user sits at, for questions: it may differ from stdin, which can carry the text. */
export interface Terminal {
  write(text: string): void;
  /** Shows `prompt` and resolves with the line typed, or null once the terminal is closed (Ctrl-D). */
  question(prompt: string): Promise<string | null>;
  close(): void;
}

export interface CliIO {
  readFile(path: string): Promise<Uint8Array>;
  readStdin(): Promise<Uint8Array>;
  /** Replaces `path` atomically: a temporary file in the same folder, then a rename. */
  writeFileAtomic(path: string, data: string | Uint8Array): Promise<void>;
  /** Opens the controlling terminal (/dev/tty); throws when there is none. */
  openTerminal(): Promise<Terminal>;
  stdout: OutputStream;
  stderr: OutputStream;
  stdinIsTTY: boolean;
  env: Readonly<Record<string, string | undefined>>;
  /** The folder relative paths start from, and where the config search starts for stdin. */
  cwd: string;
}

export function nodeIO(): CliIO {
  return {
    readFile: async (path) => (await fs()).readFile(path),
    async readStdin() {
      const chunks: Buffer[] = [];
      for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
      return Buffer.concat(chunks);
    },
    writeFileAtomic,
    // The readline and tty modules are loaded by interactive runs only.
    openTerminal: async () => (await import('./terminal.js')).openTerminal(),
    stdout: streamOf(process.stdout),
    stderr: streamOf(process.stderr),
    stdinIsTTY: process.stdin.isTTY === true,
    env: process.env,
    cwd: process.cwd(),
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

async function writeFileAtomic(path: string, data: string | Uint8Array): Promise<void> {
  const { chmod, realpath, rename, stat, unlink, writeFile } = await fs();
  const { randomBytes } = await import('node:crypto');
  // Through a symbolic link, replace the file it points to, not the link.
  const target = await realpath(path).catch(() => path);
  const temporary = join(dirname(target), `.${basename(target)}.${randomBytes(6).toString('hex')}.tmp`);
  const mode = await stat(target).then((info) => info.mode & 0o7777, () => undefined);
  try {
    await writeFile(temporary, data, { flag: 'wx' });
    if (mode !== undefined) await chmod(temporary, mode);
    await rename(temporary, target);
  } catch (error) {
    await unlink(temporary).catch(() => undefined);
    throw error;
  }
}
