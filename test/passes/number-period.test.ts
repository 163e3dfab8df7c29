import { describe, expect, it } from 'vitest';
import { fix } from '../helpers.js';

const run = (text: string, language?: string) => fix('number-period', text, language);

describe('number-period', () => {
  describe('fixes', () => {
    it.each([
      ['a period before “million”', 'The videos are seen by the 100. million viewers who use it.', 'The videos are seen by the 100 million viewers who use it.'],
      ['a decimal amount before “billion”', 'The deal is worth $1.5. billion in cash.', 'The deal is worth $1.5 billion in cash.'],
      ['a two-digit decimal amount', 'Revenue reached $10.5. billion last year.', 'Revenue reached $10.5 billion last year.'],
      ['a period before “percent”', 'Shares fell 40. percent in a week.', 'Shares fell 40 percent in a week.'],
      ['a period before “per cent”', 'Turnout rose 12. per cent on the last vote.', 'Turnout rose 12 per cent on the last vote.'],
      ['a period before a unit', 'The pipeline runs for 850. kilometres under the sea.', 'The pipeline runs for 850 kilometres under the sea.'],
      ['a grouped number in euros', 'The club paid €2,500. euros for the stand.', 'The club paid €2,500 euros for the stand.'],
      ['a non-breaking space after the period', 'About 30.\u00a0million homes lost power.', 'About 30\u00a0million homes lost power.'],
      ['an amount after a comma', 'The fund lost money, 140. million dollars in all.', 'The fund lost money, 140 million dollars in all.'],
      ['two in one line', 'Costs rose from 2. billion to 3. billion dollars.', 'Costs rose from 2 billion to 3 billion dollars.'],
      ['a number in a numbered list item, not at its start', '1. The fund lost 40. percent of its value.', '1. The fund lost 40 percent of its value.'],
      ['Dutch “miljoen”', 'Het bedrijf heeft 100. miljoen gebruikers.', 'Het bedrijf heeft 100 miljoen gebruikers.', 'nld'],
      ['French “millions”', 'La ville compte 2. millions d’habitants.', 'La ville compte 2 millions d’habitants.', 'fra'],
    ])('%s', (_name, input, expected, language?: string) => {
      expect(run(input, language)).toBe(expected);
    });
  });

  describe('leaves alone', () => {
    it.each([
      ['a German date: the period marks an ordinal', 'Die Wahl findet am 4. Oktober statt.', 'deu'],
      ['German ordinals before a scale word', 'Er wurde am 3. Tag mit 100. Millionen Euro bewertet.', 'deu'],
      ['a Polish ordinal', 'Spotkanie odbędzie się 4. października w Warszawie.', 'pol'],
      ['a real sentence end before a capitalised word', 'The company was founded in 2019. Million people now use it.'],
      ['a real sentence end before another word', 'The vote was held in 2019. Years later it was annulled.'],
      ['a numbered list item at the start of a line', 'Reasons to stay:\n1. million reasons to smile\n2. thousands of friends'],
      ['an inline numbered list', 'Three things matter here: 1. people, 2. years of work and 3. money.'],
      ['an inline list in parentheses', 'The survey counted (1. people on foot, 2. people in cars).'],
      ['an indented list item', '  3. percent of the vote went elsewhere'],
      ['a decimal number', 'Growth was 1.5 million jobs.'],
      ['a period followed by a word that is not a scale', 'He finished 2. behind the leader.'],
      ['a scale word that only starts the next word', 'The bill passed 52. millionaires voted.'],
      ['an ellipsis after a number', 'The count went 1, 2, 3... million reasons.'],
      ['a version number', 'Version 2.0. Million downloads followed.'],
    ])('%s', (_name, input, language?: string) => {
      expect(run(input, language)).toBe(input);
    });
  });
});
