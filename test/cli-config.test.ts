/**
 * `.unscraperc.json` and the `unscrape` key of package.json: found upward from the file (from the
 * working folder for stdin), validated, and overridden by the command line.
 */
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateConfig } from '../src/cli/config.js';
import { run } from '../src/cli/main.js';
import { scratch, SEED, seedInput, unscrape } from './support/binary.js';
import { memoryIO } from './support/memory-io.js';

/** The passes named in a --report, tail aside. */
const passesIn = (report: string) => new Set(report.split('\n').map((line) => line.split('  ')[1]).filter((pass) => pass && pass !== 'tail'));

/** project/.unscraperc.json (or package.json) with the seed article two folders below it. */
function project(config: { rc?: unknown; manifest?: unknown; raw?: string }): { root: string; article: string } {
  const root = scratch();
  mkdirSync(join(root, 'news/today'), { recursive: true });
  if (config.rc !== undefined) writeFileSync(join(root, '.unscraperc.json'), JSON.stringify(config.rc));
  if (config.raw !== undefined) writeFileSync(join(root, '.unscraperc.json'), config.raw);
  if (config.manifest !== undefined) writeFileSync(join(root, 'package.json'), JSON.stringify(config.manifest));
  copyFileSync(join(SEED, 'input.txt'), join(root, 'news/today/article.txt'));
  return { root, article: join(root, 'news/today/article.txt') };
}

describe('config through the real binary', () => {
  it('applies the nearest .unscraperc.json above the file', () => {
    const { article } = project({ rc: { skip: ['casing'] } });
    const { code, stdout } = unscrape(['--report', article]);
    expect(code).toBe(0);
    expect(passesIn(stdout).has('casing')).toBe(false);
    expect(passesIn(stdout).has('repeated-word')).toBe(true);
  });

  it('reads the "unscrape" key of package.json', () => {
    const { article } = project({ manifest: { name: 'news', unscrape: { only: ['casing'] } } });
    expect(passesIn(unscrape(['--report', article]).stdout)).toEqual(new Set(['casing']));
  });

  it('looks upward from the working folder for standard input', () => {
    const { root } = project({ rc: { keepTail: true } });
    const { stdout } = unscrape([], { input: seedInput, cwd: join(root, 'news') });
    expect(stdout).toContain('De oplossingen van Microsoft');
  });

  it('lets the command line win', () => {
    const { article } = project({ rc: { skip: ['casing'], keepTail: true } });
    const { stdout } = unscrape(['--report', '--skip', 'number-period', article]);
    expect(passesIn(stdout).has('casing')).toBe(true);
    expect(passesIn(stdout).has('number-period')).toBe(false);
  });

  it('is ignored with --no-config', () => {
    const { article } = project({ rc: { skip: ['casing'] } });
    expect(passesIn(unscrape(['--report', '--no-config', article]).stdout).has('casing')).toBe(true);
  });

  it.each([
    ['not JSON', { raw: '{ skip: casing }' }, /\.unscraperc\.json: not valid JSON/],
    ['not an object', { rc: ['casing'] }, /\.unscraperc\.json: must be a JSON object of options/],
    ['a misspelt option', { rc: { minconfidence: 0.9 } }, /unknown option "minconfidence"; valid options: minConfidence, /],
    ['a value out of range', { rc: { minConfidence: 2 } }, /"minConfidence" must be a number from 0 to 1/],
    ['an unknown pass', { rc: { skip: ['casing', 'spelling'] } }, /"skip" names unknown pass “spelling”; valid passes: .*casing/],
    ['a bad package.json key', { manifest: { unscrape: { color: 'sometimes' } } }, /package\.json#unscrape: "color" must be "auto", "always" or "never"/],
  ])('refuses %s with one line and exit 2', (_name, config, message) => {
    const { article } = project(config);
    const { code, stdout, stderr } = unscrape([article]);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr).toMatch(message);
  });
});

describe('config in memory', () => {
  it('gives each file the config of its own folder', async () => {
    const { io, output } = memoryIO({
      'a/.unscraperc.json': JSON.stringify({ only: ['casing'] }),
      'a/one.txt': seedInput,
      'b/two.txt': seedInput,
    });
    expect(await run(['--report', '--keep-tail', 'a/one.txt', 'b/two.txt'], io)).toBe(0);
    const linesOf = (file: string) => output.stdout.split('\n').filter((line) => line.startsWith(file)).join('\n');
    expect(passesIn(linesOf('a/one.txt:'))).toEqual(new Set(['casing']));
    expect(passesIn(linesOf('b/two.txt:')).size).toBeGreaterThan(1);
  });

  it('reports a bad config for its file and still cleans the others', async () => {
    const { io, output } = memoryIO({ 'bad/.unscraperc.json': '{"backup": "yes"}', 'bad/a.txt': 'text', 'b.txt': 'text' });
    expect(await run(['bad/a.txt', 'b.txt'], io)).toBe(2);
    expect(output.stderr).toMatch(/^unscrape: \/work\/bad\/\.unscraperc\.json: "backup" must be true or false\nunscrape: 2 files in .*1 failed\n$/);
    expect(output.stdout).toBe('text');
  });

  it('accepts every option it documents', () => {
    const config = { minConfidence: 0.9, only: ['casing'], skip: [], color: 'never', language: 'eng', encoding: 'utf-8', keepTail: true, backup: true, quiet: true };
    expect(validateConfig('x.json', config)).toEqual(config);
  });
});
