import type { ExportedFile } from '../../../shared/contract/exportModels';

/** The bytes of a base64 string from main. */
export function base64Bytes(base64: string): Uint8Array<ArrayBuffer> {
  const binary = atob(base64);
  const bytes = new Uint8Array(new ArrayBuffer(binary.length));
  for (let index = 0; index < binary.length; index += 1) bytes[index] = binary.charCodeAt(index);
  return bytes;
}

/** A file the user picked, as base64 for main: the browser encodes it (a data: URL), however large. */
export function fileBase64(file: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).slice(String(reader.result).indexOf(',') + 1));
    reader.onerror = () => reject(reader.error ?? new Error('the file could not be read'));
    reader.readAsDataURL(file);
  });
}

/**
 * Offers a file from main as a download: a Blob behind an <a download>, which a browser saves
 * and Electron answers with its save dialog; the renderer never touches the file system.
 */
export function downloadFile(file: ExportedFile): void {
  const url = URL.createObjectURL(new Blob([base64Bytes(file.base64)], { type: file.mimeType }));
  const link = document.createElement('a');
  link.href = url;
  link.download = file.fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // The save starts from the URL after this tick; revoke it once it surely has.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
