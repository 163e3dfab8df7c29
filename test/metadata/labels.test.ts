import { describe, expect, it } from 'vitest';
import { bareLabel, labelledValue } from '../../src/metadata/labels.js';
import { extractMetadata } from '../../src/metadata/extract.js';
import { createDocument } from '../../src/document.js';

describe('metadata labels', () => {
  it('find a bare label in any case and keep it as written', () => {
    expect(bareLabel('Published on')).toEqual({ kind: 'date', label: 'Published on' });
    expect(bareLabel('  UPDATED:  ')).toEqual({ kind: 'date', label: 'UPDATED' });
    expect(bareLabel('Veröffentlicht am')).toEqual({ kind: 'date', label: 'Veröffentlicht am' });
    expect(bareLabel('By')).toEqual({ kind: 'author', label: 'By' });
    expect(bareLabel('Published on Monday')).toBeNull();
    expect(bareLabel('The council published its report')).toBeNull();
  });

  it('find the longest labels, and nothing in a line of more words', () => {
    expect(bareLabel('Mis à jour le :')).toEqual({ kind: 'date', label: 'Mis à jour le' });
    expect(bareLabel('  Originally published on:  ')).toEqual({ kind: 'date', label: 'Originally published on' });
    expect(bareLabel('Originally published on : today')).toBeNull();
  });

  it('split a label from its value, keeping both as written', () => {
    expect(labelledValue('  Source:  Fox News  ')).toEqual({ kind: 'source', label: 'Source', value: 'Fox News' });
    expect(labelledValue('PUBLISHED ON Oct 4, 2020')).toEqual({ kind: 'date', label: 'PUBLISHED ON', value: 'Oct 4, 2020' });
    expect(labelledValue('Mis à jour le 12 mars 2021')).toEqual({ kind: 'date', label: 'Mis à jour le', value: '12 mars 2021' });
    expect(labelledValue('By JANE DOE')).toEqual({ kind: 'author', label: 'By', value: 'JANE DOE' });
  });

  it('keep offsets where lower case would change a length (İ)', () => {
    expect(bareLabel('İstanbul')).toBeNull();
    expect(labelledValue('Source: İSTANBUL bureau')).toEqual({ kind: 'source', label: 'Source', value: 'İSTANBUL bureau' });
  });

  it('feed the extracted metadata', () => {
    const metadata = extractMetadata(createDocument('A headline\n\nBy Jane Doe\n\nSource: Fox News\n\nThe text of the article goes here.\n', 'eng'));
    expect(metadata).toMatchObject({ title: 'A headline', byline: 'Jane Doe', source: 'Fox News' });
  });
});
