import { createHash } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { ArchiveResult } from '../../shared/contract/exportModels';
import { getBody } from './bodies';
import type { ServiceContext } from './context';
import { exportMeetingBytes } from './exports';
import { folderError, writeWhole } from './export/writeWhole';

/**
 * The archive of a body's year: for every meeting, its minutes as PDF/A and as Word, and a
 * list of the files with their SHA-256, so a later reader can check nothing changed.
 */
export async function exportArchive(ctx: ServiceContext, input: { bodyId: string; year: number; folder: string }): Promise<ArchiveResult> {
  const body = getBody(ctx, input.bodyId);
  const folder = resolve(input.folder);
  const meetings = ctx.db
    .prepare("SELECT id FROM meetings WHERE body_id = ? AND substr(date, 1, 4) = ? ORDER BY date, created_at")
    .all(body.id, String(input.year)) as { id: string }[];
  const files: { bytes: Buffer; fileName: string }[] = [];
  const used = new Set<string>();
  for (const meeting of meetings) {
    for (const format of ['pdf', 'docx'] as const) {
      const file = await exportMeetingBytes(ctx, { meetingId: meeting.id, format, document: 'protokoll' });
      // Two meetings of a body on one day get " (2)" rather than one file overwriting the other.
      let fileName = file.fileName;
      for (let count = 2; used.has(fileName); count += 1) fileName = file.fileName.replace(/(\.\w+)$/, ` (${count})$1`);
      used.add(fileName);
      files.push({ bytes: file.bytes, fileName });
    }
  }
  const listing = [
    `Arkiv: ${body.name} ${input.year}`,
    `Skapat av Paragraf ${ctx.version} ${ctx.now().toISOString()}`,
    '',
    ...files.map((file) => `${createHash('sha256').update(file.bytes).digest('hex')}  ${file.fileName}`),
    '',
  ].join('\n');
  try {
    mkdirSync(folder, { recursive: true });
    for (const file of files) writeWhole(join(folder, file.fileName), file.bytes);
    writeWhole(join(folder, 'förteckning.txt'), listing);
  } catch (error) {
    throw folderError(folder, error);
  }
  return { folder, files: [...files.map((file) => file.fileName), 'förteckning.txt'] };
}
