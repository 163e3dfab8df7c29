#!/usr/bin/env node
// `unscrape --help` alone loads nothing but the help text: the quickest answer there is.
const args = process.argv.slice(2);
if (args.length === 1 && (args[0] === '--help' || args[0] === '-h')) {
  process.stdout.write((await import('../dist/cli/help.js')).HELP_TEXT);
} else {
  // The command line bundled in one script, compiled from V8's code cache (load-bundle.js);
  // without the bundle (dist/ built by tsc alone), the compiled modules.
  const bundle = (await import('./load-bundle.js')).loadBundle(new URL('../dist/bundle/cli.js', import.meta.url));
  const { nodeIO } = bundle?.exports ?? (await import('../dist/cli/io.js'));
  const { run } = bundle?.exports ?? (await import('../dist/cli/main.js'));
  process.exitCode = await run(args, nodeIO());
  bundle?.saveCache();
}
