/**
 * The interactive review with a scripted reviewer: which questions come, in which order, and
 * that exactly the accepted edits are applied, the input always rebuildable.
 */
import { describe, expect, it } from 'vitest';
import type { Answer } from '../../src/cli/review/decisions.js';
import { reviewClean, type Question } from '../../src/cli/review/session.js';
import { editKey, makeEdit } from '../../src/edit.js';
import { clean } from '../../src/engine.js';
import type { Pass } from '../../src/pass.js';
import { restoreInput } from '../../src/restore.js';
import { seedInput } from '../support/binary.js';

/** A reviewer who answers from a list (or a rule) and notes every question. */
function reviewer(answers: Answer[] | ((question: Question) => Answer)) {
  const asked: Question[] = [];
  const ask = async (question: Question) => {
    asked.push(question);
    const answer = typeof answers === 'function' ? answers(question) : answers.shift();
    if (!answer) throw new Error(`no answer scripted for question ${asked.length}`);
    return answer;
  };
  return { ask, asked };
}

const full = clean(seedInput);
const describeAsked = (asked: Question[]) => asked.map((question) => (question.kind === 'tail' ? 'tail' : question.edit.pass));

describe('reviewClean on the seed article', () => {
  it('asks about the tail first, then every edit in reading order, numbered', async () => {
    const { ask, asked } = reviewer(() => 'y');
    const { result, reviewedEdits } = await reviewClean(seedInput, {}, ask);
    expect(describeAsked(asked)).toEqual(['tail', ...full.edits.map((edit) => edit.pass)]);
    expect(asked.slice(1).map((question) => question.kind === 'edit' && `${question.number}/${question.total}`)).toEqual(
      full.edits.map((_, index) => `${index + 1}/${full.edits.length}`),
    );
    expect(result.text).toBe(full.text);
    expect(reviewedEdits).toBe(full.edits.length);
  });

  it('applies only the accepted edits and leaves the rejected text alone', async () => {
    const rejected = new Set([0, 3]);
    let index = -1;
    const { ask } = reviewer((question) => (question.kind === 'tail' ? 'y' : rejected.has(++index) ? 'n' : 'y'));
    const { result } = await reviewClean(seedInput, {}, ask);
    const kept = full.edits.filter((_, position) => !rejected.has(position));
    expect(result.edits.map(editKey)).toEqual(kept.map(editKey));
    for (const position of rejected) expect(result.text).toContain(full.edits[position]!.context.before + full.edits[position]!.before);
    expect(restoreInput(result)).toBe(seedInput);
  });

  it('keeps the tail in the text when its split is rejected', async () => {
    const { ask } = reviewer((question) => (question.kind === 'tail' ? 'n' : 'y'));
    const { result } = await reviewClean(seedInput, {}, ask);
    expect(result.tail).toBeNull();
    expect(result.text).toContain(full.tail!.text.trim());
    expect(restoreInput(result)).toBe(seedInput);
  });

  it('q at the first question changes nothing and asks nothing more', async () => {
    const { ask, asked } = reviewer(['q']);
    const { result } = await reviewClean(seedInput, {}, ask);
    expect(asked).toHaveLength(1);
    expect(result.text).toBe(seedInput);
  });

  it('a accepts the rest of a pass and d rejects the rest of a pass, without asking', async () => {
    const { ask, asked } = reviewer((question) =>
      question.kind === 'tail' ? 'y' : question.edit.pass === 'casing' ? 'd' : question.edit.pass === 'repeated-word' ? 'a' : 'y',
    );
    const { result } = await reviewClean(seedInput, {}, ask);
    expect(describeAsked(asked).filter((pass) => pass === 'casing')).toHaveLength(1);
    expect(result.edits.map((edit) => edit.pass)).not.toContain('casing');
    expect(result.edits.length).toBe(full.edits.filter((edit) => edit.pass !== 'casing').length);
  });
});

describe('reviewClean round by round', () => {
  // `draft` becomes `Draft`, and only then does the second pass see `Draft!` to turn into `Final`.
  const capitalise: Pass = {
    id: 'capitalise', description: '', defaultOn: true,
    run: (doc) => [...doc.text.matchAll(/draft/g)].map((match) => makeEdit('capitalise', match.index, match.index + 5, 'Draft', 'capital', 0.9)),
  };
  const finalise: Pass = {
    id: 'finalise', description: '', defaultOn: true,
    run: (doc) => [...doc.text.matchAll(/Draft!/g)].map((match) => makeEdit('finalise', match.index, match.index + 5, 'Final', 'final', 0.9)),
  };
  const options = { passes: [capitalise, finalise], splitTail: false, language: 'eng' };

  it('asks about a later round only once the round it depends on is settled', async () => {
    const { ask, asked } = reviewer(['y', 'y']);
    const { result } = await reviewClean('A draft!', options, ask);
    expect(describeAsked(asked)).toEqual(['capitalise', 'finalise']);
    expect(result.text).toBe('A Final!');
    expect(restoreInput(result)).toBe('A draft!');
  });

  it('never asks about an edit that a rejection made impossible', async () => {
    const { ask, asked } = reviewer(['n']);
    const { result } = await reviewClean('A draft!', options, ask);
    expect(describeAsked(asked)).toEqual(['capitalise']);
    expect(result.text).toBe('A draft!');
  });
});
