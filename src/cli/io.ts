/**
 * The only module that touches the process and the file system. Everything else in the CLI
 * talks to a `CliIO`, so tests can run the whole CLI in memory. The node implementations of the
 * bigger pieces (atomic writes, globs, streams) live in io-node.ts, loaded by the runs that use them.
 */
import { availableParallelism } from 'node:os';
import { piecesOf } from '../text/pieces.js';
import type { HeapSizing } from './parallel/heap-sizing.js';

export interface OutputStream {
  write(chunk: string | Uint8Array): void;
  readonly isTTY: boolean;
  /** Characters per line, when the stream is a terminal. */
  readonly columns?: number;
  /** Resolves once the stream can take more; at once unless a write filled its buffer. */
  ready(): Promise<void>;
  /** True once the reader has gone away (`unscrape --jsonl big | head`): later writes are dropped. */
  readonly closed: boolean;
}

/** The terminal the user sits at, for questions: it may differ from stdin, which can carry the text. */
export interface Terminal {
  write(text: string): void;
  /** Shows `prompt` and resolves with the line typed, or null once the terminal is closed (Ctrl-D). */
  question(prompt: string): Promise<string | null>;
  close(): void;
}

export interface PathInfo {
  kind: 'file' | 'directory' | 'other';
  size: number;
}

export interface CliIO {
  readFile(path: string): Promise<Uint8Array>;
  readStdin(): Promise<Uint8Array>;
  /** A file (or stdin for null) chunk by chunk, so a stream of any length reads in flat memory. */
  readStream(path: string | null): AsyncIterable<Uint8Array>;
  /** What `path` is, or null when nothing is there. */
  stat(path: string): Promise<PathInfo | null>;
  /** What standard input is: a file when the shell redirected one (`< corpus.jsonl`), else `other`. */
  statStdin(): Promise<PathInfo>;
  /** The files under `cwd` matching any of `patterns`, relative to `cwd`, sorted; hidden ones and node_modules skipped. */
  glob(patterns: readonly string[], cwd: string): Promise<string[]>;
  /** Creates `path` and its parents, as mkdir -p. */
  makeDirectory(path: string): Promise<void>;
  /** Replaces `path` atomically: a temporary file in the same folder, then a rename. Pieces of text are written one after another. */
  writeFileAtomic(path: string, data: string | Uint8Array | readonly string[]): Promise<void>;
  /** Opens the controlling terminal (/dev/tty); throws when there is none. */
  openTerminal(): Promise<Terminal>;
  stdout: OutputStream;
  stderr: OutputStream;
  stdinIsTTY: boolean;
  env: Readonly<Record<string, string | undefined>>;
  /** The folder relative paths start from, and where the config search starts for stdin. */
  cwd: string;
  /** How many threads can run at once here: the default of --workers. */
  cores: number;
  /** Sizes V8's heaps for a batch or a long text (parallel/heap-sizing.ts): the flags are the process's, so only the real one does. */
  sizeHeaps(): Promise<HeapSizing>;
}

// The heavier node modules (fs, crypto, streams, the glob library) load on first use: `--help` should not pay for them.
const nodeParts = () => import('./io-node.js');

export function nodeIO(): CliIO {
  return {
    readFile: async (path) => (await import('node:fs/promises')).readFile(path),
    async readStdin() {
      const chunks: Buffer[] = [];
      for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
      return Buffer.concat(chunks);
    },
    readStream: async function* (path) {
      yield* (await nodeParts()).readStream(path);
    },
    stat: async (path) => (await nodeParts()).stat(path),
    statStdin: async () => (await nodeParts()).statStdin(),
    glob: async (patterns, cwd) => (await nodeParts()).glob(patterns, cwd),
    makeDirectory: async (path) => {
      await (await import('node:fs/promises')).mkdir(path, { recursive: true });
    },
    writeFileAtomic: async (path, data) => (await nodeParts()).writeFileAtomic(path, data),
    // The readline and tty modules are loaded by interactive runs only.
    openTerminal: async () => (await import('./terminal.js')).openTerminal(),
    stdout: streamOf(process.stdout),
    stderr: streamOf(process.stderr),
    stdinIsTTY: process.stdin.isTTY === true,
    env: process.env,
    cwd: process.cwd(),
    cores: availableParallelism(),
    sizeHeaps: async () => (await import('./parallel/heap-sizing.js')).sizeHeaps(),
  };
}

/** Code units of a long string encoded and written at once. */
const WRITE_PIECE = 1 << 16;

function streamOf(stream: NodeJS.WriteStream): OutputStream {
  let full = false;
  let closed = false;
  stream.on('error', (error: NodeJS.ErrnoException) => {
    // The reader went away: stop writing, as a Unix filter does when `head` has read enough.
    if (error.code === 'EPIPE') closed = true;
    else process.nextTick(() => { throw error; });
  });
  return {
    write(chunk) {
      if (closed) return;
      // A long text is encoded a piece at a time, not into one buffer as long as its UTF-8.
      const pieces = typeof chunk === 'string' && chunk.length > WRITE_PIECE ? piecesOf(chunk, WRITE_PIECE) : [chunk];
      for (const piece of pieces) if (!stream.write(piece)) full = true;
    },
    get isTTY() {
      return stream.isTTY === true;
    },
    get columns() {
      return stream.columns;
    },
    ready() {
      if (!full || closed) return Promise.resolve();
      return new Promise((resolve) => {
        const settle = () => {
          full = false;
          stream.off('drain', settle).off('error', settle);
          resolve();
        };
        stream.once('drain', settle).once('error', settle);
      });
    },
    get closed() {
      return closed;
    },
  };
}
