#!/usr/bin/env node
/**
 * Checks a distributed run against a single local one, record by record: as many lines as the
 * input, each a JSON object, in the input's order (ids), and each equal to what one local
 * `unscrape --jsonl` wrote for it. `node check.mjs INPUT EXPECTED ACTUAL`; exit 1 on the first
 * difference.
 */
import { readFileSync } from 'node:fs';

const lines = (path) => readFileSync(path, 'utf8').split('\n').filter((line) => line !== '');
const [input, expected, actual] = process.argv.slice(2).map(lines);
const fail = (message) => {
  console.error(`check: ${message}`);
  process.exit(1);
};
if (actual.length !== input.length) fail(`${actual.length} lines out for ${input.length} in`);
if (expected.length !== input.length) fail(`the local run wrote ${expected.length} lines for ${input.length}`);
for (const [index, line] of actual.entries()) {
  const record = JSON.parse(line);
  const inputId = JSON.parse(input[index]).id;
  if (record.id !== inputId) fail(`line ${index + 1} holds record ${record.id}, expected ${inputId}: the order changed`);
  if (!record.unscrape || record.unscrape.error) fail(`line ${index + 1} is not a cleaned record: ${line.slice(0, 200)}`);
  if (line !== expected[index]) fail(`record ${record.id} differs from the local run`);
}
console.log(`check: ${actual.length} records, in order, each identical to the local run`);
