import type { Pass } from '../pass.js';
import { boilerplateLine } from './boilerplate-line.js';
import { casing } from './casing.js';
import { duplicateLine } from './duplicate-line.js';
import { hardWrap } from './hard-wrap.js';
import { htmlEntities } from './html-entities.js';
import { htmlTags } from './html-tags.js';
import { invisibleChars } from './invisible-chars.js';
import { hyphenation } from './hyphenation.js';
import { metadataJoin } from './metadata-join.js';
import { mojibake } from './mojibake.js';
import { numberPeriod } from './number-period.js';
import { repeatedWord } from './repeated-word.js';
import { siteBoilerplate } from './site-boilerplate.js';
import { spacing } from './spacing.js';
import { unicodeNfc } from './unicode-nfc.js';

/**
 * Every pass, in registry order: on a tie in confidence, the earlier pass wins a conflict.
 * Adding a pass is adding its file and one line here.
 */
export const PASSES: readonly Pass[] = [mojibake, htmlEntities, htmlTags, invisibleChars, unicodeNfc, boilerplateLine, siteBoilerplate, hyphenation, hardWrap, spacing, duplicateLine, metadataJoin, repeatedWord, numberPeriod, casing];

export function defaultPasses(): Pass[] {
  return PASSES.filter((pass) => pass.defaultOn);
}

export class UnknownPassError extends Error {
  constructor(readonly unknown: readonly string[]) {
    super(`unknown pass ${unknown.map((id) => `“${id}”`).join(', ')}; valid passes: ${PASSES.map((pass) => pass.id).join(', ')}`);
  }
}

/** The passes to run given `--only` and `--skip` lists of ids; unknown ids throw. */
export function selectPasses(selection: { only?: readonly string[]; skip?: readonly string[] } = {}): Pass[] {
  const named = [...(selection.only ?? []), ...(selection.skip ?? [])];
  const unknown = named.filter((id) => !PASSES.some((pass) => pass.id === id));
  if (unknown.length > 0) throw new UnknownPassError(unknown);
  const base = selection.only?.length ? PASSES.filter((pass) => selection.only!.includes(pass.id)) : defaultPasses();
  return base.filter((pass) => !selection.skip?.includes(pass.id));
}
