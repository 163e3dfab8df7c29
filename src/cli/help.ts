/**
 * The help text. `unscrape --help` prints HELP_TEXT without loading commander, so that it
 * starts as fast as Node itself; test/cli-help.test.ts checks that it is exactly what commander
 * renders from program.ts (width 80), so the two cannot drift apart.
 */

/** What commander renders from the options in program.ts (test/cli-help.test.ts keeps it so). */
const USAGE = `Usage: unscrape [options] [files...]

Turn scraped or machine-translated article text into a clean article.
Reads each FILE (or standard input when there is none, or "-") and prints the
clean text.
A trailing block in another language (an ad or newsletter tail) is split off,
never lost.

Arguments:
  files                      the article texts to clean; "-" or nothing reads
                             standard input

Options:
  --diff                     print a unified diff; patch -p1 applies it
  --word-diff                show each edit as changed words in context, and why
  --report                   print one line per edit and a summary line per file
  --json                     print a JSON report: text, tail, metadata, edits
  -i, --interactive          accept or reject each edit and the tail split in
                             turn
  --check                    name each file that would change; exit 1 if any
                             would
  -w, --write                rewrite files in place; tails go to FILE.tail.txt
  --backup                   with --write, keep the original as FILE.orig
  --tail <file>              write the split-off foreign tail to FILE
  --keep-tail                do not split off a foreign tail
  --min-confidence <n>       apply edits at or above this confidence; report the
                             rest as suggestions (default: 0.6)
  --only <passes>            run only these passes (comma-separated ids)
  --skip <passes>            do not run these passes (comma-separated ids)
  --list-passes              list the passes with their ids and exit
  --language <code>          the article language as an ISO 639-3 code (eng,
                             nld, deu...) instead of detecting it
  --encoding <name>          decode input with this encoding (windows-1252,
                             latin1...) (default: "utf-8")
  --color <when>             colour the output (choices: "auto", "always",
                             "never", default: "auto")
  -r, --recursive            clean the files under each FOLDER (*.txt; *.jsonl
                             with --jsonl)
  --out-dir <dir>            write each clean file to DIR at its relative path;
                             tails beside it
  --jsonl                    read JSON Lines: clean one field per record, one
                             line out per line in
  --field <name>             with --jsonl, the field that holds the text
                             (default: "text")
  --strict                   with --jsonl, stop at the first line that is not a
                             record (exit 2)
  --workers <n>              threads that clean a batch or JSONL (default: one
                             per core)
  --learn-boilerplate        learn the lines a batch repeats across articles and
                             remove them
  --boilerplate-file <file>  remove the lines listed in FILE, one per line
  --save-boilerplate <file>  with --learn-boilerplate, save the lines to FILE
  --no-config                ignore .unscraperc.json and package.json "unscrape"
  -q, --quiet                print no notices on stderr
  -V, --version              output the version number
  -h, --help                 show this help
`;

export const HELP_EXAMPLES = `
Examples:
  unscrape article.txt > clean.txt     clean a file
  pbpaste | unscrape                   clean what you copied (or any pipe)
  unscrape --word-diff article.txt     review each fix: the changed words in context
  unscrape -i -w article.txt           accept or reject each fix, then rewrite the file
  unscrape --check *.txt               name the files that would change (exit 1)
  unscrape -w --backup *.txt           clean in place; keeps FILE.orig, FILE.tail.txt
  unscrape --diff a.txt | patch -p1    accept them all through patch
  unscrape --report article.txt        one line per fix, with reason and confidence
  unscrape --json article.txt          edits with reasons, metadata, the tail
  unscrape --min-confidence 0.9 a.txt  apply only the surest fixes
  unscrape -r in/ --out-dir out/       clean a folder into another, with a summary
  unscrape 'scraped/**/*.txt' --check  globs are expanded when quoted
  unscrape --jsonl < in.jsonl > out.jsonl
                                       clean the "text" of each record, in order
  unscrape --jsonl --learn-boilerplate site.jsonl > out.jsonl
                                       also remove lines most records repeat

Each pass fixes one kind of artifact (see --list-passes); each edit it proposes
carries a reason and a confidence.

Config: the nearest .unscraperc.json above the file (or an "unscrape" key in
package.json) may set minConfidence, only, skip, color, language, encoding,
keepTail, backup and quiet; options on the command line win.

Batches and JSONL run on one worker thread per core (--workers), keep the
order of their inputs, show progress on a terminal and end with a summary.
JSONL on stdin/stdout is what Hadoop Streaming and Spark's RDD.pipe expect.

Exit status: 0 done, 1 --check found a file that would change, 2 usage or
input error (one line on stderr says which; the other inputs still run).
Colour: only on a terminal; NO_COLOR and FORCE_COLOR are honoured.
`;

export const HELP_TEXT = `${USAGE}${HELP_EXAMPLES}\n`;
