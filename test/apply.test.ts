import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyEdits, mapSortedToBefore, resolveConflicts } from '../src/apply.js';
import { editsConflict, makeEdit, type Edit } from '../src/edit.js';

const ORDER = ['duplicate-line', 'repeated-word', 'casing'];
const edit = (pass: string, start: number, end: number, replacement: string, confidence = 0.9): Edit =>
  makeEdit(pass, start, end, replacement, 'test', confidence);

/** Resolves, then applies what was accepted: the engine's one step, in miniature. */
function resolveAndApply(text: string, edits: Edit[]) {
  const resolution = resolveConflicts(edits, ORDER);
  return { ...resolution, text: applyEdits(text, resolution.accepted) };
}

/**
 * The specification, one offset at a time, that the engine's single-walk mapSortedToBefore must
 * equal (a property below). Maps an offset in the text after `sortedEdits` were applied back to the text before.
 * An offset inside a replacement maps to the start of the range it replaced.
 */
function mapToBefore(offset: number, sortedEdits: readonly Edit[]): number {
  let delta = 0;
  for (const edit of sortedEdits) {
    const afterStart = edit.start + delta;
    const afterEnd = afterStart + edit.replacement.length;
    if (offset < afterStart) break;
    if (offset < afterEnd) return edit.start;
    delta += edit.replacement.length - (edit.end - edit.start);
  }
  return offset - delta;
}


describe('editsConflict', () => {
  it.each([
    ['ranges that share a character', edit('casing', 0, 3, ''), edit('casing', 2, 5, ''), true],
    ['a range inside another', edit('casing', 0, 10, ''), edit('casing', 2, 5, ''), true],
    ['the same range', edit('casing', 2, 5, ''), edit('casing', 2, 5, ''), true],
    ['touching ranges (textlint#731)', edit('casing', 0, 3, ''), edit('casing', 3, 5, ''), false],
    ['ranges apart', edit('casing', 0, 3, ''), edit('casing', 4, 5, ''), false],
    ['two insertions at one point', edit('casing', 3, 3, 'a'), edit('casing', 3, 3, 'b'), true],
    ['an insertion inside a range', edit('casing', 4, 4, 'a'), edit('casing', 3, 6, ''), true],
    ['an insertion at the start of a range', edit('casing', 3, 3, 'a'), edit('casing', 3, 6, ''), false],
    ['an insertion at the end of a range', edit('casing', 6, 6, 'a'), edit('casing', 3, 6, ''), false],
  ])('%s: %s', (_name, a, b, expected) => {
    expect(editsConflict(a, b)).toBe(expected);
    expect(editsConflict(b, a)).toBe(expected);
  });
});

describe('resolveConflicts and applyEdits', () => {
  it('applies both of two touching edits', () => {
    const result = resolveAndApply('the the cat', [edit('repeated-word', 3, 7, ''), edit('casing', 7, 11, ' Cat')]);
    expect(result.text).toBe('the Cat');
    expect(result.conflicts).toEqual([]);
  });

  it('applies an insertion that touches a replacement', () => {
    const result = resolveAndApply('abcdef', [edit('casing', 2, 4, 'XY'), edit('repeated-word', 4, 4, '-')]);
    expect(result.text).toBe('abXY-ef');
    expect(result.conflicts).toEqual([]);
  });

  it('gives an overlap to the higher confidence, whatever the pass order, and returns the loser', () => {
    const weak = edit('duplicate-line', 0, 5, 'X', 0.7);
    const strong = edit('casing', 3, 8, 'Y', 0.95);
    const result = resolveAndApply('0123456789', [weak, strong]);
    expect(result.accepted).toEqual([strong]);
    expect(result.conflicts).toEqual([{ edit: weak, lostTo: 'casing' }]);
    expect(result.text).toBe('012Y89');
  });

  it('gives an overlap of equal confidence to the pass earlier in the given order', () => {
    const later = edit('casing', 0, 5, 'X');
    const earlier = edit('repeated-word', 3, 8, 'Y');
    const forward = resolveConflicts([later, earlier], ORDER);
    const backward = resolveConflicts([later, earlier], ['casing', 'repeated-word']);
    expect(forward.accepted).toEqual([earlier]);
    expect(forward.conflicts).toEqual([{ edit: later, lostTo: 'repeated-word' }]);
    expect(backward.accepted).toEqual([later]);
    expect(backward.conflicts).toEqual([{ edit: earlier, lostTo: 'casing' }]);
  });

  it('ranks a pass missing from the order after every listed pass', () => {
    const unlisted = edit('unlisted', 0, 5, 'X');
    const listed = edit('casing', 3, 8, 'Y');
    expect(resolveConflicts([unlisted, listed], ORDER).accepted).toEqual([listed]);
  });

  it('gives a tie within one pass to the earlier position', () => {
    const first = edit('casing', 0, 5, 'X');
    const second = edit('casing', 3, 8, 'Y');
    const result = resolveConflicts([second, first], ORDER);
    expect(result.accepted).toEqual([first]);
    expect(result.conflicts).toEqual([{ edit: second, lostTo: 'casing' }]);
  });

  it('keeps an edit that only overlaps a loser', () => {
    const winner = edit('casing', 0, 4, 'A', 0.95);
    const loser = edit('casing', 3, 7, 'B', 0.8);
    const bystander = edit('casing', 6, 9, 'C', 0.7);
    const result = resolveAndApply('0123456789', [loser, bystander, winner]);
    expect(result.accepted).toEqual([winner, bystander]);
    expect(result.conflicts).toEqual([{ edit: loser, lostTo: 'casing' }]);
    expect(result.text).toBe('A45C9');
  });

  it('returns accepted edits sorted by position, whatever order they came in', () => {
    const edits = [edit('casing', 8, 9, 'c'), edit('casing', 0, 1, 'a'), edit('casing', 4, 5, 'b')];
    expect(resolveConflicts(edits, ORDER).accepted.map((accepted) => accepted.start)).toEqual([0, 4, 8]);
  });

  it('leaves the text as it is without edits', () => {
    expect(applyEdits('unchanged', [])).toBe('unchanged');
  });
});

