/**
 * The corpus articles are clean, so every edit a pass makes on them is a false edit. Each pass
 * that is on by default must make none; the counts for every pass are printed, which is how
 * each pass's default was decided. Skipped when `../shared` is absent.
 */
import { describe, expect, it } from 'vitest';
import { learnBoilerplate } from '../../src/batch/boilerplate.js';
import { createDocument } from '../../src/document.js';
import { PASSES } from '../../src/passes/index.js';
import { cleanArticles, hasArticles } from './shared.js';

const NEW_PASSES = ['mojibake', 'html-entities', 'html-tags', 'invisible-chars', 'unicode-nfc', 'boilerplate-line', 'site-boilerplate', 'spacing', 'hyphenation', 'hard-wrap'];

describe.skipIf(!hasArticles)('clean corpus articles', () => {
  const articles = cleanArticles();
  const passes = PASSES.filter((pass) => NEW_PASSES.includes(pass.id));

  it.each(passes.map((pass) => [pass.id, pass] as const))('%s proposes no edit on a clean article when on by default', (_id, pass) => {
    const falseEdits = articles.flatMap(({ name, text }) =>
      pass.run(createDocument(text, 'eng')).map((edit) => `${name}: ${JSON.stringify(text.slice(edit.start, edit.end))} -> ${JSON.stringify(edit.replacement)} (${edit.confidence})`),
    );
    const touched = new Set(falseEdits.map((line) => line.slice(0, line.indexOf(':')))).size;
    console.log(`${pass.id} (${pass.defaultOn ? 'on' : 'off'}): ${falseEdits.length} false edits in ${touched}/${articles.length} clean articles`);
    for (const line of falseEdits.slice(0, 20)) console.log(`  ${line}`);
    if (pass.defaultOn) expect(falseEdits).toEqual([]);
  });

  it('learns no site boilerplate from articles of many outlets, even at two documents', () => {
    const learned = learnBoilerplate(articles.map((article) => article.text), { minShare: 0, minDocuments: 2 });
    console.log(`learnBoilerplate over ${articles.length} articles of many outlets: ${learned.length} lines`);
    expect(learned).toEqual([]);
  });
});
