import { Extension } from '@tiptap/core';
import { Plugin, PluginKey } from '@tiptap/pm/state';
import type { EditorView } from '@tiptap/pm/view';

/** The plugin key of the caret drawn when the minutes get the focus. */
export const caretOnFocusKey = new PluginKey('caretOnFocus');

/** Whether the page has a caret inside the text (a focus on the bare element has none, or one at its edge). */
function caretInText(view: EditorView): boolean {
  const anchor = view.dom.ownerDocument.getSelection()?.anchorNode;
  return !!anchor && anchor !== view.dom && view.dom.contains(anchor);
}

function drawCaret(view: EditorView): void {
  if (!view.isDestroyed && view.editable && view.hasFocus() && !caretInText(view)) view.focus();
}

/**
 * Tab into the minutes focuses the editable element but leaves no caret in the text, and Chromium then
 * drops what is typed. On such a focus the editor's own selection is drawn, so typing starts there;
 * a click has its caret in the text already and keeps it.
 */
export const CaretOnFocus = Extension.create({
  name: 'caretOnFocus',

  addProseMirrorPlugins() {
    return [
      new Plugin({
        key: caretOnFocusKey,
        props: {
          handleDOMEvents: {
            focus: (view, event) => {
              if (event.target !== view.dom) return false;
              drawCaret(view);
              // Some engines put their own caret at the element's edge just after the focus event.
              setTimeout(() => drawCaret(view), 0);
              return false;
            },
          },
        },
      }),
    ];
  },
});
