/**
 * mojibake: UTF-8 text that was decoded in a single-byte encoding (Windows-1252, Latin-1,
 * Windows-1250/1251/1257, Mac Roman, code page 437, KOI8-R), once or several times.
 *
 * Fixes `donâ€™t` -> `don’t`, `rÃ©gime` -> `régime`, `â€”` -> `—`, `Ã¢â‚¬â„¢` -> `’` (twice
 * decoded), `g√¢teaux` -> `gâteaux` (Mac Roman), `Ð±ÑŠÐ»` -> `бъл`, a C1 control character
 * standing for Windows-1252 punctuation (`parlé\u0085` -> `parlé…`).
 *
 * Leaves alone text where the reading back is possible but the evidence is thin, as ftfy
 * does: `NESTLÉ®`, `a lot of Ã’s`, `(-1/2)! = √π`, `10 Å—`, Ukrainian `ВІКІ`, box-drawing art
 * `├┤a┼┐a`. A weak case (`Ã…lesund` alone, `C O N C L U S Ã O`) is only suggested, unless the
 * same document has clear mojibake elsewhere.
 */
import type { Document, Paragraph } from '../document.js';
import { makeEdit, type Edit } from '../edit.js';
import { repairsIn, type Repair } from '../mojibake/repair.js';

const ID = 'mojibake';

interface Found extends Repair {
  lineStart: number;
  lineText: string;
}

/** The paragraph's repairs, each with where its line starts in the paragraph. */
function repairsOf(paragraph: Paragraph): Found[] {
  return paragraph.lines.flatMap((line) =>
    repairsIn(line.text).map((repair) => ({ ...repair, lineStart: line.start - paragraph.start, lineText: line.text })),
  );
}

export const mojibake = {
  id: ID,
  description: 'Repairs UTF-8 text misread as Windows-1252, Latin-1 or another single-byte encoding: “Ã©” -> “é”.',
  defaultOn: true,
  run(doc: Document): Edit[] {
    const found: Found[] = doc.paragraphs.flatMap((paragraph, index) =>
      doc.paragraphEvidence(repairsOf, index).map((repair) => ({ ...repair, lineStart: repair.lineStart + paragraph.start })),
    );
    const strong = found.filter((repair) => repair.strong).length;
    return found.map((repair) => {
      const start = repair.lineStart + repair.start;
      const confidence = confidenceOf(repair, strong);
      return makeEdit(ID, start, repair.lineStart + repair.end, repair.replacement, reasonFor(repair, strong), confidence);
    });
  },
};

/** A strong repair stands alone; a weak one borrows its evidence from strong ones elsewhere. */
function confidenceOf(repair: Repair, strongInDocument: number): number {
  if (repair.strong) return strongInDocument > 1 ? 0.95 : 0.9;
  return strongInDocument > 0 ? 0.8 : 0.4;
}

function reasonFor(repair: Repair, strongInDocument: number): string {
  if (repair.control) return `a C1 control character: Windows-1252’s “${repair.replacement}” read as Latin-1`;
  const lost = repair.lossy ? '; a byte was lost, so one character stays unknown (�)' : '';
  const evidence = repair.strong
    ? 'read back as UTF-8 the characters form ordinary text'
    : strongInDocument > 0
      ? 'weak on its own, but the document has clear mojibake elsewhere'
      : 'weak evidence: nothing else in the document is mojibake';
  return `UTF-8 text read as ${readings(repair.encodings)}: ${evidence}${lost}`;
}

/** The misreadings in the order they happened (the last one is undone first). */
function readings(undone: readonly string[]): string {
  const happened = [...undone].reverse();
  if (happened.every((name) => name === happened[0])) {
    return `${happened[0]}${['', '', ' twice'][happened.length] ?? ` ${happened.length} times`}`;
  }
  return happened.join(', then as ');
}
