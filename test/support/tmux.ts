/**
 * A real pseudo-terminal for the interactive tests: a detached tmux session on a socket of its
 * own in a temporary folder (so no other tmux server is touched) that runs one shell command, with keys sent and the
 * screen read back as a user would see it.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const HAS_TMUX = spawnSync('tmux', ['-V']).status === 0;

export class TmuxSession {
  private constructor(private readonly socket: string) {}

  /** Starts `command` in `cwd` under `sh`, in a 120×50 terminal. */
  static start(command: string, cwd: string): TmuxSession {
    const session = new TmuxSession(join(mkdtempSync(join(tmpdir(), 'unscrape-tmux-')), 'socket'));
    session.tmux('new-session', '-d', '-s', 'review', '-x', '120', '-y', '50', '-c', cwd, command);
    return session;
  }

  /** The whole screen and its scrollback; with `escapes`, the colour codes as well. */
  screen(options: { escapes?: boolean } = {}): string {
    return this.tmux('capture-pane', '-p', '-J', ...(options.escapes ? ['-e'] : []), '-S', '-', '-t', 'review');
  }

  /** Types `text` and presses Enter. */
  type(text: string): void {
    this.tmux('send-keys', '-t', 'review', '-l', text);
    this.tmux('send-keys', '-t', 'review', 'Enter');
  }

  key(name: string): void {
    this.tmux('send-keys', '-t', 'review', name);
  }

  /** Waits until the screen shows `text` at least `times` times. */
  async waitFor(text: string, times = 1, timeoutMs = 15_000): Promise<string> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const screen = this.screen();
      if (screen.split(text).length - 1 >= times) return screen;
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${times}× “${text}”; the screen shows:\n${screen}`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }

  /** Ends this session's own server and the command in it, and removes its socket. */
  kill(): void {
    spawnSync('tmux', ['-S', this.socket, 'kill-server']);
    rmSync(join(this.socket, '..'), { recursive: true, force: true });
  }

  private tmux(...args: string[]): string {
    return execFileSync('tmux', ['-S', this.socket, '-f', '/dev/null', ...args], { encoding: 'utf8' });
  }
}
