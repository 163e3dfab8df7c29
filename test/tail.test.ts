import { describe, expect, it } from 'vitest';
import { clean } from '../src/engine.js';
import { article } from './helpers.js';

/** An English article of its own, long enough for its language to be beyond doubt. */
const ENGLISH = [
  'The city council voted on Tuesday to rebuild the old ferry terminal, ending a dispute that had divided the harbour district for more than a decade.',
  'The plan, which will cost about 40 million euros, keeps the stone facade of the 1901 building but replaces its roof and waiting hall. Work is expected to begin in the spring and to take three years.',
  'Residents who had campaigned to save the building said they were relieved. “We were told for years that it would be cheaper to tear it down,” said one of them, a retired ship’s engineer. “It turns out that it was not.”',
  'The port authority said the ferries would keep running during the work, from a temporary pier on the north side of the harbour.',
];

const FOREIGN: Record<string, string[]> = {
  nld: [
    'Onze specialisten helpen uw organisatie bij de overstap naar de cloud. Wij zorgen ervoor dat uw medewerkers overal en op elk apparaat veilig kunnen werken.',
    'Met meer dan twintig jaar ervaring weten wij als geen ander hoe belangrijk een goede planning is. Neem vandaag nog contact met ons op voor een vrijblijvend gesprek.',
  ],
  deu: [
    'Unsere Experten begleiten Ihr Unternehmen auf dem Weg in die Cloud. Wir sorgen dafür, dass Ihre Mitarbeiter überall und auf jedem Gerät sicher arbeiten können.',
    'Mit mehr als zwanzig Jahren Erfahrung wissen wir, wie wichtig eine gute Planung ist. Nehmen Sie noch heute Kontakt mit uns auf und vereinbaren Sie ein unverbindliches Gespräch.',
    'Unser Team steht Ihnen von Montag bis Freitag zur Verfügung.',
  ],
  fra: [
    'Nos spécialistes accompagnent votre entreprise dans son passage vers le cloud. Nous veillons à ce que vos collaborateurs puissent travailler en toute sécurité, partout et sur tous les appareils.',
    'Avec plus de vingt ans d’expérience, nous savons à quel point une bonne préparation est importante. Contactez-nous dès aujourd’hui pour un entretien sans engagement.',
  ],
  spa: [
    'Nuestros especialistas acompañan a su empresa en el paso a la nube. Nos aseguramos de que sus empleados puedan trabajar de forma segura desde cualquier lugar y en cualquier dispositivo.',
    'Con más de veinte años de experiencia, sabemos lo importante que es una buena planificación. Póngase en contacto con nosotros hoy mismo para una conversación sin compromiso.',
  ],
};

const HEADING = 'Certified cloud partners';

describe('tail', () => {
  describe('splits', () => {
    it.each(Object.keys(FOREIGN))('an English article followed by a heading and %s advertising', (language) => {
      const body = article(...ENGLISH);
      const input = article(body, HEADING, ...FOREIGN[language]!);
      const result = clean(input, { passes: [] });
      expect(result.language).toBe('eng');
      // The body keeps the line break that ends its last line; the blank line goes with the tail.
      expect(result.text).toBe(`${body}\n`);
      expect(result.tail).toEqual({ text: `\n${article(HEADING, ...FOREIGN[language]!)}`, start: body.length + 1, language });
      expect(result.text + result.tail!.text).toBe(input);
    });

    it('keeps the body’s metadata lines in the body, before the heading', () => {
      const body = article(...ENGLISH, 'Source: Harbour Weekly', 'Published on Oct 4, 2020');
      const input = article(body, HEADING, ...FOREIGN.nld!);
      const result = clean(input, { passes: [] });
      expect(result.text).toBe(`${body}\n`);
      expect(result.tail?.text).toBe(`\n${article(HEADING, ...FOREIGN.nld!)}`);
    });

    it('a tail without a heading starts at its first foreign paragraph', () => {
      const body = article(...ENGLISH);
      const input = `${body}\n\n${article(...FOREIGN.fra!)}\n`;
      const result = clean(input, { passes: [] });
      expect(result.tail?.start).toBe(body.length + 1);
      expect(result.text + result.tail!.text).toBe(input);
    });

    it('a German article with an English advertising tail', () => {
      const body = article(
        'Der Stadtrat hat am Dienstag beschlossen, das alte Fährterminal wieder aufzubauen. Damit endet ein Streit, der das Hafenviertel seit mehr als zehn Jahren gespalten hat.',
        'Der Plan kostet rund 40 Millionen Euro und erhält die Steinfassade des Gebäudes aus dem Jahr 1901. Die Arbeiten sollen im Frühjahr beginnen und drei Jahre dauern.',
        'Anwohner, die sich für den Erhalt des Gebäudes eingesetzt hatten, zeigten sich erleichtert. Die Fähren sollen während der Bauarbeiten weiter fahren.',
      );
      const tail = article(
        'Our cloud experts help your business move faster. We make sure that your staff can work safely from anywhere and on any device.',
        'With more than twenty years of experience, we know how important good planning is. Get in touch with us today for a free consultation.',
      );
      const input = article(body, tail);
      const result = clean(input, { passes: [] });
      expect(result.language).toBe('deu');
      expect(result.tail).toEqual({ text: `\n${tail}`, start: body.length + 1, language: 'eng' });
      expect(result.text + result.tail!.text).toBe(input);
    });
  });

  describe('does not split', () => {
    it.each([
      [
        'an article that quotes a foreign passage in the middle',
        article(ENGLISH[0]!, ENGLISH[1]!, FOREIGN.fra![0]!, 'That line, from the brochure of a French rival, was read aloud at the meeting.', ENGLISH[2]!, ENGLISH[3]!),
      ],
      [
        'an article that quotes a foreign sentence inside a paragraph',
        article(...ENGLISH, 'On the quay, a sign still reads “Onze specialisten helpen uw organisatie bij de overstap naar de cloud”, a leftover of an earlier tenant.'),
      ],
      ['an article that ends with short metadata lines', article(...ENGLISH, 'Source: Fox News', 'Published on Oct 4, 2020')],
      ['an article that ends with a split metadata label', article(...ENGLISH, 'Source: Fox News', 'Published on\nOct 4, 2020')],
      ['an article that ends with a short foreign sign-off', article(...ENGLISH, 'Tot ziens!')],
      ['an article entirely in English', article(...ENGLISH)],
    ])('%s', (_name, input) => {
      const result = clean(input, { passes: [] });
      expect(result.tail).toBeNull();
      expect(result.text).toBe(input);
      expect(result.language).toBe('eng');
    });

    it('an article entirely in French: French is the main language, not a tail', () => {
      const input = article(
        'Le conseil municipal a voté mardi la reconstruction de l’ancien terminal des ferries, mettant fin à un conflit qui divisait le quartier du port depuis plus de dix ans.',
        'Le projet, qui coûtera environ 40 millions d’euros, conserve la façade en pierre du bâtiment de 1901 mais remplace son toit et sa salle d’attente.',
        ...FOREIGN.fra!,
      );
      const result = clean(input, { passes: [] });
      expect(result.language).toBe('fra');
      expect(result.tail).toBeNull();
      expect(result.text).toBe(input);
    });
  });
});
