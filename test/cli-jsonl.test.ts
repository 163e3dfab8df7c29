/**
 * `--jsonl` through the real binary: the Hadoop Streaming / RDD.pipe contract (one line out per
 * line in, in order, nothing else on stdout), error records, --strict, --field, several files,
 * worker threads, and streaming (a record comes out before the input ends).
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { scratch, seedClean, seedInput, unscrape } from './support/binary.js';
import { fromJsonl, livePipe, toJsonl } from './support/jsonl.js';

const DIRTY = 'Shares of Acme fell in Paris on Monday, and the the index closed lower.\n';
const CLEANED = 'Shares of Acme fell in Paris on Monday, and the index closed lower.\n';
const record = (id: number, extra: Record<string, unknown> = {}) => ({ id, url: `https://example.org/${id}`, text: `${id}. ${DIRTY}`, ...extra });

describe('--jsonl', () => {
  it('writes one record per input line, in order, other fields untouched, with what was done', () => {
    const input = toJsonl([record(1, { tags: ['a'], nested: { x: 1 } }), { id: 2, url: 'u', text: seedInput }, record(3)]);
    const { code, stdout, stderr } = unscrape(['--jsonl'], { input });
    expect(code).toBe(0);
    const records = fromJsonl(stdout);
    expect(records.map((out) => out.id)).toEqual([1, 2, 3]);
    expect(records[0]).toMatchObject({ url: 'https://example.org/1', tags: ['a'], nested: { x: 1 }, text: `1. ${CLEANED}` });
    expect(records[0]!.unscrape).toMatchObject({ edits: { 'repeated-word': 1 }, tail: null, suggestions: 0 });
    expect(records[1]).toMatchObject({ text: seedClean, unscrape: { language: 'eng', tail: { language: 'nld' }, metadata: { published: '2020-10-04' } } });
    expect(stderr).toMatch(/^unscrape: 3 records in [\d.]+ s \([\d,]+ records\/s, 1 thread\): 3 changed, 1 tail split off\n/);
  });

  it('keeps the contract on any input: as many lines out as in, each a JSON object, nothing else on stdout', () => {
    const lines = [JSON.stringify(record(1)), '{not json', '', '[1,2]', '{"id":5}', '{"id":6,"text":7}', '\u00ff\u00fe', JSON.stringify(record(8))];
    const { code, stdout } = unscrape(['--jsonl'], { input: `${lines.join('\r\n')}\r\n` });
    expect(code).toBe(0);
    const out = stdout.split('\n');
    expect(out.pop()).toBe('');
    expect(out).toHaveLength(lines.length);
    const records = out.map((line) => JSON.parse(line));
    expect(records.map((out) => out.unscrape.error ?? 'ok')).toEqual([
      'ok', 'line 2: not JSON (Expected property name or \'}\' in JSON at position 1)', expect.stringMatching(/^line 3: not JSON/),
      'line 4: not a JSON object', 'line 5: field “text” is missing', 'line 6: field “text” is not a string', expect.stringMatching(/^line 7: not JSON/), 'ok',
    ]);
    expect(records[1]).toMatchObject({ raw: '{not json' });
    expect(records[4]).toMatchObject({ id: 5 });
  });

  it('reports a line that is not UTF-8 as an error record', () => {
    const input = Buffer.concat([Buffer.from(`${JSON.stringify(record(1))}\n{"text":"caf`), Buffer.from([0xe9]), Buffer.from('"}\n')]);
    const records = fromJsonl(unscrape(['--jsonl'], { input }).stdout);
    expect(records[1]!.unscrape.error).toBe('line 2: not valid UTF-8');
  });

  it('stops at the first bad line with --strict, after writing every record before it (exit 2)', () => {
    const input = toJsonl([record(1), record(2)]) + '{oops\n' + toJsonl([record(4)]);
    const { code, stdout, stderr } = unscrape(['--jsonl', '--strict'], { input });
    expect(code).toBe(2);
    expect(fromJsonl(stdout).map((out) => out.id)).toEqual([1, 2]);
    expect(stderr).toMatch(/^unscrape: stdin: line 3: not JSON .*--strict stops at the first line that is not a record\)\n/);
  });

  it('cleans another field with --field', () => {
    const input = toJsonl([{ id: 1, body: DIRTY, text: 'the the' }]);
    const [out] = fromJsonl(unscrape(['--jsonl', '--field', 'body'], { input }).stdout);
    expect(out).toMatchObject({ body: CLEANED, text: 'the the' });
  });

  it('reads several files in order, and reports one that is missing (exit 2) while the others run', () => {
    const folder = scratch();
    writeFileSync(join(folder, 'a.jsonl'), toJsonl([record(1), record(2)]));
    writeFileSync(join(folder, 'b.jsonl'), toJsonl([record(3)]));
    const { code, stdout, stderr } = unscrape(['--jsonl', 'a.jsonl', 'missing.jsonl', 'b.jsonl'], { cwd: folder });
    expect(code).toBe(2);
    expect(fromJsonl(stdout).map((out) => out.id)).toEqual([1, 2, 3]);
    expect(stderr).toMatch(/^unscrape: missing\.jsonl: no such file\n/);
  });

  it('keeps the order with --workers 2 across many batches', () => {
    // Records of very different lengths, so the two threads finish their batches out of order.
    const records = Array.from({ length: 400 }, (_, id) => ({ id, text: `${id}. ${DIRTY}`.repeat(id % 50 === 0 ? 200 : 1) }));
    const { code, stdout, stderr } = unscrape(['--jsonl', '--workers', '2'], { input: toJsonl(records) });
    expect(code, stderr).toBe(0);
    const out = fromJsonl(stdout);
    expect(out.map((record) => record.id)).toEqual(records.map((record) => record.id));
    expect(out.every((record) => !String(record.text).includes('the the'))).toBe(true);
    expect(stderr).toMatch(/^unscrape: 400 records in [\d.]+ s \([\d,]+ records\/s, 2 threads\): 400 changed/);
    expect(stderr).not.toMatch(/\r|\u001b/);
  });

  it('cuts at the first bad line with --strict on worker threads too, where the bytes of each batch travel between threads', () => {
    // Multi-byte text before the bad line: the cut is a byte offset into what a worker wrote.
    const records = Array.from({ length: 300 }, (_, id) => ({ id, text: `${id}. Zoë’s café — 😀 ${DIRTY}` }));
    const input = `${toJsonl(records.slice(0, 250))}{"id":250,"text":"caf\u00e9 the the"\n${toJsonl(records.slice(251))}`;
    const { code, stdout, stderr } = unscrape(['--jsonl', '--workers', '2', '--strict'], { input });
    expect(code).toBe(2);
    const out = fromJsonl(stdout);
    expect(out.map((record) => record.id)).toEqual(records.slice(0, 250).map((record) => record.id));
    expect(out[249]!.text).toBe(`249. Zoë’s café — 😀 ${CLEANED}`);
    expect(stderr).toMatch(/unscrape: stdin: line 251: not JSON .*--strict stops/);
  });

  it('streams: a record comes out as soon as its line is in, before the input ends', async () => {
    const pipe = livePipe(['--jsonl', '--workers', '2']);
    pipe.write(toJsonl([record(1)]));
    await pipe.linesOut(1);
    expect(pipe.running).toBe(true);
    pipe.write(toJsonl([record(2), record(3)]));
    await pipe.linesOut(3);
    expect(pipe.running).toBe(true);
    pipe.end();
    expect(await pipe.exited).toBe(0);
    expect(fromJsonl(pipe.stdout).map((out) => out.id)).toEqual([1, 2, 3]);
  });

  it.each([
    [['--jsonl', '--diff'], /^unscrape: --jsonl writes one record per line to stdout; --diff cannot be used with it\n$/],
    [['--jsonl', '-w', 'a.jsonl'], /--write cannot be used with it/],
    [['--field', 'body'], /^unscrape: --field names the field of a JSONL record; add --jsonl\n$/],
    [['--strict'], /add --jsonl/],
    [['--save-boilerplate', 'list.txt', '--jsonl'], /^unscrape: --save-boilerplate saves what --learn-boilerplate learns; add --learn-boilerplate\n$/],
  ])('refuses %j', (args, message) => {
    const { code, stderr } = unscrape(args, { input: '' });
    expect(code).toBe(2);
    expect(stderr).toMatch(message);
  });
});
