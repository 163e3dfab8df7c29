#!/usr/bin/env node
import { nodeIO } from '../dist/cli/io.js';
import { run } from '../dist/cli/main.js';

process.exitCode = await run(process.argv.slice(2), nodeIO());
