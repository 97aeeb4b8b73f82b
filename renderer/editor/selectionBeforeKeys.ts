import { Extension } from '@tiptap/core';
import { Plugin, PluginKey } from '@tiptap/pm/state';
import type { EditorView } from '@tiptap/pm/view';
import { pageSelection } from './typedCharacters';

/** The plugin key of the selection read before a key acts. */
export const selectionBeforeKeysKey = new PluginKey('selectionBeforeKeys');

/** Keys that only modify another key: they act on nothing, so nothing is read for them. */
const modifierKeys = new Set(['Shift', 'Control', 'Alt', 'AltGraph', 'Meta', 'CapsLock']);

/**
 * Per editor: whether the page's caret was put by the person (a click, or a key the browser moved
 * it with) since the minutes last got the focus. Right after the focus comes back (from a field,
 * the toolbar, another window) the page's caret is wherever the browser parked it, often between
 * two blocks, until ProseMirror draws its own selection a moment later; the editor's selection is
 * the right one then.
 */
const placedByPerson = new WeakMap<EditorView, boolean>();

/**
 * Brings the editor's selection up to where the page's caret is before a key acts on it.
 *
 * The editor learns of a click (or of the browser moving the caret) from the page's
 * `selectionchange` event, which Chromium queues behind key presses on a busy machine, and which
 * ProseMirror can miss when the mouse button comes up very fast (ProseMirror issue #1513). A key
 * pressed in that moment acted on the editor's previous selection: Enter or Ctrl+V after a click
 * replaced the text selected before the click. So when the person has put the page's caret in the
 * text of the minutes, somewhere else than the editor has it, the key first lets the editor read
 * the page's selection, as the pending `selectionchange` would have.
 */
export function readSelectionBeforeKey(view: EditorView, event: KeyboardEvent): boolean {
  if (event.isComposing || view.composing || modifierKeys.has(event.key)) return false;
  const placed = placedByPerson.get(view) ?? false;
  // This key moves the page's caret itself (End, an arrow) or acts where the editor has it.
  placedByPerson.set(view, true);
  if (!placed) return false;
  const page = pageSelection(view);
  if (!page) return false;
  const { anchor, head } = view.state.selection;
  if (page.anchor === anchor && page.head === head) return false;
  // Only a caret or selection in text: one between two blocks is where the browser parked it.
  const { doc } = view.state;
  if (!doc.resolve(page.anchor).parent.inlineContent || !doc.resolve(page.head).parent.inlineContent) return false;
  // ProseMirror reads the page's selection on this event, as on the pending one, and ignores what
  // it should ignore (a selection it drew itself).
  view.dom.ownerDocument.dispatchEvent(new Event('selectionchange'));
  return false;
}

/** Reads the page's selection into the editor before a key acts (see `readSelectionBeforeKey`). */
export const SelectionBeforeKeys = Extension.create({
  name: 'selectionBeforeKeys',
  // Before every other key handler, so each of them sees the selection the person sees.
  priority: 1000,

  addProseMirrorPlugins() {
    return [
      new Plugin({
        key: selectionBeforeKeysKey,
        props: {
          handleDOMEvents: {
            focus: (view) => {
              placedByPerson.set(view, false);
              return false;
            },
            // A click puts the caret: the button comes up after the focus a click gives.
            mouseup: (view) => {
              placedByPerson.set(view, true);
              return false;
            },
            keydown: readSelectionBeforeKey,
          },
        },
      }),
    ];
  },
});
