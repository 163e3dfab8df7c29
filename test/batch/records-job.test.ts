import { describe, expect, it } from 'vitest';
import { cleanRecord } from '../../src/jsonl/record.js';
import { joinLines } from '../../src/jsonl/lines.js';
import { cleanOptionsFrom, recordsResult, runJob, transferablesOf, type CleanSpec } from '../../src/cli/parallel/jobs.js';

const SPEC: CleanSpec = { minConfidence: 0.6, only: [], skip: [], keepTail: false, language: undefined, boilerplate: [] };
const encode = (text: string) => new TextEncoder().encode(text);
const decode = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

function recordsJob(lines: Uint8Array[], firstLine = 1) {
  return { kind: 'records' as const, spec: SPEC, field: 'text', firstLine, data: joinLines(lines) };
}

describe('a records job', () => {
  it('cleans each line of its buffer into one UTF-8 output line, in order', () => {
    const lines = [{ id: 1, text: 'Café owners said said it’s fine 😀.' }, { id: 2, text: 'Nothing to fix here.' }];
    const done = recordsResult(runJob(recordsJob(lines.map((record) => encode(JSON.stringify(record))))));
    expect(done.lines).toBe(2);
    const output = decode(done.output).split('\n');
    expect(output.pop()).toBe('');
    expect(output.map((line) => JSON.parse(line).id)).toEqual([1, 2]);
    expect(JSON.parse(output[0]!).text).toBe('Café owners said it’s fine 😀.');
  });

  it('numbers its lines from the batch’s first line and says where each error record starts in the bytes', () => {
    const lines = [encode(JSON.stringify({ text: 'Zoë’s café — 😀 said said so.' })), encode('{not json'), Uint8Array.of(0x7b, 0xe9, 0x7d)];
    const done = recordsResult(runJob(recordsJob(lines, 41)));
    expect(done.errors.map(({ message }) => message.slice(0, 17))).toEqual(['line 42: not JSON', 'line 43: not vali']);
    const [first, second] = done.errors;
    const text = decode(done.output);
    expect(decode(done.output.subarray(0, first!.offset))).toBe(`${text.split('\n')[0]}\n`);
    expect(JSON.parse(decode(done.output.subarray(first!.offset, second!.offset))).unscrape.error).toMatch(/^line 42: not JSON/);
    expect(JSON.parse(decode(done.output.subarray(second!.offset))).unscrape.error).toBe('line 43: not valid UTF-8');
  });

  it('writes a batch larger than its first buffer byte for byte, into a buffer of exactly its size', () => {
    // Every width of UTF-8 (1 to 4 bytes), mostly wide, in lines of many lengths: one of them
    // lands where the room left is more code units than the line has but fewer bytes.
    const paragraph = 'Zoë’s — 😀 ééé ’’’ 😀😀. ';
    const lines = Array.from({ length: 64 }, (_, id) => ({ id, text: paragraph.repeat(20 + ((id * 37) % 61) * 7) }));
    const done = recordsResult(runJob(recordsJob(lines.map((record) => encode(JSON.stringify(record))))));
    // Each record as the one-record path writes it, encoded on its own.
    const expected = lines.map((record, index) => cleanRecord(JSON.stringify(record), index + 1, 'text', cleanOptionsFrom(SPEC)).line);
    expect(done.output).toEqual(encode(`${expected.join('\n')}\n`));
    expect(done.output.length).toBeGreaterThan(128 * 1024);
    expect(done.output.buffer.byteLength).toBe(done.output.length);
  });

  it('hands its buffer over to a worker, and the worker its output back', () => {
    const job = recordsJob([encode('{"text":"a"}')]);
    expect(transferablesOf(job)).toEqual([job.data.buffer]);
    const done = runJob(job);
    expect(transferablesOf(done)).toEqual([recordsResult(done).output.buffer]);
    expect(transferablesOf({ kind: 'text', spec: SPEC, text: 'a' })).toEqual([]);
  });
});
