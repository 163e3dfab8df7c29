/**
 * The compute floor: what any JSONL cleaner must do at the least. Streams the file line by
 * line, parses each record, runs one duplicate-word regex replacement on its text, and writes
 * it back, with backpressure. `node regex-baseline.js FILE > out.jsonl`.
 */
import { createReadStream } from 'node:fs';
import { once } from 'node:events';
import { createInterface } from 'node:readline';

/** A doubled word (`the the`), the simplest of the repairs; ASCII word characters, case as written. */
const DOUBLED_WORD = /\b(\w+)\s+\1\b/g;

const lines = createInterface({ input: createReadStream(process.argv[2]!), crlfDelay: Infinity });
for await (const line of lines) {
  const record = JSON.parse(line) as { text: string };
  record.text = record.text.replace(DOUBLED_WORD, '$1');
  if (!process.stdout.write(`${JSON.stringify(record)}\n`)) await once(process.stdout, 'drain');
}
