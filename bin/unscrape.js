#!/usr/bin/env node
// `unscrape --help` alone loads nothing but the help text: the quickest answer there is.
const args = process.argv.slice(2);
if (args.length === 1 && (args[0] === '--help' || args[0] === '-h')) {
  process.stdout.write((await import('../dist/cli/help.js')).HELP_TEXT);
} else {
  const { nodeIO } = await import('../dist/cli/io.js');
  const { run } = await import('../dist/cli/main.js');
  process.exitCode = await run(args, nodeIO());
}
