import type { ExportedFile } from '../../../shared/contract/exportModels';

/** The MIME types of the files Paragraf writes. */
export const mimeTypes = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  pdf: 'application/pdf',
  p12: 'application/x-pkcs12',
} as const;

/** A file name every file system accepts: no path separators or reserved characters, not too long. */
export function safeFileName(name: string): string {
  const cleaned = name
    .replace(/[\\/:*?"<>|\u0000-\u001f]/g, '-')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^\.+/, '');
  return cleaned.slice(0, 150) || 'Paragraf';
}

/** Bytes as a file for the renderer to offer as a download. */
export function exportedFile(bytes: Buffer, fileName: string, mimeType: string): ExportedFile {
  return { fileName, mimeType, base64: bytes.toString('base64'), byteLength: bytes.length };
}

/** The bytes of a file the renderer sent as base64. */
export function fileBytes(base64: string): Buffer {
  return Buffer.from(base64, 'base64');
}
