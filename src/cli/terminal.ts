/**
 * The controlling terminal, opened by name so that questions reach the user even when stdin
 * carries the article (`pbpaste | unscrape -i`), as git and less do. Answers are typed lines,
 * so readline gives the usual line editing.
 */
import { openSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { ReadStream, WriteStream } from 'node:tty';
import { InputError, Interrupted } from './errors.js';
import type { Terminal } from './io.js';

export function openTerminal(): Terminal {
  let input: ReadStream | undefined;
  let output: WriteStream;
  try {
    input = new ReadStream(openSync('/dev/tty', 'r'));
    output = new WriteStream(openSync('/dev/tty', 'w'));
  } catch {
    input?.destroy();
    throw new InputError('--interactive needs a terminal to ask on, and /dev/tty cannot be opened');
  }
  const reader = input;
  const lines = createInterface({ input: reader, output, terminal: true });
  let closed = false;
  lines.once('close', () => (closed = true));
  return {
    write: (text) => void output.write(text),
    question(prompt) {
      if (closed) return Promise.resolve(null);
      return new Promise((resolve, reject) => {
        const settle = (finish: () => void) => () => {
          lines.off('close', onClose).off('SIGINT', onInterrupt);
          finish();
        };
        const onClose = settle(() => resolve(null));
        const onInterrupt = settle(() => reject(new Interrupted('interrupted')));
        lines.once('close', onClose).once('SIGINT', onInterrupt);
        lines.question(prompt, (answer) => settle(() => resolve(answer))());
      });
    },
    close() {
      lines.close();
      reader.destroy();
      output.destroy();
    },
  };
}
