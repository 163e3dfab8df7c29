import type { Document } from './document.js';
import type { Edit } from './edit.js';

/** One kind of artifact: reads the document, proposes edits, never changes text itself. */
export interface Pass {
  /** Stable id, also the pass's file name: `repeated-word`. */
  id: string;
  /** One line for `--list-passes`. */
  description: string;
  /** Whether it runs unless asked for. */
  defaultOn: boolean;
  run(doc: Document): Edit[];
}
