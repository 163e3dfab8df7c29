/**
 * ftfy's own cases (mojibake, HTML entities, control characters) through `clean()` with the
 * character-level passes: at least 90% of the positives repaired, every negative left as it is
 * (cases ftfy itself fails aside). Skipped when `../shared` is absent.
 */
import { describe, expect, it } from 'vitest';
import { clean } from '../../src/engine.js';
import { selectPasses } from '../../src/passes/index.js';
import { ftfyCases, hasFtfyCases, type PeerCase } from './shared.js';

const PASS_IDS = ['mojibake', 'html-entities', 'html-tags', 'invisible-chars', 'unicode-nfc'];
const FAMILIES = new Set(['mojibake', 'entity', 'control-chars']);

function repaired(peerCase: PeerCase): { ok: boolean; output: string } {
  const output = clean(peerCase.input, { passes: selectPasses({ only: PASS_IDS }), splitTail: false }).text;
  const accepted = [peerCase.expected, ...(peerCase.also_ok ?? [])];
  return { ok: accepted.includes(output), output };
}

describe.skipIf(!hasFtfyCases)('ftfy peer cases', () => {
  const cases = ftfyCases().filter((peerCase) => FAMILIES.has(peerCase.family) && !peerCase.known_failure);
  const results = cases.map((peerCase) => ({ peerCase, ...repaired(peerCase) }));
  const positives = results.filter(({ peerCase }) => peerCase.must_change);
  const negatives = results.filter(({ peerCase }) => !peerCase.must_change);

  it('repairs at least 90% of the positives', () => {
    const fixed = positives.filter((result) => result.ok).length;
    console.log(`ftfy positives repaired: ${fixed}/${positives.length} (${((100 * fixed) / positives.length).toFixed(1)}%)`);
    for (const miss of positives.filter((result) => !result.ok)) console.log(`  missed ${miss.peerCase.id}: ${JSON.stringify(miss.output)} ${[...miss.output].length < 12 ? [...miss.output].map((c) => c.codePointAt(0)!.toString(16)).join(" ") : ""}`);
    expect(fixed / positives.length).toBeGreaterThanOrEqual(0.9);
  });

  it('leaves every negative alone', () => {
    const kept = negatives.filter((result) => result.ok).length;
    console.log(`ftfy negatives left alone: ${kept}/${negatives.length}`);
    expect(negatives.filter((result) => !result.ok).map(({ peerCase, output }) => `${peerCase.id}: ${output}`)).toEqual([]);
  });
});
