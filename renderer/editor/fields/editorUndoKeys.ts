import type { Editor } from '@tiptap/core';
import type { KeyboardEvent } from 'react';

/**
 * For a field that writes to the minutes as one types: Ctrl+Z and Ctrl+Shift+Z (or Ctrl+Y) undo and
 * redo in the minutes' history, where those changes are; the field's own undo cannot see them.
 */
export function editorUndoKeys(editor: Editor): (event: KeyboardEvent<HTMLElement>) => void {
  return (event) => {
    if (!(event.ctrlKey || event.metaKey) || event.altKey) return;
    const key = event.key.toLowerCase();
    if (key !== 'z' && key !== 'y') return;
    event.preventDefault();
    if (key === 'y' || event.shiftKey) editor.commands.redo();
    else editor.commands.undo();
  };
}
