/**
 * Site boilerplate end to end through the real binary: learned from a folder or a JSONL stream,
 * listed in the summary, saved with --save-boilerplate, reused with --boilerplate-file.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { scratch, unscrape } from './support/binary.js';
import { fromJsonl, toJsonl } from './support/jsonl.js';
import { readIn, SITE_FOOTER, SITE_PITCH, siteArticles, writeTree } from './support/tree.js';

const ARTICLES = siteArticles(12);

function siteFolder(): string {
  return writeTree(scratch(), Object.fromEntries(ARTICLES.map((text, index) => [`site/${String(index).padStart(2, '0')}.txt`, text])));
}

describe('--learn-boilerplate', () => {
  it('learns the lines a folder of one site repeats, removes them, lists and saves them', () => {
    const folder = siteFolder();
    const { code, stderr } = unscrape(['-r', 'site', '--out-dir', 'out', '--learn-boilerplate', '--save-boilerplate', 'site-lines.txt'], { cwd: folder });
    expect(code, stderr).toBe(0);
    const cleaned = readIn(folder, 'out/00.txt');
    expect(cleaned).not.toContain(SITE_FOOTER);
    expect(cleaned).not.toContain(SITE_PITCH);
    expect(cleaned).toContain('The council said on Monday');
    expect(stderr).toMatch(/unscrape: \d+ edits: .*site-boilerplate 24/);
    expect(stderr).toContain(`unscrape: learned 2 boilerplate lines from 12 files; saved to site-lines.txt:\n  ${SITE_PITCH}\n  ${SITE_FOOTER}\n`);
    expect(readFileSync(join(folder, 'site-lines.txt'), 'utf8')).toBe(`${SITE_PITCH}\n${SITE_FOOTER}\n`);
  });

  it('reuses a saved list with --boilerplate-file, on a single article too', () => {
    const folder = siteFolder();
    writeFileSync(join(folder, 'lines.txt'), `${SITE_FOOTER}\n\n`);
    const { code, stdout } = unscrape(['--boilerplate-file', 'lines.txt', 'site/03.txt'], { cwd: folder });
    expect(code).toBe(0);
    expect(stdout).not.toContain(SITE_FOOTER);
    expect(stdout).toContain(SITE_PITCH);
  });

  it('learns from a JSONL stream on stdin, reading it once', () => {
    const records = ARTICLES.map((text, id) => ({ id, text }));
    const { code, stdout, stderr } = unscrape(['--jsonl', '--learn-boilerplate'], { input: toJsonl(records) });
    expect(code, stderr).toBe(0);
    const out = fromJsonl(stdout);
    expect(out.map((record) => record.id)).toEqual(records.map((record) => record.id));
    expect(out.every((record) => !String(record.text).includes(SITE_FOOTER))).toBe(true);
    expect(stderr).toContain(`unscrape: learned 2 boilerplate lines from 12 records:\n  ${SITE_PITCH}\n  ${SITE_FOOTER}\n`);
  });

  it('needs a batch, and says so for a single file', () => {
    const folder = siteFolder();
    const { code, stderr } = unscrape(['--learn-boilerplate', 'site/00.txt'], { cwd: folder });
    expect(code).toBe(2);
    expect(stderr).toBe('unscrape: --learn-boilerplate learns from a batch: give a folder (with -r), a glob, several files, or --jsonl\n');
  });

  it('names a boilerplate file it cannot read', () => {
    const { code, stderr } = unscrape(['--boilerplate-file', 'nowhere.txt', '-'], { input: 'text\n' });
    expect(code).toBe(2);
    expect(stderr).toBe('unscrape: nowhere.txt: cannot read the boilerplate list (ENOENT)\n');
  });
});
