import { waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { endOf, mountEditor, type MountedEditor } from './support/mountEditor';

let mounted: MountedEditor | undefined;
afterEach(() => mounted?.unmount());

describe('focus by Tab', () => {
  it('draws the caret where the minutes had it, so the keys that follow are typed there', async () => {
    mounted = await mountEditor();
    const { editor } = mounted;
    const at = endOf(editor, 'agendaTitle', 1);
    editor.commands.setTextSelection(at);
    expect(document.activeElement).not.toBe(editor.view.dom);

    // Chromium's Tab: the editable element gets the focus and the page no caret at all. (jsdom's
    // focus() puts one at the element's start, so its focus event is sent again without it.)
    editor.view.dom.focus();
    await new Promise((resolve) => setTimeout(resolve, 30));
    document.getSelection()!.removeAllRanges();
    editor.view.dom.dispatchEvent(new FocusEvent('focus'));

    expect(document.activeElement).toBe(editor.view.dom);
    await waitFor(() => {
      const selection = document.getSelection()!;
      expect(selection.anchorNode).not.toBe(editor.view.dom);
      expect(editor.view.dom.contains(selection.anchorNode)).toBe(true);
      expect(editor.view.posAtDOM(selection.anchorNode!, selection.anchorOffset)).toBe(at);
    });
    expect(editor.state.selection.from).toBe(at);
  });
});
