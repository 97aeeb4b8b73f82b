import type { Editor } from '@tiptap/core';

/** The attribute a node view puts on the field a keyboard user should land in first. */
export const focusFirstAttribute = 'data-focus-first';

/**
 * Moves the keyboard focus into a field of the node view at `pos`. It waits a frame, because the
 * editor's own focus command takes the focus back in the next frame, and tries again for a few
 * frames because React node views render a moment after the transaction.
 */
export function focusNodeViewField(editor: Editor, pos: number, selector = `[${focusFirstAttribute}]`): void {
  let tries = 0;
  const attempt = () => {
    if (editor.isDestroyed) return;
    const dom = editor.view.nodeDOM(pos);
    const target = dom instanceof HTMLElement ? dom.querySelector<HTMLElement>(selector) : null;
    if (target) {
      target.focus();
      target.scrollIntoView?.({ block: 'nearest' });
      return;
    }
    tries += 1;
    if (tries < 10) setTimeout(attempt, 16);
  };
  requestAnimationFrame(attempt);
}
