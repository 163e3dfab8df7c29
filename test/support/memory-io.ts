import type { CliIO } from '../../src/cli/io.js';

/** A CliIO over memory: files in a map, stdout and stderr collected as strings. */
export function memoryIO(files: Record<string, string | Uint8Array> = {}, options: { stdin?: string; tty?: boolean; env?: Record<string, string> } = {}) {
  const store = new Map<string, Uint8Array>(
    Object.entries(files).map(([path, content]) => [path, typeof content === 'string' ? new TextEncoder().encode(content) : content]),
  );
  const output = { stdout: '', stderr: '' };
  const io: CliIO = {
    async readFile(path) {
      const content = store.get(path);
      if (!content) throw Object.assign(new Error(`ENOENT: ${path}`), { code: 'ENOENT' });
      return content;
    },
    async readStdin() {
      return new TextEncoder().encode(options.stdin ?? '');
    },
    async writeFileAtomic(path, data) {
      store.set(path, new TextEncoder().encode(data));
    },
    stdout: { write: (chunk) => void (output.stdout += chunk), isTTY: options.tty ?? false },
    stderr: { write: (chunk) => void (output.stderr += chunk), isTTY: options.tty ?? false },
    stdinIsTTY: options.stdin === undefined && (options.tty ?? false),
    env: options.env ?? {},
  };
  const fileText = (path: string) => {
    const content = store.get(path);
    return content === undefined ? undefined : new TextDecoder().decode(content);
  };
  return { io, output, fileText };
}
