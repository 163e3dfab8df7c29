import { createRequire } from 'node:module';

export const VERSION: string = (createRequire(import.meta.url)('../../package.json') as { version: string }).version;

export const HELP_EXAMPLES = `
Examples:
  unscrape article.txt > clean.txt        clean a file
  pbpaste | unscrape                      clean what you copied (or any pipe)
  unscrape --diff article.txt | less -R   review every fix as a diff first
  unscrape --diff a.txt | patch -p1       accept them all
  unscrape --json article.txt             edits with reasons, metadata, the tail
  unscrape --tail ad.txt article.txt      keep the split-off foreign tail in ad.txt
  unscrape --min-confidence 0.9 a.txt     apply only the surest fixes

Passes (see --list-passes): duplicate-line, metadata-join, repeated-word,
number-period, casing. Each edit carries a reason and a confidence.

Exit status: 0 done, 2 usage or input error (one line on stderr says which).
Colour: only on a terminal; NO_COLOR and FORCE_COLOR are honoured.
`;
