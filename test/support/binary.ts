/**
 * The real binary, spawned as a user would run it (npm test builds dist/ first), and the seed
 * article it is tried on.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';

export const ROOT = new URL('../..', import.meta.url).pathname;
export const BIN = join(ROOT, 'bin/unscrape.js');
export const SEED = join(ROOT, 'fixtures/tiktok-oracle');
export const seedInput = readFileSync(join(SEED, 'input.txt'), 'utf8');
export const seedClean = readFileSync(join(SEED, 'clean.txt'), 'utf8');
export const seedTail = readFileSync(join(SEED, 'tail.txt'), 'utf8');

export interface SpawnOptions {
  input?: string | Buffer;
  cwd?: string;
  env?: Record<string, string>;
}

/** Runs `unscrape args`; colour variables from the test's own environment are cleared. */
export function unscrape(args: string[], options: SpawnOptions = {}) {
  const env: Record<string, string | undefined> = { ...process.env, NO_COLOR: undefined, FORCE_COLOR: undefined, ...options.env };
  const result = spawnSync(process.execPath, [BIN, ...args], {
    input: options.input ?? '',
    cwd: options.cwd ?? ROOT,
    env: env as NodeJS.ProcessEnv,
    encoding: 'utf8',
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

const scratchFolders: string[] = [];
// Registered while the test file that imports this module is collected, so it runs after its tests.
afterAll(() => {
  for (const folder of scratchFolders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

/** A fresh folder under the system's temporary folder, outside any project with a config; removed after the file's tests. */
export function scratch(): string {
  const folder = mkdtempSync(join(tmpdir(), 'unscrape-cli-'));
  scratchFolders.push(folder);
  return folder;
}

export const ESCAPE = /\u001b\[/;
