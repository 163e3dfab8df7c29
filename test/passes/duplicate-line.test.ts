import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fix, runPass } from '../helpers.js';

const run = (text: string) => fix('duplicate-line', text);

/** Curly quotes throughout, as a well-edited article has them. */
const BEFORE = 'The new ferry terminal opened on Monday. “It’s about time,” one passenger said.';
const AFTER = 'The terminal’s architects say the roof will last a century.';

describe('duplicate-line', () => {
  describe('fixes', () => {
    it.each([
      [
        'a caption repeated: straight copy first, curly copy kept',
        `${BEFORE}\n\nThe lobby of the city's new ferry terminal.\nThe lobby of the city’s new ferry terminal.\n\n${AFTER}`,
        `${BEFORE}\n\nThe lobby of the city’s new ferry terminal.\n\n${AFTER}`,
      ],
      [
        'a caption repeated: curly copy first and kept',
        `${BEFORE}\n\nThe lobby of the city’s new ferry terminal.\nThe lobby of the city's new ferry terminal.\n\n${AFTER}`,
        `${BEFORE}\n\nThe lobby of the city’s new ferry terminal.\n\n${AFTER}`,
      ],
      [
        'straight double quotes against curly ones',
        `${BEFORE}\n\nA sign reading "No entry" at the gate.\nA sign reading “No entry” at the gate.\n\n${AFTER}`,
        `${BEFORE}\n\nA sign reading “No entry” at the gate.\n\n${AFTER}`,
      ],
      [
        'in a document with straight quotes, the straight copy is kept',
        `"It's about time," one passenger said.\n\nThe lobby of the city’s new ferry terminal.\nThe lobby of the city's new ferry terminal.\n\nThe terminal's roof will last.`,
        `"It's about time," one passenger said.\n\nThe lobby of the city's new ferry terminal.\n\nThe terminal's roof will last.`,
      ],
      [
        'the copies differ in white space',
        `${BEFORE}\n\nPassengers  wait for the first   boat.\n  Passengers wait for the first boat.  \n\n${AFTER}`,
        `${BEFORE}\n\nPassengers  wait for the first   boat.\n\n${AFTER}`,
      ],
      [
        'a whole paragraph printed twice, a blank line between',
        `${BEFORE}\n\nThe terminal cost 40 million euros to build.\n\nThe terminal cost 40 million euros to build.\n\n${AFTER}`,
        `${BEFORE}\n\nThe terminal cost 40 million euros to build.\n\n${AFTER}`,
      ],
      [
        'a repeat at the very end of the text',
        `${BEFORE}\nPhotograph by the port authority.\nPhotograph by the port authority.`,
        `${BEFORE}\nPhotograph by the port authority.`,
      ],
      [
        'Windows line breaks',
        `${BEFORE}\r\nThe lobby of the new ferry terminal.\r\nThe lobby of the new ferry terminal.\r\n${AFTER}`,
        `${BEFORE}\r\nThe lobby of the new ferry terminal.\r\n${AFTER}`,
      ],
      [
        'a line printed three times',
        `${BEFORE}\nThe lobby of the new ferry terminal.\nThe lobby of the new ferry terminal.\nThe lobby of the new ferry terminal.\n${AFTER}`,
        `${BEFORE}\nThe lobby of the new ferry terminal.\n${AFTER}`,
      ],
    ])('%s', (_name, input, expected) => {
      expect(run(input)).toBe(expected);
    });
  });

  describe('leaves alone', () => {
    it.each([
      ['a short line repeated in dialogue', `${BEFORE}\n\n“Yes.”\n“Yes.”\n\n${AFTER}`],
      ['a short line repeated, plain', 'Are you sure?\nYes.\nYes.\nThen go.'],
      ['a two-word line repeated', 'Thank you.\nThank you.'],
      ['a section break', `${BEFORE}\n* * *\n* * *\n${AFTER}`],
      ['a repeat that is not adjacent', `The lobby of the new ferry terminal.\n${BEFORE}\nThe lobby of the new ferry terminal.`],
      ['a standing line at both ends of an article', `Read more stories from the coast.\n\n${BEFORE}\n\n${AFTER}\n\nRead more stories from the coast.`],
      ['lines that only share a beginning', 'The lobby of the new ferry terminal.\nThe lobby of the new ferry terminal, seen from the quay.'],
      ['lines that differ in one word', 'Passengers wait for the first boat.\nPassengers wait for the last boat.'],
    ])('%s', (_name, input) => {
      expect(run(input)).toBe(input);
    });
  });

  it('finds a copy however its case, white space and quotes differ, at its start as anywhere', () => {
    // Each character of the copy may be written another way that reads the same once compared.
    const variants: Record<string, string[]> = { "'": ["'", '’', '‘', '`'], '"': ['"', '“', '”', '„'], ' ': [' ', '  ', '\t', '\u00a0'], e: ['e', 'E'], é: ['é', 'É'], a: ['a', 'A'], s: ['s', 'S'] };
    const piece = fc.constantFrom("'", '"', ' ', 'e', 'é', 'a', 's', 'word', 'Word', '1');
    const line = fc.array(piece, { minLength: 1, maxLength: 12 }).map((pieces) => `${pieces.join('')} one two three`);
    const copyOf = (text: string, choices: number[]) =>
      [...text].map((character, index) => { const ways = variants[character]; return ways ? ways[choices[index % choices.length]! % ways.length] : character; }).join('');
    fc.assert(
      fc.property(line, fc.array(fc.nat(3), { minLength: 1, maxLength: 20 }), fc.constantFrom('', ' ', '\t'), (text, choices, indent) => {
        const result = runPass('duplicate-line', `${text}\n${indent}${copyOf(text, choices)}`);
        expect(result.edits, JSON.stringify(result.text)).toHaveLength(1);
      }),
      { numRuns: 1000 },
    );
  });
});
