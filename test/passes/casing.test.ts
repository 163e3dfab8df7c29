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
      [
        'the head of a name before its connector, where the article capitalises the word in names',
        article('Tourists queue at the Neon Museum every night, and the American Sign Museum draws crowds too.', 'The collection rivals California’s museum of Neon Art.'),
        'The collection rivals California’s Museum of Neon Art.',
      ],
      [
        'the end of a name the article spells out once, a word that closes names often',
        article('Years ago he won the Premier League with his first club, and later the Champions League with another side in a different country.', 'He won three Premier league titles in all.'),
        'He won three Premier League titles in all.',
      ],
      [
        'a name after its article, as the article writes “the Thunder” three times and more',
        article(
          'The Lakers beat the Thunder on Tuesday. Seven assists went against the Thunder, who had won four of five.',
          'One night after the Thunder barely missed an upset, fans were quiet.',
          'Next week the thunder will travel to Denver.',
        ),
        'Next week the Thunder will travel to Denver.',
      ],
      [
        'a name after an age made one word (52-year-old), which counts nothing',
        article('Mugabe and his wife Grace left the capital. Aides said Grace was tired, and officials said Grace would speak later.', 'There is little affection for 52-year-old grace, a former typist.'),
        'There is little affection for 52-year-old Grace, a former typist.',
      ],
      [
        '“that” opening a clause after a verb of saying',
        article('Officials said Noel was on duty. Records show Noel signed the forms, and lawyers for Noel declined to comment.', 'Prosecutors asserted that noel and a colleague slept.'),
        'Prosecutors asserted that Noel and a colleague slept.',
      ],
      [
        '“which” opening a clause after a comma',
        article(
          'Shoppers at Amazon spent more this year. Analysts expect Amazon to grow, and Amazon hired more drivers.',
          'The program, which amazon founder Jeff Bezos praised, keeps growing.',
        ),
        'The program, which Amazon founder Jeff Bezos praised, keeps growing.',
      ],
      [
        'a name that also starts longer names, bare before a verb',
        article(
          'The carrier Emirates Airline ordered new jets, and Emirates President Tim Clark praised the deal.',
          'The order, which Emirates is paying for in cash, is its largest.',
          'As of October, emirates had a fleet of 270 aircraft.',
        ),
        'As of October, Emirates had a fleet of 270 aircraft.',
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
        '“Christian order” beside “the Order”: a capitalised adjective before it spells out no name',
        article('She joined the Order in 1901. Members of the Order met in London, and the Order of the Golden Dawn grew.', 'It began as an esoteric Christian order.'),
      ],
      [
        'the head of a name after a determiner (“the state of Texas” beside the State Department)',
        article('Officials at the State Department declined to comment, and a State Department memo said so.', 'Lawyers for the state of Texas disagreed.'),
      ],
      [
        'a common noun after a capitalised possessive (“Sudan’s president”)',
        article('Charges against President Bashir were filed, and President Bashir denied them.', 'Critics of Sudan’s president say little has changed.'),
      ],
      [
        'a word after its article with too little evidence: “the Thunder” twice',
        article('The Lakers beat the Thunder on Tuesday. Seven assists went against the Thunder again.', 'Later the thunder rolled over the arena.'),
      ],
      [
        'a word after its article followed by a function word (“the times in which”) beside “the Times”',
        article('Speaking to the Times, the minister said little. A letter to the Times followed, and the Times printed it.', 'He spoke of the times in which we live.'),
      ],
      [
        '“that” before another word, where it may determine a noun (“that apple pie”)',
        article('Shares in Apple rose after Apple said it had sold more phones. Analysts said Apple had gained in Asia.', 'He said nothing beats that apple pie his mother baked.'),
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
