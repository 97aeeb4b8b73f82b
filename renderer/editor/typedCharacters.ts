import { Extension } from '@tiptap/core';
import { Plugin, PluginKey, TextSelection } from '@tiptap/pm/state';
import type { EditorView } from '@tiptap/pm/view';

/** The plugin key of the typed-character fast path. */
export const typedCharactersKey = new PluginKey('typedCharacters');

/** The page's selection as positions in the minutes, or null when it is not in them or not mappable. */
export function pageSelection(view: EditorView): { anchor: number; head: number } | null {
  const selection = view.dom.ownerDocument.getSelection();
  if (!selection?.anchorNode || !selection.focusNode) return null;
  if (!view.dom.contains(selection.anchorNode) || !view.dom.contains(selection.focusNode)) return null;
  try {
    return { anchor: view.posAtDOM(selection.anchorNode, selection.anchorOffset), head: view.posAtDOM(selection.focusNode, selection.focusOffset) };
  } catch {
    // A DOM position ProseMirror does not map (inside a field of a node view).
    return null;
  }
}

/** Whether the page's caret (or selection) in the minutes is where the editor's selection says. */
function pageSelectionMatches(view: EditorView): boolean {
  const page = pageSelection(view);
  return !!page && page.anchor === view.state.selection.anchor && page.head === view.state.selection.head;
}

/**
 * Types the character of a key press into the minutes as one editor transaction, instead of
 * letting the browser edit the page and the editor read the change back. Returns whether it did;
 * when it returns false the browser types the key as before.
 *
 * Only a plain key press with the caret (or a selection) inside one paragraph or heading is
 * taken: the key's own character (a letter, å ä ö, a digit, AltGr's @ and €, a dead key's é),
 * typed at the editor's selection with the marks the browser would give it. Input methods
 * (composition), the spell checker's replacements, autocorrect, paste and drop do not send key
 * presses and keep the browser's way, as do key presses inside a field of a node view and any
 * moment where the page's caret is not where the editor has it.
 *
 * Why: in a long meeting the browser's own typing command in the one large editable element
 * costs about 2–3 ms a key before the editor has even seen the change, and the editor then reads
 * the changed DOM back; one transaction does both for about 1 ms a key less (`npm run bench`).
 * ProseMirror takes key presses the same way for a selected node.
 */
export function typeKeyPress(view: EditorView, event: KeyboardEvent): boolean {
  if (event.target !== view.dom || event.defaultPrevented || event.isComposing || view.composing) return false;
  if (event.metaKey || (event.ctrlKey && !event.altKey)) return false;
  const text = event.key;
  // A single UTF-16 character that is the key's character code; Enter, Tab and the rest have names.
  if (text.length !== 1 || text.charCodeAt(0) !== event.charCode || event.charCode < 32 || event.charCode === 127) return false;
  const { selection } = view.state;
  if (!(selection instanceof TextSelection) || !selection.$from.sameParent(selection.$to)) return false;
  if (!selection.$from.parent.inlineContent || selection.$from.parent.type.spec.code) return false;
  if (!pageSelectionMatches(view)) return false;
  const { from, to } = selection;
  const typed = () => view.state.tr.insertText(text, from, to).scrollIntoView();
  if (!view.someProp('handleTextInput', (handle) => handle(view, from, to, text, typed))) view.dispatch(typed());
  return true;
}

/** Key presses typed by the editor itself (see `typeKeyPress`). */
export const TypedCharacters = Extension.create({
  name: 'typedCharacters',

  addProseMirrorPlugins() {
    return [new Plugin({ key: typedCharactersKey, props: { handleKeyPress: typeKeyPress } })];
  },
});
