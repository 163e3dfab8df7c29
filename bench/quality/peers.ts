import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { clean } from '../../src/index.js';

/**
 * Peer projects' own test cases (../shared/peer-tests), run as their README says: the input
 * through the tool, stdout compared with `expected` (or an `also_ok`), one trailing newline
 * ignored. Positives must change, negatives must stay.
 */
export interface PeerCase {
  id: string;
  family: string;
  input: string;
  expected: string;
  must_change: boolean;
  also_ok?: string[];
  known_failure?: boolean;
}

export interface PeerScore {
  file: string;
  positives: number;
  positivesFixed: number;
  negatives: number;
  negativesKept: number;
  failures: string[];
}

const FILES = ['retext-repeated-words.json', 'languagetool-word-repeat.json', 'languagetool-sentence-start.json', 'ftfy.json'];

export function runPeerTests(sharedRoot: string): PeerScore[] {
  const folder = join(sharedRoot, 'peer-tests');
  if (!existsSync(folder)) return [];
  return FILES.filter((file) => existsSync(join(folder, file))).map((file) => {
    const cases = (JSON.parse(readFileSync(join(folder, file), 'utf8')) as { cases: PeerCase[] }).cases;
    const score: PeerScore = { file, positives: 0, positivesFixed: 0, negatives: 0, negativesKept: 0, failures: [] };
    for (const peerCase of cases) {
      const output = clean(peerCase.input).text.replace(/\n$/, '');
      const accepted = [peerCase.expected, ...(peerCase.also_ok ?? [])].map((text) => text.replace(/\n$/, ''));
      const passed = accepted.includes(output);
      if (peerCase.must_change) {
        score.positives++;
        if (passed) score.positivesFixed++;
      } else {
        score.negatives++;
        if (passed) score.negativesKept++;
      }
      if (!passed && !peerCase.known_failure) score.failures.push(`${peerCase.id}: ${JSON.stringify(peerCase.input).slice(0, 80)} -> ${JSON.stringify(output).slice(0, 80)}`);
    }
    return score;
  });
}
