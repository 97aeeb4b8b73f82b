import type { Editor } from '@tiptap/core';
import { NodeSelection } from '@tiptap/pm/state';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { endOf, mountEditor, type MountedEditor } from './support/mountEditor';

let mounted: MountedEditor | undefined;
afterEach(() => {
  mounted?.unmount();
  vi.restoreAllMocks();
});

/** jsdom lays nothing out: the caret's box, the toolbar's and the window's height are set here. */
function layOut(editor: Editor, caretTop: number, toolbarBottom = 40, windowHeight = 600) {
  vi.spyOn(editor.view, 'coordsAtPos').mockReturnValue({ top: caretTop, bottom: caretTop + 18, left: 200, right: 201 });
  const toolbar = editor.view.dom.closest('.editor')!.querySelector(':scope > .toolbar')!;
  vi.spyOn(toolbar, 'getBoundingClientRect').mockReturnValue(new DOMRect(0, toolbarBottom - 40, 800, 40));
  vi.spyOn(window, 'innerHeight', 'get').mockReturnValue(windowHeight);
  return vi.spyOn(window, 'scrollBy').mockImplementation(() => undefined);
}

async function typeAt(caretTop: number, toolbarBottom?: number) {
  mounted = await mountEditor();
  const { editor } = mounted;
  editor.commands.setTextSelection(endOf(editor, 'paragraph', 0));
  editor.view.focus();
  const scrollBy = layOut(editor, caretTop, toolbarBottom);
  editor.view.dispatch(editor.state.tr.insertText('x').scrollIntoView());
  // The caret was measured: the editor's selection is in the page, and this plugin was asked.
  expect(editor.view.coordsAtPos).toHaveBeenCalledWith(editor.state.selection.head, 1);
  return { editor, scrollBy };
}

describe('the caret kept in view while typing', () => {
  it('does not scroll when the caret is on screen below the toolbar', async () => {
    const { scrollBy } = await typeAt(300);
    expect(scrollBy).not.toHaveBeenCalled();
  });

  it('scrolls the window up by what the caret is below its bottom edge, and a margin', async () => {
    const { scrollBy } = await typeAt(590);
    expect(scrollBy).toHaveBeenCalledWith(0, 590 + 18 - 600 + 5);
  });

  it('scrolls a caret out from under the sticky toolbar', async () => {
    const { scrollBy } = await typeAt(30, 44);
    expect(scrollBy).toHaveBeenCalledWith(0, 30 - 44 - 5);
  });

  it('leaves a selected node to ProseMirror', async () => {
    mounted = await mountEditor();
    const { editor } = mounted;
    const scrollBy = layOut(editor, 900);
    let decision = -1;
    editor.state.doc.descendants((node, pos) => {
      if (decision < 0 && node.type.name === 'decision') decision = pos;
    });
    editor.view.dispatch(editor.state.tr.setSelection(NodeSelection.create(editor.state.doc, decision)).scrollIntoView());
    expect(scrollBy).not.toHaveBeenCalled();
  });
});
