import { describe, expect, it } from 'vitest';
import { cleanRecord } from '../src/jsonl/record.js';

const article = 'Shares fell in Paris. Paris. The index closed lower.\n';

describe('cleanRecord', () => {
  it('cleans the field, keeps every other field and adds what was done', () => {
    const outcome = cleanRecord(JSON.stringify({ id: 7, url: 'https://example.org/a', text: article, tags: ['x'] }), 1, 'text', {});
    expect(outcome.ok).toBe(true);
    const record = JSON.parse(outcome.line);
    expect(record).toMatchObject({ id: 7, url: 'https://example.org/a', tags: ['x'], text: 'Shares fell in Paris. The index closed lower.\n' });
    expect(record.unscrape).toMatchObject({ edits: { 'repeated-word': 1 }, tail: null, suggestions: 0 });
  });

  it('cleans another field when asked', () => {
    const record = JSON.parse(cleanRecord(JSON.stringify({ body: article, text: 'the the' }), 1, 'body', {}).line);
    expect(record.body).not.toContain('Paris. Paris.');
    expect(record.text).toBe('the the');
  });

  it.each([
    ['{not json', /line 3: not JSON/],
    ['[1,2]', /line 3: not a JSON object/],
    ['"text"', /line 3: not a JSON object/],
    ['{"id":1}', /line 3: field “text” is missing/],
    ['{"text":42}', /line 3: field “text” is not a string/],
  ])('turns %s into an error record, one line, never a crash', (line, error) => {
    const outcome = cleanRecord(line, 3, 'text', {});
    expect(outcome.ok).toBe(false);
    expect(outcome.line).not.toContain('\n');
    expect(JSON.parse(outcome.line).unscrape.error).toMatch(error);
  });

  it('keeps the fields of a record whose text field is wrong', () => {
    expect(JSON.parse(cleanRecord('{"id":1,"text":null}', 1, 'text', {}).line)).toMatchObject({ id: 1, text: null });
  });
});
