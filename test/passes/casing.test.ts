import { describe, expect, it } from 'vitest';
import { article, fix, runPass } from '../helpers.js';

const run = (text: string, language?: string) => fix('casing', text, language);

/**
 * The casing pass only acts on evidence from the same article, so every case is a small
 * article of its own: a name spelt several times mid-sentence, then the slip (or the trap).
 */
const ACME = [
  'The drone maker Acme said on Tuesday that its profits had doubled, as farmers and film crews bought more of its machines than ever.',
  'Analysts had expected Acme to report a smaller rise. Acme shares rose 8 percent in early trading, and a spokesman for Acme said the company would hire 400 engineers.',
  'Rivals complain that the prices set by Acme leave them no room.',
];

describe('casing', () => {
  describe('fixes', () => {
    it.each([
      [
        'a company name the article spells with a capital mid-sentence',
        article('Acme posts record profits as farmers buy more drones', ...ACME, 'Rivals say acme sells its entry-level models below cost.'),
        'Rivals say Acme sells its entry-level models below cost.',
      ],
      [
        'a possessive with a curly apostrophe',
        article(...ACME, 'Even so, acme’s own engineers doubt the new model will fly.'),
        'Even so, Acme’s own engineers doubt the new model will fly.',
      ],
      [
        'a possessive with a straight apostrophe',
        article(...ACME, "Even so, acme's own engineers doubt the new model will fly."),
        "Even so, Acme's own engineers doubt the new model will fly.",
      ],
      [
        'an inner capital restored with the first',
        article(
          'Regulators in Brussels opened an inquiry into ZenCorp on Monday.',
          'The inquiry will examine whether ZenCorp paid retailers to favour its routers, officials said. A lawyer for ZenCorp called the claims baseless.',
          'The case could take years. Critics say ZenCorp has grown too large, and several members of zenCorp’s board have already resigned.',
        ),
        'The case could take years. Critics say ZenCorp has grown too large, and several members of ZenCorp’s board have already resigned.',
      ],
      [
        'a surname after “Mr. Jones” and “Mr Jones”',
        article(
          'The harbour master, Peter Jones, has run the port for twenty years.',
          'Last winter Mr. Jones ordered the fishing fleet to stay in port for a week. Fishermen say Mr Jones saved lives that week.',
          '“Nobody argued with the storm,” jones said.',
        ),
        '“Nobody argued with the storm,” Jones said.',
      ],
      [
        'a surname after a straight closing quote',
        article(
          'The harbour master, Peter Jones, has run the port for twenty years.',
          'Last winter Mr. Jones ordered the fishing fleet to stay in port for a week. Fishermen say Mr Jones saved lives that week.',
          '"Nobody argued with the storm," jones said.',
        ),
        '"Nobody argued with the storm," Jones said.',
      ],
    ])('%s', (_name, input, expectedLastParagraph) => {
      const output = run(input);
      const lastParagraph = input.slice(input.lastIndexOf('\n\n') + 2);
      expect(output).toBe(input.slice(0, input.length - lastParagraph.length) + expectedLastParagraph);
    });
  });

  describe('leaves alone', () => {
    it.each([
      [
        'a function word that is also an acronym: us / US',
        article(
          'The US economy grew faster than expected in the spring, and officials in the US credited lower energy prices.',
          'Exports from the US rose for a third month.',
          '“The bank informed us today that rates will stay where they are,” a trader said.',
        ),
      ],
      [
        'it / IT',
        article(
          'The IT department at the hospital was told to cut costs. Staff in the IT team said the IT budget had already been halved.',
          'The director said it was too early to say whether it would work.',
        ),
      ],
      [
        'who / WHO',
        article(
          'The WHO said on Friday that cases had fallen. Officials at the WHO warned that the WHO could not yet lift its alert.',
          'Doctors who treated patients in the spring said the worst was over.',
        ),
      ],
      [
        'an acronym whose lower-case twin is a word: hearing aids / AIDS',
        article(
          'The charity has fought AIDS for thirty years. Its founders lost friends to AIDS, and the fight against AIDS is still its first goal.',
          'It now also pays for hearing aids for older members.',
        ),
      ],
      [
        '“president” beside “President Smith”',
        article(
          'The visit by President Smith was cut short on Monday. Aides to President Smith said the weather was to blame, and President Smith left for the capital.',
          'Ms. Lane, who was elected president of the union in 2019, said she regretted the decision.',
        ),
      ],
      [
        '“national security” beside the National Security Agency',
        article(
          'The National Security Agency declined to comment. Officials at the National Security Agency have long warned about the app, and a National Security Agency report said so.',
          'Critics said the national security concerns were overstated.',
        ),
      ],
      [
        'the common noun after a determiner in an article about Apple the company',
        article(
          'Shares in Apple rose on Monday after Apple said it had sold more phones than expected. Analysts said Apple had gained in Asia.',
          'The campaign shows a child eating an apple, and the apple is green.',
        ),
      ],
      [
        '“10 times” beside “the Times”',
        article(
          'The report first appeared in the Times on Sunday. Editors at the Times said the Times would publish a correction.',
          'The minister was asked the same question 10 times.',
        ),
      ],
      [
        '“at times” beside “the Times”: a capital after “the” belongs to a title',
        article(
          'The report first appeared in the Times on Sunday. Editors at the Times said the Times would publish a correction.',
          'The minister was at times reluctant to answer.',
        ),
      ],
      [
        '“a bill” beside “Bill Shorten”',
        article(
          'The opposition leader Bill Shorten spoke for an hour. Supporters of Bill Shorten cheered, and Bill Shorten promised to return.',
          'He said he would vote against a bill that cut pensions.',
        ),
      ],
      [
        '“People’s Daily” is no evidence for bare “people”',
        article(
          'The story ran in People’s Daily on Monday. Editors at People’s Daily said that People’s Daily would not comment.',
          'Many people said they had not read it.',
        ),
      ],
      [
        'capitals that only start a sentence',
        article(
          'Gold rose for a third day. Gold has gained 12 percent this year. Gold traders expect more.',
          'Buyers in India paid record prices for gold in March.',
        ),
      ],
      [
        'capitals that only start a quotation',
        article(
          'A dealer said: “Markets are calm.” Another added, “Markets are always calm before a storm.” A third said “Markets will recover.”',
          'He said the markets in Asia were the first to fall.',
        ),
      ],
      [
        'capitals in a title-case headline',
        article(
          'Drone Sales Slow As Farmers Wait For Subsidies',
          'Farmers in the north have delayed buying new machines, dealers said on Monday, as drone sales fell for a second month.',
        ),
      ],
      [
        'an all-caps dateline',
        article(
          'WASHINGTON – The president met union leaders on Monday.',
          'WASHINGTON – Talks resumed on Tuesday, officials said.',
        ),
      ],
      [
        'names whose capital is not the first letter: iPhone, eBay',
        article(
          'The new iPhone went on sale on Friday, and resellers listed the iPhone on eBay within hours.',
          'iPhone prices on eBay fell by Sunday. Buyers on eBay said the iPhone was hard to find in shops.',
        ),
      ],
      [
        'a word the article itself writes in lower case more than once',
        article(
          'The striker Mark Lee scored twice on Saturday. The coach praised Mark for his work, and Mark thanked the fans.',
          'The result left a mark on the league, and the goal was a mark of his form.',
        ),
      ],
      [
        'capitals that only start a line',
        article('Acme said on Tuesday that profits had doubled.', 'Acme shares rose 8 percent.', 'Acme will hire 400 engineers.', 'Rivals say acme sells its models below cost.'),
      ],
      [
        'a lower-case word at the start of a line',
        article(...ACME, 'acme, the company, sells its models below cost.'),
      ],
      [
        'handles, hashtags and paths',
        article(...ACME, 'Follow @acme and #acme for updates, or read example.org/acme/news for the figures.'),
      ],
      [
        'a verb that is also a first name: “shares rose” beside “Rose Lee”',
        article(
          'The fund manager Rose Lee bought the stock in March. Investors who followed Rose into the trade have done well, and clients say Rose rarely misses.',
          'Since then shares rose 40 percent.',
        ),
      ],
      [
        '“to mark” beside “Mark Lee”',
        article(
          'The striker Mark Lee scored twice on Saturday. The coach praised Mark for his work, and fans chanted for Mark until the end.',
          'The club will mark the win with a parade.',
        ),
      ],
      [
        'an adjective the article capitalises: “black clothes” beside “Black voters”',
        article(
          'Turnout among Black voters rose sharply, and Black residents of the city queued for hours. Organisers said Black churches had driven people to the polls.',
          'Volunteers wore black shirts with the slogan of the campaign.',
        ),
      ],
      [
        'a single mention is not enough evidence',
        article('The drone maker Acme said on Tuesday that its profits had doubled.', 'Rivals say acme sells its models below cost.'),
      ],
    ])('%s', (_name, input) => {
      expect(run(input)).toBe(input);
    });

    it('German nouns: a lower-case twin is usually another word (zu essen / in Essen), so only a suggestion', () => {
      const input = article(
        'Die Messe in Essen beginnt am Montag. Viele Besucher kommen aus Essen und dem Umland, sagte ein Sprecher.',
        'Wer nach Essen fährt, sollte früh anreisen. Auch die Bahn rechnet mit vollen Zügen nach Essen und zurück.',
        'Vor der Halle gibt es genug Zeit, um in Ruhe zu essen.',
      );
      const result = runPass('casing', input, 'deu');
      expect(result.text).toBe(input);
      expect(result.suggestions.map((edit) => [edit.before, edit.after])).toEqual([['essen', 'Essen']]);
    });

    it('an acronym is only suggested: its lower-case twin may be a word (aids / AIDS)', () => {
      const input = article(
        'The charity has fought AIDS for thirty years. Its founders lost friends to AIDS, and the fight against AIDS and its stigma goes on.',
        'Donors say AIDS research still needs money. It now also pays for hearing aids for older members.',
      );
      const result = runPass('casing', input);
      expect(result.text).toBe(input);
      expect(result.suggestions.map((edit) => [edit.before, edit.after])).toEqual([['aids', 'AIDS']]);
      expect(result.suggestions[0]?.reason).toContain('only a suggestion: an acronym');
    });
  });
});
