/**
 * Bad input and hostile surroundings: an unreadable file among readable ones, a reader that
 * closes the pipe early, and Ctrl-C in the middle of --write. Each must end cleanly and lose
 * nothing.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../src/cli/main.js';
import { memoryIO } from './support/memory-io.js';

const ROOT = new URL('..', import.meta.url).pathname;
const BIN = join(ROOT, 'bin/unscrape.js');
const PARAGRAPH = 'The harbour reopened on Tuesday after a week of repairs, the port authority said. Ferries resumed their schedule in the the afternoon.\n\n';

describe('a file that cannot be read', () => {
  it('is reported in one line with exit 2, and the other files still run', async () => {
    const { io, output } = memoryIO({ 'good.txt': PARAGRAPH, 'secret.txt': PARAGRAPH });
    const readFile = io.readFile.bind(io);
    io.readFile = async (path) => {
      if (path.endsWith('secret.txt')) throw Object.assign(new Error(`EACCES: permission denied, open '${path}'`), { code: 'EACCES' });
      return readFile(path);
    };
    expect(await run(['secret.txt', 'good.txt'], io)).toBe(2);
    expect(output.stderr).toMatch(/secret\.txt: permission denied/);
    expect(output.stdout).toContain('in the afternoon');
  });
});

describe('a reader that stops early (unscrape big.txt | head -1)', () => {
  it('ends quietly: exit 0 and nothing on stderr', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'unscrape-pipe-'));
    const big = join(dir, 'big.txt');
    writeFileSync(big, PARAGRAPH.repeat(20_000));
    const child = spawn(process.execPath, [BIN, big], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += chunk));
    await new Promise<void>((resolve) => child.stdout.once('data', () => resolve()));
    child.stdout.destroy();
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(code).toBe(0);
    expect(stderr).not.toMatch(/EPIPE|Error|at /);
  });
});

describe('Ctrl-C during --write', () => {
  it('leaves every file either as it was or cleaned, never half-written, and no temporary file behind', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'unscrape-sigint-'));
    const original = PARAGRAPH.repeat(400);
    const names = Array.from({ length: 60 }, (_, index) => `article-${index}.txt`);
    for (const name of names) writeFileSync(join(dir, name), original);
    const cleaned = spawnSync(process.execPath, [BIN, '-q', join(dir, names[0]!)], { encoding: 'utf8' }).stdout;
    expect(cleaned).not.toBe(original);

    const child = spawn(process.execPath, [BIN, '-q', '-w', ...names], { cwd: dir, stdio: 'ignore' });
    await new Promise((resolve) => setTimeout(resolve, 400));
    child.kill('SIGINT');
    await new Promise((resolve) => child.on('close', resolve));

    for (const name of names) expect([original, cleaned]).toContain(readFileSync(join(dir, name), 'utf8'));
    expect(readdirSync(dir).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });
});
