/**
 * html-tags: HTML tags the scraper left in the text.
 *
 * Fixes `<p>The vote was close.</p>` -> `The vote was close.`, `the <strong>new</strong> law`
 * -> `the new law`, `<a href="/x">link</a>`, `First line.<br>Second line.` -> a line break,
 * `end.</p><p>Next` -> a paragraph break, comments (`<!-- ad -->`), and a line that holds only
 * tags (`</div>`), which goes with its line break.
 *
 * Leaves alone a text about HTML (one with code blocks or with markup a sentence names:
 * `the <div> tag`, `"<br>"`), a paragraph that talks about markup (`<b>x</b> is how HTML
 * makes bold`), a tag standing alone between spaces mid-sentence that is not one
 * of a pair (`use <br> here`), things that are not HTML tags (`<Dolly>`, `a <b and c> d`,
 * `x < y > z`, `<3`), and code (fenced blocks, `inline code`, <pre>).
 */
import type { Document } from '../document.js';
import { makeEdit, type Edit } from '../edit.js';
import { codeRanges, insideAny, isMentioned } from '../html/code-context.js';
import { findTagRuns, type TagRun } from '../html/tags.js';
import { lineRemovals } from '../lines/removal.js';

const ID = 'html-tags';
const ABOUT_MARKUP = /\b(?:HTML|XHTML|XML|markup|tags?|elements?|attributes?)\b/;

/** `<div class="x">…</div> is how HTML escapes it`: tags a sentence talks about are the subject, not debris. */
function paragraphTalksAboutMarkup(doc: Document, offset: number): boolean {
  const paragraph = doc.paragraphs.find((candidate) => candidate.start <= offset && offset <= candidate.end);
  return paragraph !== undefined && ABOUT_MARKUP.test(paragraph.text.replace(/<[^>]*>/g, ' '));
}

export const htmlTags = {
  id: ID,
  description: 'Removes HTML tags left in the text; <br> and block tags between text become line breaks.',
  defaultOn: true,
  run(doc: Document): Edit[] {
    if (!doc.text.includes('<')) return [];
    const code = codeRanges(doc);
    const runs = findTagRuns(doc);
    if (code.some((range) => doc.text.slice(range.start, range.end).includes('<'))) return [];
    if (runs.some((run) => run.tags.some((tag) => isMentioned(doc.text, tag.start, tag.end)))) return [];
    const lineBreak = doc.text.includes('\r\n') ? '\r\n' : '\n';
    // Paragraphs are separated as the text separates them: by a blank line, or by one break.
    const paragraphBreak = doc.lines.some((line) => line.text.trim() === '') ? lineBreak + lineBreak : lineBreak;
    const tagOnlyLines = new Set<number>();
    const edits: Edit[] = [];
    for (const run of runs) {
      if (insideAny(code, run.start, run.end) || paragraphTalksAboutMarkup(doc, run.start)) continue;
      const line = doc.lines[run.line]!;
      const before = doc.text.slice(line.start, run.start);
      const after = doc.text.slice(run.end, line.end);
      if (before.trim() === '' && after.trim() === '') tagOnlyLines.add(run.line);
      else edits.push(...runEdit(run, before, after, !run.breaks ? '' : run.block ? paragraphBreak : lineBreak));
    }
    for (const removal of lineRemovals(doc, tagOnlyLines)) {
      edits.push(makeEdit(ID, removal.start, removal.end, '', 'a line of HTML tags only is markup, not text', 0.9));
    }
    return edits;
  },
};

function runEdit(run: TagRun, before: string, after: string, breakText: string): Edit[] {
  const names = run.tags.map((tag) => tag.text).join('');
  if (before.trim() === '') {
    return [makeEdit(ID, run.start - before.length, run.end + leadingSpace(after), '', `${names} at the start of a line is markup, not text`, 0.9)];
  }
  if (after.trim() === '') {
    return [makeEdit(ID, run.start - trailingSpace(before), run.end + after.length, '', `${names} at the end of a line is markup, not text`, 0.9)];
  }
  const spaced = /\s$/.test(before) && /^\s/.test(after);
  if (spaced && !run.paired) return [];
  if (breakText !== '') {
    const what = run.block ? 'a paragraph break' : 'a line break';
    return [makeEdit(ID, run.start - trailingSpace(before), run.end + leadingSpace(after), breakText, `${names} between text is ${what}`, 0.85)];
  }
  const end = spaced ? run.end + leadingSpace(after) : run.end;
  return [makeEdit(ID, run.start, end, '', `${names} is markup left in the text`, run.paired ? 0.9 : 0.8)];
}

const leadingSpace = (text: string) => /^[ \t]*/.exec(text)![0].length;
const trailingSpace = (text: string) => /[ \t]*$/.exec(text)![0].length;