describe('mapping offsets back to the text before the edits', () => {
  // "the the cat sat" -> "the cat Sat": a deletion at 3..7 and a replacement at 12..13.
  const before = 'the the cat sat';
  const edits = [edit('repeated-word', 3, 7, ''), edit('casing', 12, 13, 'S')];
  const after = applyEdits(before, edits);

  it.each([
    ['an offset before every edit', 0, 0],
    ['the offset of a deletion: just past what was deleted', 3, 7],
    ['an offset between the edits', 4, 8],
    ['the start of a replacement', 8, 12],
    ['an offset after a replacement', 9, 13],
    ['the end of the text', 11, 15],
  ])('%s', (_name, offset, expected) => {
    expect(after).toBe('the cat Sat');
    expect(mapToBefore(offset, edits)).toBe(expected);
  });

  it('maps an offset inside a longer replacement to the start of what it replaced', () => {
    const grow = [edit('casing', 2, 3, 'XYZ')];
    expect(applyEdits('abcd', grow)).toBe('abXYZd');
    expect([0, 1, 2, 3, 4, 5, 6].map((offset) => mapToBefore(offset, grow))).toEqual([0, 1, 2, 2, 2, 3, 4]);
  });

  it('maps every character outside the edits back to the same character', () => {
    for (let offset = 0; offset < after.length; offset++) {
      const original = mapToBefore(offset, edits);
      if (offset !== 8) expect(before[original]).toBe(after[offset]);
    }
  });
});

describe('the linear-time paths agree with the simple definitions', () => {
  const editsArbitrary = fc
    .array(fc.record({ start: fc.nat(60), length: fc.nat(4), replacement: fc.string({ maxLength: 3 }), confidence: fc.constantFrom(0.5, 0.7, 0.9), pass: fc.constantFrom('a', 'b', 'c') }), { maxLength: 25 })
    .map((list) => list.map(({ start, length, ...rest }) => ({ start, end: start + length, reason: '', ...rest })));

  it('resolveConflicts equals the pairwise greedy choice', () => {
    fc.assert(
      fc.property(editsArbitrary, (edits) => {
        const order = ['a', 'b', 'c'];
        const byStrength = [...edits].sort((x, y) => y.confidence - x.confidence || order.indexOf(x.pass) - order.indexOf(y.pass) || x.start - y.start || x.end - y.end);
        const expected: typeof edits = [];
        for (const edit of byStrength) if (!expected.some((other) => editsConflict(edit, other))) expected.push(edit);
        expected.sort((x, y) => x.start - y.start || x.end - y.end);
        const { accepted, conflicts } = resolveConflicts(edits, order);
        expect(accepted).toEqual(expected);
        expect(accepted.length + conflicts.length).toBe(edits.length);
      }),
    );
  });

  it('mapSortedToBefore equals mapToBefore offset by offset', () => {
    fc.assert(
      fc.property(editsArbitrary, fc.array(fc.nat(80), { maxLength: 20 }), (edits, offsets) => {
        const { accepted } = resolveConflicts(edits, ['a', 'b', 'c']);
        const sorted = [...offsets].sort((x, y) => x - y);
        expect(mapSortedToBefore(sorted, accepted)).toEqual(sorted.map((offset) => mapToBefore(offset, accepted)));
      }),
    );
  });
});
