/**
 * How a question looks on the terminal: the edit in context, as in `--word-diff`, then a
 * `git add -p` style prompt that shows the help on `?` or on an answer it does not know.
 */
import { editHeading, inlineEdit, tailHeading } from '../../format/word-diff.js';
import { plural, shorten, visible } from '../../format/edit-text.js';
import type { Painter } from '../color.js';
import type { Terminal } from '../io.js';
import { ANSWER_HELP, parseAnswer } from './decisions.js';
import type { Ask, Question } from './session.js';

const TAIL_PREVIEW_LINES = 3;

export function terminalAsker(terminal: Terminal, name: string, painter: Painter): Ask {
  return async (question) => {
    terminal.write(describe(question, name, painter));
    const prompt = question.kind === 'tail' ? 'Split off this tail [y,n,q,?]? ' : 'Apply this edit [y,n,a,d,q,?]? ';
    for (;;) {
      const answer = parseAnswer(await terminal.question(painter.emphasis(prompt)));
      if (answer !== 'help') return answer;
      terminal.write(`${painter.dim(ANSWER_HELP)}\n`);
    }
  };
}

export function describe(question: Question, name: string, painter: Painter): string {
  if (question.kind === 'edit') {
    const { edit, number, total } = question;
    return `\n${painter.dim(`(${number}/${total})`)} ${editHeading(name, edit, painter)}\n    ${inlineEdit(edit, painter)}\n`;
  }
  const lines = question.tail.text.trim().split(/\r\n|\n|\r/).filter((line) => line.trim() !== '');
  const preview = lines.slice(0, TAIL_PREVIEW_LINES).map((line) => `    ${painter.removed(`| ${visible(shorten(line, 72))}`)}\n`);
  const more = lines.length > TAIL_PREVIEW_LINES ? `    ${painter.dim(`| … ${plural(lines.length - TAIL_PREVIEW_LINES, 'more line')}`)}\n` : '';
  return `\n${tailHeading(name, question, question.tail, painter)}\n${preview.join('')}${more}`;
}

export function reviewSummary(name: string, applied: number, reviewed: number, tailSplit: boolean): string {
  const tail = tailSplit ? ', tail split off' : '';
  return `${name}: ${applied} of ${plural(reviewed, 'edit')} applied${tail}\n`;
}
