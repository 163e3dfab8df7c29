/**
 * The review outputs through the real binary: --word-diff, --report, --diff's suggestion list,
 * colour, and pass selection.
 */
import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { clean } from '../src/engine.js';
import { ESCAPE, scratch, SEED, seedInput, unscrape } from './support/binary.js';

const full = clean(seedInput);
const weakest = full.edits.reduce((least, edit) => (edit.confidence < least.confidence ? edit : least));
/** Just above the least sure edit, so that it becomes a suggestion whatever today's confidences are. */
const aboveWeakest = String(weakest.confidence + 0.005);

function seedIn(folder: string): string {
  copyFileSync(join(SEED, 'input.txt'), join(folder, 'article.txt'));
  return folder;
}

describe('--word-diff', () => {
  it('prints one block per edit and one for the tail, each labelled with place, pass and reason', () => {
    const { code, stdout } = unscrape(['--word-diff', 'article.txt'], { cwd: seedIn(scratch()) });
    expect(code).toBe(0);
    const headings = stdout.split('\n').filter((line) => line.startsWith('article.txt:'));
    expect(headings).toHaveLength(full.edits.length + 1);
    for (const [index, edit] of full.edits.entries()) {
      expect(headings[index]).toBe(`article.txt:${edit.line}:${edit.column}  ${edit.pass}  ${edit.reason} (${edit.confidence})`);
    }
    expect(headings.at(-1)).toMatch(/^article\.txt:\d+:1  tail  split off a Dutch tail of \d+ characters$/);
  });

  it('shows the changed words inline with a few words of context', () => {
    const { stdout } = unscrape(['--word-diff'], { input: seedInput });
    expect(stdout).toContain('    …a technology partner would mean [-oracle-]{+Oracle+} would also take a majority…\n');
    expect(stdout).toContain('Published on[-↵-]{+ +}Oct 4, 2020');
    expect(stdout).toMatch(/^stdin:5:85 /);
  });

  it('shows suggestions, marked as not applied', () => {
    const { stdout } = unscrape(['--word-diff', '--min-confidence', aboveWeakest, '-'], { input: seedInput });
    expect(stdout).toContain(`stdin:${weakest.line}:${weakest.column}  ${weakest.pass}  ${weakest.reason} (${weakest.confidence}) [suggestion, not applied]`);
  });
});

describe('--report', () => {
  it('prints file:line:col  pass  before -> after  (reason, confidence) per edit and a summary line', () => {
    const { code, stdout } = unscrape(['--report', 'article.txt'], { cwd: seedIn(scratch()) });
    expect(code).toBe(0);
    const lines = stdout.trimEnd().split('\n');
    for (const edit of full.edits) {
      const line = lines.find((candidate) => candidate.startsWith(`article.txt:${edit.line}:${edit.column}  ${edit.pass}  "`));
      expect(line).toMatch(/^\S+  \S+  ".*" -> ".*"  \(.+, [\d.]+\)$/);
      expect(line).toContain(`(${edit.reason}, ${edit.confidence})`);
    }
    const oracle = full.edits.find((edit) => edit.before === 'oracle')!;
    expect(lines).toContain(`article.txt:5:85  casing  "oracle" -> "Oracle"  (${oracle.reason}, ${oracle.confidence})`);
    expect(lines.at(-1)).toMatch(new RegExp(`^article\\.txt: ${full.edits.length} edits applied, a Dutch tail of \\d+ characters split off$`));
  });

  it('marks suggestions and counts them in the summary', () => {
    const { stdout } = unscrape(['--report', '--min-confidence', aboveWeakest], { input: seedInput });
    expect(stdout).toContain(`${JSON.stringify(weakest.before)} -> ${JSON.stringify(weakest.after)}  (${weakest.reason}, ${weakest.confidence})  [suggestion, not applied]\n`);
    expect(stdout).toMatch(/^stdin: \d+ edits? applied, \d+ suggestions?, /m);
  });
});

describe('--diff', () => {
  it('lists the suggestions on stderr, never in the patch on stdout', () => {
    const { stdout, stderr } = unscrape(['--diff', '--min-confidence', aboveWeakest], { input: seedInput });
    expect(stdout).not.toContain('suggestion');
    expect(stderr).toMatch(/^unscrape: stdin: \d+ suggestions? below confidence [\d.]+ not applied/m);
    expect(stderr).toContain(`  stdin:${weakest.line}:${weakest.column}  ${weakest.pass}  ${JSON.stringify(weakest.before)} -> `);
  });
});

describe('colour', () => {
  it.each([['--word-diff'], ['--report'], ['--diff']])('colours %s only when asked or allowed', (flag) => {
    const options = { input: seedInput };
    expect(unscrape([flag], options).stdout).not.toMatch(ESCAPE);
    expect(unscrape([flag], { ...options, env: { FORCE_COLOR: '1' } }).stdout).toMatch(ESCAPE);
    expect(unscrape([flag, '--color', 'always'], options).stdout).toMatch(ESCAPE);
    expect(unscrape([flag, '--color', 'never'], { ...options, env: { FORCE_COLOR: '1' } }).stdout).not.toMatch(ESCAPE);
    expect(unscrape([flag], { ...options, env: { NO_COLOR: '1', FORCE_COLOR: '1' } }).stdout).not.toMatch(ESCAPE);
  });

  it('colours the notices on stderr by the same rules', () => {
    const args = ['--check', '-'];
    expect(unscrape(args, { input: seedInput, env: { FORCE_COLOR: '1' } }).stderr).toMatch(ESCAPE);
    expect(unscrape(args, { input: seedInput }).stderr).not.toMatch(ESCAPE);
  });
});

describe('pass selection', () => {
  it('lists every pass with on or off and its description', () => {
    const { code, stdout } = unscrape(['--list-passes']);
    expect(code).toBe(0);
    for (const id of ['duplicate-line', 'metadata-join', 'repeated-word', 'number-period', 'casing']) {
      expect(stdout).toMatch(new RegExp(`^${id} +(on|off) +\\S`, 'm'));
    }
  });

  it('runs only the passes named by --only, and not those named by --skip', () => {
    const only = unscrape(['--report', '--only', 'casing,number-period'], { input: seedInput }).stdout;
    const passes = (report: string) => new Set(report.split('\n').map((line) => line.split('  ')[1]).filter((pass) => pass && pass !== 'tail'));
    expect(passes(only)).toEqual(new Set(['casing', 'number-period']));
    const skip = unscrape(['--report', '--skip', 'casing'], { input: seedInput }).stdout;
    expect(passes(skip).has('casing')).toBe(false);
    expect(passes(skip).has('repeated-word')).toBe(true);
  });

  it.each([['--only'], ['--skip']])('refuses an unknown pass id in %s, listing the valid ones', (flag) => {
    const { code, stdout, stderr } = unscrape([flag, 'casing,nonsense', '-'], { input: seedInput });
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/^unscrape: unknown pass “nonsense”; valid passes: .*duplicate-line.*casing.*\n$/);
  });
});
