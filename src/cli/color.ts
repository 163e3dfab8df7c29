/**
 * Whether to colour output: `--color always|never` wins, then NO_COLOR (any value), then
 * FORCE_COLOR (`0` turns colour off), then whether the stream is a terminal.
 */
export type ColorChoice = 'auto' | 'always' | 'never';

export function useColor(choice: ColorChoice, isTTY: boolean, env: Readonly<Record<string, string | undefined>>): boolean {
  if (choice === 'always') return true;
  if (choice === 'never') return false;
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  if (env.FORCE_COLOR !== undefined) return env.FORCE_COLOR !== '0' && env.FORCE_COLOR !== 'false';
  return isTTY;
}

/** The few styles the formatters use; identity functions when colour is off. */
export interface Painter {
  added(text: string): string;
  removed(text: string): string;
  header(text: string): string;
  dim(text: string): string;
  emphasis(text: string): string;
}

export const plainPainter: Painter = {
  added: (text) => text,
  removed: (text) => text,
  header: (text) => text,
  dim: (text) => text,
  emphasis: (text) => text,
};

/** Loads chalk only when colour is on: it costs a quarter of Node's start-up. */
export async function painterFor(enabled: boolean): Promise<Painter> {
  if (!enabled) return plainPainter;
  const { Chalk } = await import('chalk');
  const chalk = new Chalk({ level: 1 });
  return {
    added: chalk.green,
    removed: chalk.red,
    header: chalk.bold,
    dim: chalk.dim,
    emphasis: chalk.cyan,
  };
}
