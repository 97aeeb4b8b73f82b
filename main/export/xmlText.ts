/** Text escaped for XML content and attribute values. */
export function xmlText(value: string): string {
  return value
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;')
    // XML 1.0 allows no control characters besides tab, newline and carriage return.
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/g, '');
}
