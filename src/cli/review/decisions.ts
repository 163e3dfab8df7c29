/**
 * The reviewer's answers and what follows from them, as in `git add -p`: y/n decide one edit,
 * a/d decide it and every later edit of the same pass, q rejects it and everything after.
 * Pure state, so the rules are tested without a terminal.
 */
export type Answer = 'y' | 'n' | 'a' | 'd' | 'q';

export const ANSWER_HELP = [
  'y - accept this edit',
  'n - reject this edit',
  'a - accept this edit and every later edit of the same pass',
  'd - reject this edit and every later edit of the same pass',
  'q - quit: reject this edit and every one after it',
  '? - print this help',
].join('\n');

/** A typed line to an answer; `help` for `?`, an empty line or anything unknown; Ctrl-D quits. */
export function parseAnswer(line: string | null): Answer | 'help' {
  if (line === null) return 'q';
  const letter = line.trim().toLowerCase();
  return letter === 'y' || letter === 'n' || letter === 'a' || letter === 'd' || letter === 'q' ? letter : 'help';
}

export class Decisions {
  private readonly byKey = new Map<string, boolean>();
  private readonly byPass = new Map<string, boolean>();
  private quit = false;

  /** The decision an earlier answer already implies for this edit; undefined means ask. */
  standing(key: string, pass: string): boolean | undefined {
    const known = this.byKey.get(key);
    if (known !== undefined) return known;
    return this.quit ? false : this.byPass.get(pass);
  }

  /** Records the decision for `key` (and, for a, d and q, for what follows) and returns it. */
  record(key: string, pass: string, answer: Answer | boolean): boolean {
    if (answer === 'a' || answer === 'd') this.byPass.set(pass, answer === 'a');
    if (answer === 'q') this.quit = true;
    const accepted = answer === true || answer === 'y' || answer === 'a';
    this.byKey.set(key, accepted);
    return accepted;
  }

  /** Whether q was answered: everything after it is rejected. */
  get stopped(): boolean {
    return this.quit;
  }

  has(key: string): boolean {
    return this.byKey.has(key);
  }

  rejected(): Set<string> {
    return new Set([...this.byKey].filter(([, accepted]) => !accepted).map(([key]) => key));
  }

  get acceptedCount(): number {
    return [...this.byKey.values()].filter(Boolean).length;
  }
}
