import type { Editor } from '@tiptap/core';

/** Pastes into the editor as a browser does: a paste event whose clipboard holds HTML and plain text. */
export function pasteInto(editor: Editor, html: string, plain = ''): void {
  const data: Record<string, string> = { 'text/html': html, 'text/plain': plain };
  const clipboardData = { types: Object.keys(data), files: [], getData: (type: string) => data[type] ?? '' };
  const event = new Event('paste', { bubbles: true, cancelable: true });
  Object.defineProperty(event, 'clipboardData', { value: clipboardData });
  editor.view.dom.dispatchEvent(event);
}
