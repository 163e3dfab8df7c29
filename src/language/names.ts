const NAMES = new Intl.DisplayNames(['en'], { type: 'language' });

/** `nld` -> `Dutch`; the code itself where no name is known. */
export function languageName(code: string): string {
  if (code === 'und') return 'undetermined';
  try {
    return NAMES.of(code) ?? code;
  } catch {
    return code;
  }
}
