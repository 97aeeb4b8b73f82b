import type { Editor } from '@tiptap/core';
import { afterEach, describe, expect, it } from 'vitest';
import { mountEditor, type MountedEditor } from './support/mountEditor';

let mounted: MountedEditor | undefined;
afterEach(() => mounted?.unmount());

/** The texts of the §s' paragraphs, in order. */
function paragraphs(editor: Editor): string[] {
  return Array.from(editor.view.dom.querySelectorAll('section.agenda-item > p'), (p) => p.textContent ?? '');
}

function press(editor: Editor, key: string, keyCode: number): void {
  editor.view.dom.dispatchEvent(new KeyboardEvent('keydown', { key, keyCode, bubbles: true, cancelable: true }));
}

/**
 * The example minutes with the last word of their first paragraph of text (A) selected in the
 * editor, and the page's caret then put 4 characters into the next paragraph of text (B), as a
 * click or the browser's own keys put it, with no selectionchange after it.
 */
async function mountWithPageCaretElsewhere(): Promise<{ editor: Editor; a: string; b: string }> {
  mounted = await mountEditor();
  const { editor } = mounted;
  editor.view.focus();
  const [a, b] = paragraphs(editor).filter((text) => text.length > 10) as [string, string];
  let end = 0;
  editor.state.doc.descendants((node, pos) => {
    if (!end && node.type.name === 'paragraph' && node.textContent === a) end = pos + 1 + node.content.size;
    return !end;
  });
  editor.commands.setTextSelection({ from: end - a.split(' ').at(-1)!.length, to: end });
  const paragraphB = Array.from(editor.view.dom.querySelectorAll('section.agenda-item > p')).find((p) => p.textContent === b)!;
  document.getSelection()!.collapse(document.createTreeWalker(paragraphB, NodeFilter.SHOW_TEXT).nextNode()!, 4);
  return { editor, a, b };
}

/** Enter acted on the editor's selection: the last word of A went, B is whole. */
function expectEnterOnEditorSelection(editor: Editor, a: string, b: string): void {
  const after = paragraphs(editor);
  expect(after).toContain(a.slice(0, a.lastIndexOf(' ') + 1));
  expect(after).toContain(b);
}

describe('the selection a key acts on', () => {
  it("is where a click put the page's caret, when the page has not yet said so: Enter splits there and leaves the earlier selection alone", async () => {
    const { editor, a, b } = await mountWithPageCaretElsewhere();
    editor.view.dom.dispatchEvent(new MouseEvent('mouseup', { bubbles: true }));
    press(editor, 'Enter', 13);
    const after = paragraphs(editor);
    expect(after).toContain(a);
    expect(after.slice(after.indexOf(b.slice(0, 4)), after.indexOf(b.slice(0, 4)) + 2)).toEqual([b.slice(0, 4), b.slice(4)]);
  });

  it("is the editor's own right after the focus comes back, while the page's caret is wherever the browser parked it", async () => {
    const { editor, a, b } = await mountWithPageCaretElsewhere();
    editor.view.dom.dispatchEvent(new FocusEvent('focus'));
    press(editor, 'Enter', 13);
    expectEnterOnEditorSelection(editor, a, b);
  });

  it("is the editor's own when the page's caret is between two blocks, not in text", async () => {
    const { editor, a, b } = await mountWithPageCaretElsewhere();
    editor.view.dom.dispatchEvent(new MouseEvent('mouseup', { bubbles: true }));
    document.getSelection()!.collapse(editor.view.dom.querySelectorAll('section.agenda-item')[1]!, 0);
    press(editor, 'Enter', 13);
    expectEnterOnEditorSelection(editor, a, b);
  });
});
