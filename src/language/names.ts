let names: Intl.DisplayNames | undefined;

/** `nld` -> `Dutch`; the code itself where no name is known. Built on first use: ~10 ms. */
export function languageName(code: string): string {
  if (code === 'und') return 'undetermined';
  try {
    names ??= new Intl.DisplayNames(['en'], { type: 'language' });
    return names.of(code) ?? code;
  } catch {
    return code;
  }
}
