import { resolve } from 'node:path';
import { InputError, Interrupted } from '../../src/cli/errors.js';
import type { CliIO, Terminal } from '../../src/cli/io.js';

export const CTRL_C = '\u0003';

export interface MemoryOptions {
  stdin?: string;
  tty?: boolean;
  env?: Record<string, string>;
  /** Lines typed at the terminal, in order; null is Ctrl-D, CTRL_C is Ctrl-C. Without it there is no terminal. */
  answers?: (string | null)[];
  cwd?: string;
}

/**
 * A CliIO over memory: files in a map (relative paths resolved against `cwd`), stdout and
 * stderr collected as strings, and a terminal that types scripted answers and records the
 * whole conversation in `output.terminal`.
 */
export function memoryIO(files: Record<string, string | Uint8Array> = {}, options: MemoryOptions = {}) {
  const cwd = options.cwd ?? '/work';
  const encode = (content: string | Uint8Array) => (typeof content === 'string' ? new TextEncoder().encode(content) : content);
  const store = new Map<string, Uint8Array>(Object.entries(files).map(([path, content]) => [resolve(cwd, path), encode(content)]));
  const output = { stdout: '', stderr: '', terminal: '' };
  const written: string[] = [];
  const io: CliIO = {
    async readFile(path) {
      const content = store.get(resolve(cwd, path));
      if (!content) throw Object.assign(new Error(`ENOENT: ${path}`), { code: 'ENOENT' });
      return content;
    },
    async readStdin() {
      return new TextEncoder().encode(options.stdin ?? '');
    },
    async writeFileAtomic(path, data) {
      written.push(path);
      store.set(resolve(cwd, path), encode(data));
    },
    async openTerminal() {
      if (!options.answers) throw new InputError('--interactive needs a terminal to ask on (this test gave none)');
      return scriptedTerminal(options.answers, (text) => void (output.terminal += text));
    },
    stdout: { write: (chunk) => void (output.stdout += chunk), isTTY: options.tty ?? false },
    stderr: { write: (chunk) => void (output.stderr += chunk), isTTY: options.tty ?? false },
    stdinIsTTY: options.stdin === undefined && (options.tty ?? false),
    env: options.env ?? {},
    cwd,
  };
  const fileText = (path: string) => {
    const content = store.get(resolve(cwd, path));
    return content === undefined ? undefined : new TextDecoder().decode(content);
  };
  return { io, output, fileText, written };
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
