/**
 * Folders of files for batch tests: written from a map of relative paths, and listed back as
 * sorted relative paths, so a test states a whole tree in one expression.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';

export function writeTree(folder: string, files: Record<string, string | Uint8Array>): string {
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(folder, path)), { recursive: true });
    writeFileSync(join(folder, path), content);
  }
  return folder;
}

export function listTree(folder: string): string[] {
  const walk = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
      entry.isDirectory() ? walk(join(dir, entry.name)) : [relative(folder, join(dir, entry.name))],
    );
  return walk(folder).sort();
}

export const readIn = (folder: string, path: string) => readFileSync(join(folder, path), 'utf8');

/** A site's articles: each its own paragraphs, every one ending with the site's footer and pitch. */
export const SITE_FOOTER = 'Harbour Gazette is funded by its readers';
export const SITE_PITCH = 'Get the Harbour Gazette morning letter in your inbox';
const TOPICS = ['bridge', 'ferry', 'library', 'market', 'school', 'stadium', 'museum', 'station', 'clinic', 'park', 'pier', 'lighthouse'];

export function siteArticles(count: number): string[] {
  return Array.from({ length: count }, (_, index) => {
    const topic = TOPICS[index % TOPICS.length]!;
    return [
      `The new ${topic} opens in spring`,
      `The council said on Monday that the ${topic} would open in April, after three years of work and a long dispute over its cost.`,
      SITE_PITCH,
      `Residents who spoke at the meeting welcomed the ${topic}, though several asked why it had taken so long.`,
      SITE_FOOTER,
    ].join('\n\n') + '\n';
  });
}
