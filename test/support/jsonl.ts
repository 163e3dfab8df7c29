/** JSONL for tests: records to lines and back, and the binary run as a live pipe. */
import { spawn } from 'node:child_process';
import { BIN, ROOT } from './binary.js';

export const toJsonl = (records: readonly unknown[]) => records.map((record) => `${JSON.stringify(record)}\n`).join('');

export const fromJsonl = (text: string) =>
  text
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => JSON.parse(line) as Record<string, unknown> & { unscrape: Record<string, unknown> });

/** `unscrape args` with a stdin the test writes to as it goes, and stdout read as it comes. */
export function livePipe(args: string[]) {
  const child = spawn(process.execPath, [BIN, ...args], { cwd: ROOT, env: { ...process.env, NO_COLOR: undefined } });
  let stdout = '';
  let stderr = '';
  const waiting: { count: number; resolve: () => void }[] = [];
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  child.stdout.on('data', (chunk: Buffer) => {
    stdout += chunk.toString();
    const lines = stdout.split('\n').length - 1;
    for (const wait of waiting.filter((candidate) => lines >= candidate.count)) wait.resolve();
  });
  const exited = new Promise<number | null>((resolve) => child.on('close', resolve));
  let running = true;
  void exited.then(() => (running = false));
  return {
    write: (text: string) => child.stdin.write(text),
    end: () => child.stdin.end(),
    /** Resolves once stdout holds `count` whole lines. */
    linesOut: (count: number) => new Promise<void>((resolve) => waiting.push({ count, resolve })),
    get running() {
      return running;
    },
    get stdout() {
      return stdout;
    },
    get stderr() {
      return stderr;
    },
    exited,
  };
}
