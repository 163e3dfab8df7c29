/**
 * The answer rules of the interactive review, without a terminal: what y, n, a, d, q and ? do,
 * and what a typed line means.
 */
import { describe, expect, it } from 'vitest';
import { Decisions, parseAnswer } from '../../src/cli/review/decisions.js';

describe('parseAnswer', () => {
  it.each([
    ['y', 'y'], ['Y', 'y'], [' n ', 'n'], ['a', 'a'], ['d', 'd'], ['q', 'q'],
    ['?', 'help'], ['', 'help'], ['yes please', 'help'], ['x', 'help'],
  ] as const)('reads %j as %s', (line, answer) => {
    expect(parseAnswer(line)).toBe(answer);
  });

  it('takes a closed terminal (Ctrl-D) as q', () => {
    expect(parseAnswer(null)).toBe('q');
  });
});

describe('Decisions', () => {
  it('remembers y and n for that edit only', () => {
    const decisions = new Decisions();
    expect(decisions.record('k1', 'casing', 'y')).toBe(true);
    expect(decisions.record('k2', 'casing', 'n')).toBe(false);
    expect(decisions.standing('k1', 'casing')).toBe(true);
    expect(decisions.standing('k2', 'casing')).toBe(false);
    expect(decisions.standing('k3', 'casing')).toBeUndefined();
    expect([...decisions.rejected()]).toEqual(['k2']);
  });

  it('a accepts the rest of the same pass, and no other pass', () => {
    const decisions = new Decisions();
    expect(decisions.record('k1', 'casing', 'a')).toBe(true);
    expect(decisions.standing('later', 'casing')).toBe(true);
    expect(decisions.standing('other', 'repeated-word')).toBeUndefined();
  });

  it('d rejects the rest of the same pass, and no other pass', () => {
    const decisions = new Decisions();
    expect(decisions.record('k1', 'casing', 'd')).toBe(false);
    expect(decisions.standing('later', 'casing')).toBe(false);
    expect(decisions.standing('other', 'number-period')).toBeUndefined();
  });

  it('q rejects this edit and every later one, even of a pass accepted with a', () => {
    const decisions = new Decisions();
    decisions.record('k1', 'casing', 'a');
    expect(decisions.record('k2', 'number-period', 'q')).toBe(false);
    expect(decisions.standing('later', 'casing')).toBe(false);
    expect(decisions.standing('other', 'duplicate-line')).toBe(false);
  });

  it('keeps an answer given for one edit when its pass is decided later', () => {
    const decisions = new Decisions();
    decisions.record('k1', 'casing', 'n');
    decisions.record('k2', 'casing', 'a');
    expect(decisions.standing('k1', 'casing')).toBe(false);
  });
});
