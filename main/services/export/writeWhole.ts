import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { ParagrafError } from '../../../shared/contract/errors';

const notWritable = new Set(['EACCES', 'EPERM', 'EROFS', 'ENOTDIR', 'EEXIST', 'ENOENT', 'ENOSPC', 'EISDIR']);

/** A file-system error that means "cannot write here" becomes FOLDER_NOT_WRITABLE naming the folder. */
export function folderError(folder: string, error: unknown): unknown {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && notWritable.has(code) ? new ParagrafError('FOLDER_NOT_WRITABLE', folder) : error;
}

/** Writes a file whole or not at all: to a temporary name beside it first, then renamed into place. */
export function writeWhole(path: string, bytes: Buffer | string): void {
  const temporary = `${path}.tmp`;
  try {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(temporary, bytes);
    renameSync(temporary, path);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw folderError(dirname(path), error);
  }
}
