/**
 * `nld` -> `Dutch` for the notices. The languages unscrape tells apart cheaply are named from
 * this table; any other goes through Intl.DisplayNames, whose first use costs ~14 ms, too much
 * for every run that splits off a tail.
 */
const COMMON: Readonly<Record<string, string>> = {
  eng: 'English', nld: 'Dutch', deu: 'German', fra: 'French', spa: 'Spanish', ita: 'Italian', por: 'Portuguese',
  pol: 'Polish', swe: 'Swedish', dan: 'Danish', nob: 'Norwegian Bokmål', fin: 'Finnish', ces: 'Czech', slk: 'Slovak',
  hun: 'Hungarian', ron: 'Romanian', tur: 'Turkish', rus: 'Russian', ukr: 'Ukrainian', bul: 'Bulgarian', ell: 'Greek',
};

let names: Intl.DisplayNames | undefined;

export function languageName(code: string): string {
  if (code === 'und') return 'undetermined';
  const common = COMMON[code];
  if (common) return common;
  try {
    names ??= new Intl.DisplayNames(['en'], { type: 'language' });
    return names.of(code) ?? code;
  } catch {
    return code;
  }
}
