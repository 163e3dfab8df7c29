import { matchesGlob, relative, resolve } from 'node:path';
import { InputError, Interrupted } from '../../src/cli/errors.js';
import type { CliIO, OutputStream, Terminal } from '../../src/cli/io.js';

export const CTRL_C = '\u0003';

export interface MemoryOptions {
  stdin?: string;
  /** Stdin is a file the shell redirected (`< file`), not a pipe: its size is known. */
  stdinIsFile?: boolean;
  tty?: boolean;
  env?: Record<string, string>;
  /** Lines typed at the terminal, in order; null is Ctrl-D, CTRL_C is Ctrl-C. Without it there is no terminal. */
  answers?: (string | null)[];
  cwd?: string;
  /** Folders that exist though no file is in them yet. */
  folders?: string[];
}

/** Small chunks, so that a line split across chunks is the common case in tests. */
const STREAM_CHUNK = 7;

/**
 * A CliIO over memory: files in a map (relative paths resolved against `cwd`), stdout and
 * stderr collected as strings, and a terminal that types scripted answers and records the
 * whole conversation in `output.terminal`.
 */
export function memoryIO(files: Record<string, string | Uint8Array> = {}, options: MemoryOptions = {}) {
  const cwd = options.cwd ?? '/work';
  const encode = (content: string | Uint8Array | readonly string[]) =>
    typeof content === 'string' ? new TextEncoder().encode(content) : content instanceof Uint8Array ? content : new TextEncoder().encode(content.join(''));
  const store = new Map<string, Uint8Array>(Object.entries(files).map(([path, content]) => [resolve(cwd, path), encode(content)]));
  const output = { stdout: '', stderr: '', terminal: '', heapSizing: [] as string[] };
  const written: string[] = [];
  const folders = (options.folders ?? []).map((folder) => resolve(cwd, folder));
  const io: CliIO = {
    async readFile(path) {
      const content = store.get(resolve(cwd, path));
      if (!content) throw Object.assign(new Error(`ENOENT: ${path}`), { code: 'ENOENT' });
      return content;
    },
    async readStdin() {
      return new TextEncoder().encode(options.stdin ?? '');
    },
    async *readStream(path) {
      const content = path === null ? new TextEncoder().encode(options.stdin ?? '') : await io.readFile(path);
      for (let start = 0; start < content.length; start += STREAM_CHUNK) yield content.subarray(start, start + STREAM_CHUNK);
    },
    async stat(path) {
      const absolute = resolve(cwd, path);
      const content = store.get(absolute);
      if (content) return { kind: 'file', size: content.length };
      const isFolder = [...store.keys(), ...folders].some((file) => file.startsWith(`${absolute}/`) || file === absolute);
      return isFolder ? { kind: 'directory', size: 0 } : null;
    },
    async statStdin() {
      return { kind: options.stdinIsFile ? 'file' : 'other', size: options.stdinIsFile ? new TextEncoder().encode(options.stdin ?? '').length : 0 };
    },
    async glob(patterns, under) {
      const found = [...store.keys()]
        .map((file) => relative(resolve(cwd, under), file))
        .filter((file) => !file.startsWith('..') && patterns.some((pattern) => matchesGlob(file, pattern)));
      return found.sort();
    },
    async makeDirectory(path) {
      folders.push(resolve(cwd, path));
    },
    async writeFileAtomic(path, data) {
      written.push(path);
      store.set(resolve(cwd, path), encode(data));
    },
    async openTerminal() {
      if (!options.answers) throw new InputError('--interactive needs a terminal to ask on (this test gave none)');
      return scriptedTerminal(options.answers, (text) => void (output.terminal += text));
    },
    stdout: memoryStream((chunk) => void (output.stdout += chunk), options.tty ?? false),
    stderr: memoryStream((chunk) => void (output.stderr += chunk), options.tty ?? false),
    stdinIsTTY: options.stdin === undefined && (options.tty ?? false),
    env: options.env ?? {},
    cwd,
    // One core: the in-memory runs clean on the main thread (a worker runs the compiled dist/, not these sources).
    cores: 1,
    // Recorded, not done: V8's flags would be the test process's.
    async sizeHeaps() {
      output.heapSizing.push('sized');
      return {
        workerStarted: (worker) => void output.heapSizing.push(`worker ${worker} started`),
        workDone: (reply) => void output.heapSizing.push(reply ? `worker ${reply.worker} done` : 'work done'),
      };
    },
  };
  const fileText = (path: string) => {
    const content = store.get(resolve(cwd, path));
    return content === undefined ? undefined : new TextDecoder().decode(content);
  };
  return { io, output, fileText, written };
}

function memoryStream(write: (chunk: string) => void, isTTY: boolean): OutputStream {
  // Bytes as the CLI writes them (a JSONL batch is UTF-8 already), kept as the text they spell.
  const decoder = new TextDecoder();
  return {
    write: (chunk) => write(typeof chunk === 'string' ? chunk : decoder.decode(chunk, { stream: true })),
    isTTY,
    columns: 80,
    ready: async () => undefined,
    closed: false,
  };
}

function scriptedTerminal(answers: (string | null)[], write: (text: string) => void): Terminal {
  const queue = [...answers];
  return {
    write,
    async question(prompt) {
      write(prompt);
      if (queue.length === 0) throw new Error(`the test gave no answer for: ${prompt}`);
      const answer = queue.shift()!;
      if (answer === CTRL_C) throw new Interrupted('interrupted');
      write(`${answer ?? '^D'}\n`);
      return answer;
    },
    close: () => undefined,
  };
}
