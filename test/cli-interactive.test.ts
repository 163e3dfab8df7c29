/**
 * `--interactive` end to end: in memory with a scripted terminal, and through the real binary in
 * a real pseudo-terminal (tmux), with the article piped in on stdin while the answers come from
 * the terminal.
 */
import { copyFileSync, existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { run } from '../src/cli/main.js';
import type { Answer } from '../src/cli/review/decisions.js';
import { reviewClean } from '../src/cli/review/session.js';
import { editKey } from '../src/edit.js';
import { clean } from '../src/engine.js';
import { BIN, scratch, SEED, seedInput } from './support/binary.js';
import { CTRL_C, memoryIO } from './support/memory-io.js';
import { HAS_TMUX, TmuxSession } from './support/tmux.js';

const full = clean(seedInput);
const first = full.edits[0]!;
const PROMPT = 'Apply this edit [y,n,a,d,q,?]? ';
const TAIL_PROMPT = 'Split off this tail [y,n,q,?]? ';

/** What the scripted reviewer gets from the same answers: the terminal must agree with it. */
async function expectedText(answers: Answer[]): Promise<string> {
  const { result } = await reviewClean(seedInput, {}, async () => answers.shift() ?? 'y');
  return result.text;
}

describe('--interactive in memory', () => {
  it('applies only the accepted edits, reading the text from stdin and the answers from the terminal', async () => {
    const answers = ['y', '?', 'n', ...full.edits.slice(1).map(() => 'y')];
    const { io, output } = memoryIO({}, { stdin: seedInput, answers, env: { NO_COLOR: '1' } });
    expect(await run(['-i'], io)).toBe(0);
    expect(output.stdout).toBe(clean(seedInput, { rejected: new Set([editKey(first)]) }).text);
    expect(output.terminal).toContain(`(1/${full.edits.length}) stdin:${first.line}:${first.column}  ${first.pass}  ${first.reason}`);
    expect(output.terminal).toContain('a - accept this edit and every later edit of the same pass');
    expect(output.terminal).toContain(`stdin: ${full.edits.length - 1} of ${full.edits.length} edits applied, tail split off\n`);
  });

  it('writes the reviewed file with --write, keeping a rejected tail in it', async () => {
    const { io, fileText } = memoryIO({ 'a.txt': seedInput }, { answers: ['n', 'd', 'a', 'q'] });
    expect(await run(['-i', '-w', 'a.txt'], io)).toBe(0);
    expect(fileText('a.txt')).toBe(await expectedText(['n', 'd', 'a', 'q']));
    expect(fileText('a.txt')).toContain('De oplossingen van Microsoft');
    expect(fileText('a.txt.tail.txt')).toBeUndefined();
  });

  it('q ends the whole review: later files are not asked about and keep their text', async () => {
    const { io, output, written } = memoryIO({ 'a.txt': seedInput, 'b.txt': seedInput }, { answers: ['y', 'y', 'q'] });
    expect(await run(['-i', '-w', 'a.txt', 'b.txt'], io)).toBe(0);
    expect(written).toEqual(['a.txt.tail.txt', 'a.txt']);
    expect(output.terminal.match(/\[y,n,a,d,q,\?\]/g)).toHaveLength(2);
    expect(output.terminal).toContain('b.txt: 0 of');
  });

  it('takes Ctrl-D as q: nothing more is applied', async () => {
    const { io, output } = memoryIO({}, { stdin: seedInput, answers: [null] });
    expect(await run(['-i', '-q'], io)).toBe(0);
    expect(output.stdout).toBe(seedInput);
  });

  it('stops on Ctrl-C with exit 130 and writes nothing', async () => {
    const { io, written } = memoryIO({ 'a.txt': seedInput }, { answers: ['y', CTRL_C] });
    expect(await run(['-i', '-w', 'a.txt'], io)).toBe(130);
    expect(written).toEqual([]);
  });

  it('needs a terminal, and says so in one line', async () => {
    const { io, output } = memoryIO({}, { stdin: seedInput });
    expect(await run(['-i'], io)).toBe(2);
    expect(output.stderr).toMatch(/^unscrape: --interactive needs a terminal.*\n$/);
  });

  it('cannot be combined with --check', async () => {
    const { io, output } = memoryIO({ 'a.txt': seedInput }, { answers: [] });
    expect(await run(['-i', '--check', 'a.txt'], io)).toBe(2);
    expect(output.stderr).toMatch(/choose --check or --interactive/);
  });
});

describe.skipIf(!HAS_TMUX)('--interactive in a real terminal (tmux)', () => {
  let session: TmuxSession | undefined;
  afterEach(() => session?.kill());

  /** The folder of the run, with the seed article as article.txt. */
  function start(command: string): string {
    const folder = scratch();
    copyFileSync(join(SEED, 'input.txt'), join(folder, 'article.txt'));
    session = TmuxSession.start(`${command}; echo "[exit $?]"; sleep 600`, folder);
    return folder;
  }

  it('reads the text from a pipe and the answers from the terminal, in colour', async () => {
    const folder = start(`unset NO_COLOR FORCE_COLOR; cat article.txt | node ${BIN} -i > clean.txt`);
    await session!.waitFor(TAIL_PROMPT);
    session!.type('y');
    await session!.waitFor(PROMPT);
    session!.type('?');
    await session!.waitFor('q - quit: reject this edit and every one after it');
    session!.type('n');
    for (let answered = 1; answered < full.edits.length; answered++) {
      await session!.waitFor(PROMPT, answered + 2);
      session!.type('y');
    }
    const screen = await session!.waitFor('[exit 0]');
    expect(screen).toContain(`[-${first.before}-]`);
    expect(screen).toContain(`stdin: ${full.edits.length - 1} of ${full.edits.length} edits applied, tail split off`);
    expect(session!.screen({ escapes: true })).toMatch(/\u001b\[/);
    expect(readFileSync(join(folder, 'clean.txt'), 'utf8')).toBe(clean(seedInput, { rejected: new Set([editKey(first)]) }).text);
  });

  it('rewrites the file with --write as answered, without colour under NO_COLOR', async () => {
    const folder = start(`NO_COLOR=1 node ${BIN} -i -w article.txt`);
    const answers: Answer[] = ['n', 'd', 'a', 'q'];
    for (const [index, answer] of answers.entries()) {
      await session!.waitFor(index === 0 ? TAIL_PROMPT : PROMPT, Math.max(1, index));
      session!.type(answer);
    }
    await session!.waitFor('[exit 0]');
    expect(session!.screen({ escapes: true })).not.toMatch(/\u001b\[3\dm/);
    expect(readFileSync(join(folder, 'article.txt'), 'utf8')).toBe(await expectedText(answers));
    expect(existsSync(join(folder, 'article.txt.tail.txt'))).toBe(false);
  });

  it('leaves the file untouched when stopped with Ctrl-C', async () => {
    const folder = start(`node ${BIN} -i -w article.txt`);
    await session!.waitFor(TAIL_PROMPT);
    session!.type('y');
    await session!.waitFor(PROMPT);
    session!.key('C-c');
    await session!.waitFor('[exit 130]');
    expect(readFileSync(join(folder, 'article.txt'), 'utf8')).toBe(seedInput);
    expect(existsSync(join(folder, 'article.txt.tail.txt'))).toBe(false);
  });

  it('takes Ctrl-D as q and prints the text unchanged', async () => {
    const folder = start(`node ${BIN} -i -q article.txt > out.txt`);
    await session!.waitFor(TAIL_PROMPT);
    session!.key('C-d');
    await session!.waitFor('[exit 0]');
    expect(readFileSync(join(folder, 'out.txt'), 'utf8')).toBe(seedInput);
  });
});
