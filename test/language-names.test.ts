import { describe, expect, it } from 'vitest';
import { languageName } from '../src/language/names.js';

describe('languageName', () => {
  it.each([
    ['nld', 'Dutch'],
    ['deu', 'German'],
    ['por', 'Portuguese'],
    ['cmn', 'Chinese'],
    ['und', 'undetermined'],
    ['xyz', 'xyz'],
  ])('%s -> %s', (code, name) => {
    expect(languageName(code)).toBe(name);
  });

  it('names the table languages as Intl does', () => {
    const intl = new Intl.DisplayNames(['en'], { type: 'language' });
    for (const code of ['eng', 'nld', 'deu', 'fra', 'spa', 'ita', 'pol', 'swe', 'fin', 'rus']) expect(languageName(code)).toBe(intl.of(code));
  });
});
