import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from './preview';

/** The real example minutes: `../shared/examples/` beside the repository (CI clones it so). */
export const examplesDir = join(repoRoot, '..', 'shared', 'examples');

/** The text of one example file; fails with where it was looked for when it is missing. */
export function readExample(name: string): string {
  const path = join(examplesDir, name);
  if (!existsSync(path)) {
    throw new Error(`The example minutes ${name} are missing: expected ${path} (the shared/ folder beside the repository).`);
  }
  return readFileSync(path, 'utf8');
}

/**
 * Text compared loosely, as OCR reads it: lower case, å ä ö é as plain letters, only letters and
 * digits; so "Nästa möte:" and "Nasta mote" are the same.
 */
export function looseText(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]/g, '');
}
