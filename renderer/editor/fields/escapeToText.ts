import type { Editor } from '@tiptap/core';
import type { KeyboardEvent } from 'react';

/** Escape in a node view's form (when no field used it) gives the keyboard back to the text where it was. */
export function escapeToText(editor: Editor): (event: KeyboardEvent<HTMLElement>) => void {
  return (event) => {
    if (event.key !== 'Escape' || event.defaultPrevented) return;
    event.preventDefault();
    editor.commands.focus();
  };
}
