/**
 * What a run saves besides stdout: the split-off tail (with --tail, beside the file with
 * --write, beside its copy with --out-dir), the clean file itself with --write, and the clean
 * copy with --out-dir. The order is what makes it safe: every check first, then the tail and
 * the backup, and the article last, by an atomic rename. A failure at any step leaves the
 * article as it was, and a tail is never written over in place.
 */
import { dirname } from 'node:path';
import type { CleanResult } from '../engine.js';
import { textIs, textPieces } from '../result-text.js';
import { tailFileContent } from '../format/notices.js';
import { InputError } from './errors.js';
import type { CliIO } from './io.js';
import type { Settings } from './settings.js';

export interface Saved {
  tail: string | null;
  backup: string | null;
  rewritten: boolean;
  /** The clean copy written under --out-dir. */
  copy: string | null;
}

export interface SaveTarget {
  /** The input file; null for standard input. */
  file: string | null;
  /** Its clean copy's path under --out-dir, or null. */
  destination: string | null;
  /** Its bytes where a backup is to be written. */
  original: { bytes: Uint8Array | null; text: string };
}

export async function saveResults(target: SaveTarget, result: CleanResult, settings: Settings, io: CliIO): Promise<Saved> {
  try {
    return await save(target, result, settings, io);
  } catch (error) {
    // A folder we may not write to, a full disk: the user can fix it, and the other inputs go on.
    const { code, path } = error as NodeJS.ErrnoException;
    if (typeof code === 'string' && path !== undefined) throw new InputError(`${path}: cannot write (${code})`);
    throw error;
  }
}

async function save({ file, destination, original }: SaveTarget, result: CleanResult, settings: Settings, io: CliIO): Promise<Saved> {
  const saved: Saved = { tail: null, backup: null, rewritten: false, copy: null };
  if (settings.check) return saved;
  const rewrite = settings.write && file !== null && !textIs(result, original.text);
  // A copy under --out-dir is new, so UTF-8 is right for it; rewriting a file would change its encoding under the user.
  if (rewrite && !/^utf-?8$/i.test(settings.encoding)) {
    throw new InputError(`${file}: --write saves UTF-8 and this file was read as ${settings.encoding}; print the clean text instead`);
  }
  if (destination !== null) await io.makeDirectory(dirname(destination));
  // A long text's sections are written one after another, never joined into a second copy.
  const pieces = textPieces(result);
  const cleanText = pieces.length === 1 ? pieces[0]! : pieces;
  const tailPath = settings.tail ?? (destination !== null ? `${destination}.tail.txt` : settings.write && file !== null ? `${file}.tail.txt` : null);
  if (result.tail && tailPath) {
    const content = tailFileContent(result.tail.text);
    // An earlier FILE.tail.txt beside the article may hold the only copy of an older tail; a copy under --out-dir is regenerated.
    if (!settings.tail && destination === null) await refuseToOverwrite(tailPath, content, io);
    await io.writeFileAtomic(tailPath, content);
    saved.tail = tailPath;
  }
  if (rewrite) {
    if (settings.backup) {
      if (!original.bytes) throw new Error('a backup was asked for, but the bytes to back up were not kept');
      saved.backup = `${file}.orig`;
      await io.writeFileAtomic(saved.backup, original.bytes);
    }
    await io.writeFileAtomic(file, cleanText);
    saved.rewritten = true;
  }
  if (destination !== null) {
    await io.writeFileAtomic(destination, cleanText);
    saved.copy = destination;
  }
  return saved;
}

async function refuseToOverwrite(path: string, content: string, io: CliIO): Promise<void> {
  const existing = await io.readFile(path).then((bytes) => new TextDecoder().decode(bytes), () => null);
  if (existing !== null && existing !== content) {
    throw new InputError(`${path} already holds another tail; move it away or name another file with --tail`);
  }
}
