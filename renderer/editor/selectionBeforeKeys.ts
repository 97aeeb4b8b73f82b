import { Extension } from '@tiptap/core';
import { Plugin, PluginKey } from '@tiptap/pm/state';
import type { EditorView } from '@tiptap/pm/view';
import { pageSelectionMatches } from './typedCharacters';

/** The plugin key of the selection read before a key acts. */
export const selectionBeforeKeysKey = new PluginKey('selectionBeforeKeys');

/** Keys that only modify another key: they act on nothing, so nothing is read for them. */
const modifierKeys = new Set(['Shift', 'Control', 'Alt', 'AltGraph', 'Meta', 'CapsLock']);

/**
 * Brings the editor's selection up to where the page's caret is before a key acts on it.
 *
 * The editor learns of a click (or of the browser moving the caret) from the page's
 * `selectionchange` event, which Chromium queues behind key presses on a busy machine, and which
 * ProseMirror can miss when the mouse button comes up very fast (ProseMirror issue #1513). A key
 * pressed in that moment acted on the editor's previous selection: Enter or Ctrl+V after a click
 * replaced the text selected before the click. When the page's caret is in the minutes and not
 * where the editor has it, the key first lets the editor read the page's selection, exactly as the
 * pending `selectionchange` would have.
 */
export function readSelectionBeforeKey(view: EditorView, event: KeyboardEvent): boolean {
  if (event.isComposing || view.composing || modifierKeys.has(event.key)) return false;
  const document = view.dom.ownerDocument;
  const anchor = document.getSelection()?.anchorNode;
  if (!anchor || !view.dom.contains(anchor) || pageSelectionMatches(view)) return false;
  // ProseMirror reads the page's selection on this event and ignores what it should ignore
  // (a field inside a node view, a selection it drew itself).
  document.dispatchEvent(new Event('selectionchange'));
  return false;
}

/** Reads the page's selection into the editor before a key acts (see `readSelectionBeforeKey`). */
export const SelectionBeforeKeys = Extension.create({
  name: 'selectionBeforeKeys',
  // Before every other key handler, so each of them sees the selection the person sees.
  priority: 1000,

  addProseMirrorPlugins() {
    return [new Plugin({ key: selectionBeforeKeysKey, props: { handleDOMEvents: { keydown: readSelectionBeforeKey } } })];
  },
});
