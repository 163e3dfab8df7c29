/**
 * Wall time and peak RSS of a command, as /usr/bin/time reports them (GNU time's %e and %M);
 * medians of short runs for start-up times.
 */
import { spawn, spawnSync } from 'node:child_process';
import { closeSync, existsSync, openSync } from 'node:fs';

const GNU_TIME = '/usr/bin/time';

export interface Measured {
  seconds: number;
  /** Peak resident set size in bytes; null where GNU time is missing. */
  peakRss: number | null;
}

/** Runs `command args` with stdout to `outFile` (or /dev/null); throws if it fails. */
export function measure(command: string, args: readonly string[], outFile = '/dev/null'): Measured {
  const out = openSync(outFile, 'w');
  try {
    const started = performance.now();
    const timed = existsSync(GNU_TIME);
    const result = timed
      ? spawnSync(GNU_TIME, ['-f', '%e %M', command, ...args], { stdio: ['ignore', out, 'pipe'], maxBuffer: 64 * 1024 * 1024 })
      : spawnSync(command, args, { stdio: ['ignore', out, 'pipe'], maxBuffer: 64 * 1024 * 1024 });
    const seconds = (performance.now() - started) / 1000;
    const stderr = result.stderr?.toString() ?? '';
    if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed (${result.status}): ${stderr.slice(-2000)}`);
    const last = stderr.trim().split('\n').pop() ?? '';
    const rssKb = timed ? Number(last.split(' ')[1]) : NaN;
    return { seconds, peakRss: Number.isFinite(rssKb) ? rssKb * 1024 : null };
  } finally {
    closeSync(out);
  }
}

/** The median wall time, in milliseconds, of `runs` runs of each command, interleaved so drift hits all alike. */
export function medianTimes(commands: Record<string, readonly string[]>, runs: number): Record<string, number> {
  const samples: Record<string, number[]> = Object.fromEntries(Object.keys(commands).map((name) => [name, []]));
  for (let run = 0; run < runs; run++) {
    for (const [name, [command, ...args]] of Object.entries(commands)) {
      const started = performance.now();
      const result = spawnSync(command!, args, { stdio: ['ignore', 'ignore', 'ignore'] });
      if (result.status !== 0) throw new Error(`${name} failed with status ${result.status}`);
      samples[name]!.push(performance.now() - started);
    }
  }
  return Object.fromEntries(Object.entries(samples).map(([name, times]) => [name, median(times)]));
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** The median of the number each of `runs` runs of `command args` prints. */
export function medianOutput(command: string, args: readonly string[], runs: number): number {
  const values = Array.from({ length: runs }, () => {
    const result = spawnSync(command, args, { encoding: 'utf8' });
    if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed: ${result.stderr}`);
    return Number(result.stdout.trim());
  });
  return median(values);
}

/**
 * Wall time, in seconds, of running every command at once (stdout discarded): what the machine
 * gives independent processes side by side, the ceiling for threads of one.
 */
export async function wallTimeTogether(commands: readonly (readonly string[])[]): Promise<number> {
  const started = performance.now();
  await Promise.all(
    commands.map(
      ([command, ...args]) =>
        new Promise<void>((resolve, reject) => {
          const child = spawn(command!, args, { stdio: ['ignore', 'ignore', 'inherit'] });
          child.on('error', reject);
          child.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`${command} ${args.join(' ')} failed (${code})`))));
        }),
    ),
  );
  return (performance.now() - started) / 1000;
}
