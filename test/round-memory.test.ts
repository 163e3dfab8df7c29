/**
 * A round lets go of the round before it once it has taken what it reuses: on a long page each
 * round's word columns are several bytes per byte of text, and two rounds' side by side made
 * the peak. Measured on the ArrayBuffers the columns live in, after full collections. And the
 * reports of a round's edits hold copies, not slices that would keep the round's text alive.
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

  it('keeps no round’s text alive through the reports of its edits', () => {
    // A long page in sections, each edited in two rounds: the second round's reports are made in
    // a text that is neither the input nor the clean text. Slices of it kept it alive.
    const page = Array.from({ length: 24_000 }, (_, index) => `The council met for the ${index + 1}th time on the bridge that was built.`).join('\n\n');
    const probe: Pass = {
      id: 'probe',
      description: 'ends the last sentence of each section again, twice',
      defaultOn: false,
      run(doc) {
        const end = doc.text.trimEnd().length;
        const next = { '.': '!', '!': '?' }[doc.text[end - 1]!];
        if (!next) return [];
        return [makeEdit('probe', end - 1, end, next, `“${doc.text.slice(end - 40, end)}” ends again`, 1)];
      },
    };
    const heapAfterCollections = () => {
      let least = Infinity;
      for (let collection = 0; collection < 6; collection++) {
        collect();
        least = Math.min(least, process.memoryUsage().heapUsed);
      }
      return least;
    };
    const result = clean(page, { passes: [probe], splitTail: false, language: 'eng', sectionLength: 100_000 });
    const { sections, rounds } = result.stats;
    const reported = result.edits.length;
    const reasonsQuote = result.edits.every((edit) => edit.reason.endsWith('” ends again'));
    expect(result.text.length).toBe(page.length);
    // What the reports alone keep alive: the heap with them, less the heap without them. (Read
    // nothing of them into an assertion before this: the test runner may keep what it was given.)
    const withReports = heapAfterCollections();
    result.edits = [];
    const heldByReports = withReports - heapAfterCollections();
    expect(sections).toBeGreaterThan(5);
    expect(rounds).toBe(2);
    expect(reported).toBe(2 * sections);
    expect(reasonsQuote).toBe(true);
    // Some 32 reports of a few hundred bytes each; a second round's texts are the page's length again.
    expect(heldByReports).toBeLessThan(page.length / 10);
  });
});
