/**
 * The engine applies a chosen subset: edits whose key is in `rejected` are never proposed, and
 * the others apply exactly as they would have. This is what the interactive review stands on.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { editKey, makeEdit, type ReportedEdit } from '../../src/edit.js';
import { clean } from '../../src/engine.js';
import type { Pass } from '../../src/pass.js';
import { restoreInput } from '../../src/restore.js';

const seedInput = readFileSync(new URL('../../fixtures/tiktok-oracle/input.txt', import.meta.url), 'utf8');
const full = clean(seedInput);
const where = (edit: ReportedEdit) => [edit.line, edit.column, edit.pass, edit.before, edit.after];

describe('clean() with rejected edits', () => {
  it('reports each edit with the text around it, on its own line', () => {
    const oracle = full.edits.find((edit) => edit.before === 'oracle')!;
    expect(oracle.context.before).toMatch(/ would mean $/);
    expect(oracle.context.after).toMatch(/^ would also /);
    for (const edit of full.edits) expect(edit.context.before + edit.context.after).not.toMatch(/[\r\n]/);
  });

  it.each(full.edits.map((edit) => [`${edit.pass} at ${edit.line}:${edit.column}`, edit] as const))(
    'rejecting %s leaves every other edit where it was',
    (_name, rejectedEdit) => {
      const result = clean(seedInput, { rejected: new Set([editKey(rejectedEdit)]) });
      const others = full.edits.filter((edit) => edit !== rejectedEdit);
      expect(result.edits.map(where)).toEqual(others.map(where));
      expect(result.text.length).toBe(full.text.length + rejectedEdit.before.length - rejectedEdit.after.length);
      expect(restoreInput(result)).toBe(seedInput);
    },
  );

  it('keeps the text of a rejected edit and applies the rest', () => {
    const oracle = full.edits.find((edit) => edit.before === 'oracle')!;
    const result = clean(seedInput, { rejected: new Set([editKey(oracle)]) });
    expect(result.text).toContain('would mean oracle would also');
    expect(result.text).not.toContain('States. States.');
  });

  it('applies nothing when every edit is rejected, and still splits the tail', () => {
    const result = clean(seedInput, { rejected: new Set(full.edits.map(editKey)) });
    expect(result.edits).toEqual([]);
    expect(result.text + result.tail!.text).toBe(seedInput);
  });

  it('lets the edit that lost a conflict win once the winner is rejected', () => {
    const proposing = (id: string, replacement: string, confidence: number): Pass => ({
      id, description: id, defaultOn: true,
      run: (doc) => (doc.text.includes('colour') ? [makeEdit(id, 4, 10, replacement, 'test', confidence)] : []),
    });
    const options = { passes: [proposing('strong', 'color', 0.9), proposing('weak', 'COLOR', 0.7)], splitTail: false, language: 'eng' };
    const first = clean('the colour.', options);
    expect(first.text).toBe('the color.');
    expect(first.conflicts.map((edit) => edit.pass)).toEqual(['weak']);
    const second = clean('the colour.', { ...options, rejected: new Set([editKey(first.edits[0]!)]) });
    expect(second.text).toBe('the COLOR.');
    expect(second.conflicts).toEqual([]);
  });

  it('keys an edit by what it does and where in the words, not by offset', () => {
    const edit = full.edits[0]!;
    const moved: ReportedEdit = { ...edit, start: edit.start + 10, end: edit.end + 10, line: edit.line + 1 };
    expect(editKey(moved)).toBe(editKey(edit));
    expect(editKey({ ...edit, context: { ...edit.context, before: 'elsewhere ' } })).not.toBe(editKey(edit));
  });
});
