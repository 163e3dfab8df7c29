/**
 * A round lets go of the round before it once it has taken what it reuses: on a long page each
 * round's word columns are several bytes per byte of text, and two rounds' side by side made
 * the peak. Measured on the ArrayBuffers the columns live in, after full collections.
 */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { clean } from '../src/engine.js';
import { wordTokens, type TokenList } from '../src/evidence/words.js';
import { makeEdit } from '../src/edit.js';
import type { Pass } from '../src/pass.js';
import { selectPasses } from '../src/passes/index.js';

setFlagsFromString('--expose-gc');
const collect = runInNewContext('gc') as () => void;

describe('rounds and memory', () => {
  it('holds one round of word columns at a time, not the last round’s beside the next', () => {
    // Long enough that the columns (some 18 bytes a word) dwarf every other buffer of the process.
    const paragraph = 'The council met on Monday and the the mayor said the plan for the new harbour would go ahead next spring.';
    const page = Array.from({ length: 20_000 }, () => paragraph).join('\n\n');
    const columnBytes: number[] = [];
    const probe: Pass = {
      id: 'probe',
      description: 'measures the buffers alive once the round has its word tokens',
      defaultOn: false,
      run(doc) {
        doc.evidence(wordTokens);
        // A dead buffer's memory is given back over the next few collections, not at once.
        let least = Infinity;
        for (let collection = 0; collection < 8; collection++) {
          collect();
          least = Math.min(least, process.memoryUsage().arrayBuffers);
        }
        columnBytes.push(least);
        return [];
      },
    };
    const result = clean(page, { passes: [...selectPasses({ only: ['repeated-word'] }), probe], splitTail: false, language: 'eng', sectionLength: Infinity });
    expect(result.stats.rounds).toBe(1);
    expect(columnBytes).toHaveLength(2);
    // The second round's own columns replace the first's: no second set of them alive.
    const [firstRound, secondRound] = columnBytes as [number, number];
    expect(secondRound - firstRound).toBeLessThan(firstRound / 4);
  });

  it('sizes a long page’s word columns to its words, not to the next power of two', () => {
    // Just past a power of two (2^18) tokens: columns found by doubling held nearly twice them.
    const paragraph = 'The council met on Monday and the mayor said the plan for the new harbour would go ahead next spring.';
    const page = Array.from({ length: 13_500 }, () => paragraph).join('\n\n');
    const held = (tokens: TokenList) => tokens.starts.buffer.byteLength / Int32Array.BYTES_PER_ELEMENT;
    const rounds: [number, number][] = [];
    const probe: Pass = {
      id: 'probe',
      description: 'reads how many tokens the round’s columns have room for',
      defaultOn: false,
      run(doc) {
        const tokens = doc.evidence(wordTokens);
        rounds.push([tokens.length, held(tokens)]);
        // One edit in the first round, so that a second round carries the columns over.
        return rounds.length === 1 ? [makeEdit('probe', 0, 3, 'A', 'a second round', 1)] : [];
      },
    };
    clean(page, { passes: [probe], splitTail: false, language: 'eng', sectionLength: Infinity });
    expect(rounds).toHaveLength(2);
    for (const [tokens, room] of rounds) {
      expect(tokens).toBeGreaterThan(2 ** 18);
      expect(room).toBeGreaterThanOrEqual(tokens);
      expect(room).toBeLessThan(tokens * 1.3);
    }
  });
});
