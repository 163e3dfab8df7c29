/**
 * Finding HTML tags in text: only names HTML defines, with well-formed attributes, on one line.
 * `<Dolly>`, `<3`, `x < y > z` and `<b and c>` are not tags. Tags separated only by spaces form
 * one run (`</p> <p>`), which is removed or replaced as one.
 */
import type { Document } from '../document.js';

export interface Tag {
  start: number;
  end: number;
  text: string;
  /** Lower-case element name; `!--` for a comment. */
  name: string;
  closing: boolean;
}

export interface TagRun {
  /** Index of the line in `doc.lines`. */
  line: number;
  start: number;
  end: number;
  tags: Tag[];
  /** Holds a tag that breaks the line in a browser (`<br>`, `<p>`, `</div>`...). */
  breaks: boolean;
  /** Holds a block tag (a paragraph break), not only `<br>`. */
  block: boolean;
  /** One of its tags has its counterpart on the same line (`<b>`...`</b>`). */
  paired: boolean;
}

const BLOCK = new Set(
  'address article aside blockquote body center dd div dl dt figcaption figure footer form h1 h2 h3 h4 h5 h6 head header hr html li main nav ol p section table tbody td tfoot th thead tr ul'.split(' '),
);
const INLINE = new Set(
  'a abbr b big cite del em font i iframe img ins label mark noscript picture q s small source span strike strong sub sup time u video wbr'.split(' '),
);
const ATTRIBUTE = String.raw`\s+[A-Za-z_:@][-\w:.@]{0,40}(?:\s*=\s*(?:"[^"<>\n]{0,500}"|'[^'<>\n]{0,500}'|[^\s"'=<>\x60]{1,500}))?`;
const TAG = new RegExp(String.raw`<!--.{0,2000}?-->|<(\/?)([A-Za-z][A-Za-z0-9]{0,9})((?:${ATTRIBUTE}){0,30})\s*\/?>`, 'g');

function tagsIn(text: string, offset: number): Tag[] {
  const tags: Tag[] = [];
  for (const match of text.matchAll(TAG)) {
    const name = match[2]?.toLowerCase() ?? '!--';
    if (name !== '!--' && name !== 'br' && !BLOCK.has(name) && !INLINE.has(name)) continue;
    tags.push({ start: offset + match.index, end: offset + match.index + match[0].length, text: match[0], name, closing: match[1] === '/' });
  }
  return tags;
}

function hasCounterpart(tag: Tag, tags: readonly Tag[]): boolean {
  return tags.some((other) => other.name === tag.name && other.closing !== tag.closing && (tag.closing ? other.start < tag.start : other.start > tag.start));
}

export function findTagRuns(doc: Document): TagRun[] {
  const runs: TagRun[] = [];
  doc.lines.forEach((line, lineIndex) => {
    if (!line.text.includes('<')) return;
    const tags = tagsIn(line.text, line.start);
    let current: Tag[] = [];
    const flush = () => {
      if (current.length === 0) return;
      const block = current.some((tag) => BLOCK.has(tag.name));
      runs.push({
        line: lineIndex,
        start: current[0]!.start,
        end: current[current.length - 1]!.end,
        tags: current,
        breaks: block || current.some((tag) => tag.name === 'br'),
        block,
        paired: current.some((tag) => hasCounterpart(tag, tags)),
      });
      current = [];
    };
    for (const tag of tags) {
      const previous = current[current.length - 1];
      if (previous && doc.text.slice(previous.end, tag.start).trim() !== '') flush();
      current.push(tag);
    }
    flush();
  });
  return runs;
}
