import type { Editor } from '@tiptap/core';
import type { NodeViewConstructor } from '@tiptap/pm/view';
import { attachmentNumbersKey } from './attachmentNumbers';
import { preparationKey } from './preparation/preparationWidgets';

/**
 * Draws every node view and widget anew, for the rare change plain DOM views cannot see (the UI
 * language). New constructor functions make ProseMirror rebuild its views; the metas rebuild widgets.
 */
export function redrawViews(editor: Editor): void {
  if (editor.isDestroyed) return;
  const current = editor.view.props.nodeViews ?? {};
  const fresh: Record<string, NodeViewConstructor> = {};
  for (const [name, create] of Object.entries(current)) fresh[name] = (...args) => create(...args);
  editor.view.setProps({ nodeViews: fresh });
  const tr = editor.state.tr.setMeta(preparationKey, { redraw: true }).setMeta(attachmentNumbersKey, true).setMeta('addToHistory', false);
  editor.view.dispatch(tr);
}
