/**
 * A progress line for long runs, on stderr when it is a terminal: a bar when the size of the
 * work is known, the count, the rate and the time left.
 *
 *   [=========>              ]  41%  1,204/2,900 files  87/s  ETA 0:19
 *   3,200 records  402/s  18.0 MB
 *
 * Redrawn at most ten times a second, in place (`\r`), and cleared before anything else is
 * written to stderr, so notices never land in the middle of it.
 */
import type { OutputStream } from '../io.js';

export interface ProgressState {
  done: number;
  /** How many units the run has, when known. */
  total: number | null;
  bytes: number;
  /** How many bytes the run reads, when known (JSONL files; not a pipe). */
  totalBytes: number | null;
  elapsedMs: number;
  noun: string;
}

const BAR_WIDTH = 24;
const REDRAW_MS = 100;
const CLEAR_LINE = '\r\u001b[K';

export function progressLine(state: ProgressState, columns = 80): string {
  const { done, total, bytes, totalBytes, elapsedMs, noun } = state;
  const fraction = total ? done / total : totalBytes ? bytes / totalBytes : null;
  const rate = elapsedMs > 0 ? (done * 1000) / elapsedMs : 0;
  const parts: string[] = [];
  if (fraction !== null) parts.push(bar(fraction), `${Math.floor(fraction * 100)}%`.padStart(4));
  parts.push(total ? `${count(done)}/${count(total)} ${noun}s` : `${count(done)} ${noun}${done === 1 ? '' : 's'}`);
  parts.push(`${count(Math.round(rate))}/s`);
  if (fraction === null || total === null) parts.push(`${(bytes / 1e6).toFixed(1)} MB`);
  if (fraction !== null && fraction > 0 && fraction < 1) parts.push(`ETA ${clock(((1 - fraction) / fraction) * elapsedMs)}`);
  return parts.join('  ').slice(0, Math.max(20, columns - 1));
}

function bar(fraction: number): string {
  const filled = Math.min(BAR_WIDTH, Math.floor(fraction * BAR_WIDTH));
  const head = filled < BAR_WIDTH ? '>' : '';
  return `[${'='.repeat(filled)}${head}${' '.repeat(Math.max(0, BAR_WIDTH - filled - head.length))}]`;
}

const count = (number: number) => number.toLocaleString('en-US');

function clock(ms: number): string {
  const seconds = Math.round(ms / 1000);
  const minutes = Math.floor(seconds / 60);
  const hours = Math.floor(minutes / 60);
  const mmss = `${minutes % 60}:${String(seconds % 60).padStart(2, '0')}`;
  return hours > 0 ? `${hours}:${mmss.padStart(5, '0')}` : mmss;
}

export interface Progress {
  /** `units` more inputs done, `bytes` more of the input read. */
  advance(units: number, bytes?: number): void;
  /** stderr for everything else: it clears the line first. */
  readonly stderr: OutputStream;
  /** Clears the line for good. */
  finish(): void;
}

export function createProgress(stderr: OutputStream, work: { total: number | null; totalBytes: number | null; noun: string }, enabled: boolean): Progress {
  const started = performance.now();
  const state: ProgressState = { ...work, done: 0, bytes: 0, elapsedMs: 0 };
  let shown = false;
  let lastDraw = 0;
  const clear = () => {
    if (shown) stderr.write(CLEAR_LINE);
    shown = false;
  };
  return {
    advance(units, bytes = 0) {
      state.done += units;
      state.bytes += bytes;
      const now = performance.now();
      if (!enabled || now - lastDraw < REDRAW_MS) return;
      lastDraw = now;
      state.elapsedMs = now - started;
      stderr.write(`${CLEAR_LINE}${progressLine(state, stderr.columns)}`);
      shown = true;
    },
    stderr: {
      write(chunk) {
        clear();
        stderr.write(chunk);
      },
      ready: () => stderr.ready(),
      get isTTY() {
        return stderr.isTTY;
      },
      get columns() {
        return stderr.columns;
      },
      get closed() {
        return stderr.closed;
      },
    },
    finish: clear,
  };
}
