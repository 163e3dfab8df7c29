import { PASSES } from '../passes/index.js';

/** `--list-passes`: id, whether it runs by default, and what it fixes, one pass per line. */
export function listPasses(): string {
  const width = Math.max(...PASSES.map((pass) => pass.id.length));
  return PASSES.map((pass) => `${pass.id.padEnd(width)}  ${pass.defaultOn ? 'on ' : 'off'}  ${pass.description}\n`).join('');
}
