/**
 * What a run saves besides stdout: the split-off tail (with --tail, or beside the file with
 * --write) and, with --write, the clean file itself. The order is what makes it safe: every
 * check first, then the tail and the backup, and the article last, by an atomic rename. A
 * failure at any step leaves the article as it was, and a tail is never written over.
 */
import type { CleanResult } from '../engine.js';
import { tailFileContent } from '../format/notices.js';
import { InputError } from './errors.js';
import type { CliIO } from './io.js';
import type { Settings } from './settings.js';

export interface Saved {
  tail: string | null;
  backup: string | null;
  rewritten: boolean;
}

export async function saveResults(
  file: string | null,
  original: { bytes: Uint8Array; text: string },
  result: CleanResult,
  settings: Settings,
  io: CliIO,
): Promise<Saved> {
  const saved: Saved = { tail: null, backup: null, rewritten: false };
  if (settings.check) return saved;
  const rewrite = settings.write && file !== null && result.text !== original.text;
  if (rewrite && !/^utf-?8$/i.test(settings.encoding)) {
    throw new InputError(`${file}: --write saves UTF-8 and this file was read as ${settings.encoding}; print the clean text instead`);
  }
  const tailPath = settings.tail ?? (settings.write && file !== null ? `${file}.tail.txt` : null);
  if (result.tail && tailPath) {
    const content = tailFileContent(result.tail.text);
    if (!settings.tail) await refuseToOverwrite(tailPath, content, io);
    await io.writeFileAtomic(tailPath, content);
    saved.tail = tailPath;
  }
  if (rewrite) {
    if (settings.backup) {
      saved.backup = `${file}.orig`;
      await io.writeFileAtomic(saved.backup, original.bytes);
    }
    await io.writeFileAtomic(file, result.text);
    saved.rewritten = true;
  }
  return saved;
}

/** A FILE.tail.txt left by an earlier run may hold the only copy of an older tail. */
async function refuseToOverwrite(path: string, content: string, io: CliIO): Promise<void> {
  const existing = await io.readFile(path).then((bytes) => new TextDecoder().decode(bytes), () => null);
  if (existing !== null && existing !== content) {
    throw new InputError(`${path} already holds another tail; move it away or name another file with --tail`);
  }
}
