import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Editor } from '@tiptap/core';
import { undo } from '@tiptap/pm/history';
import { afterEach, describe, expect, it } from 'vitest';
import { typeKeyPress } from '../../../../renderer/editor/typedCharacters';
import { endOf, mountEditor, type MountedEditor } from './support/mountEditor';

let mounted: MountedEditor | undefined;
afterEach(() => mounted?.unmount());

function paragraphText(editor: Editor, nth: number): string {
  return editor.state.doc.resolve(endOf(editor, 'paragraph', nth)).parent.textContent;
}

/** A key press as a browser sends it to the minutes; returns whether the browser's own typing was prevented. */
function keyPress(editor: Editor, key: string, init: KeyboardEventInit = {}): boolean {
  const event = new KeyboardEvent('keypress', { key, charCode: key.length === 1 ? key.charCodeAt(0) : 0, bubbles: true, cancelable: true, ...init });
  editor.view.dom.dispatchEvent(event);
  return event.defaultPrevented;
}

async function mountAtEndOfFirstParagraph(): Promise<{ editor: Editor; before: string; at: number }> {
  mounted = await mountEditor();
  const { editor } = mounted;
  const at = endOf(editor, 'paragraph', 0);
  editor.commands.setTextSelection(at);
  editor.view.focus();
  return { editor, before: paragraphText(editor, 0), at };
}

describe('key presses typed by the editor', () => {
  it('types each key at the caret, å ä ö and AltGr characters included, instead of the browser', async () => {
    const { editor, before, at } = await mountAtEndOfFirstParagraph();
    for (const key of [' ', 'H', 'å', 'ä', 'ö', '@', '€', 'é']) expect(keyPress(editor, key, key === '@' || key === '€' ? { ctrlKey: true, altKey: true } : {})).toBe(true);
    expect(paragraphText(editor, 0)).toBe(`${before} Håäö@€é`);
    expect(editor.state.selection.from).toBe(at + 8);
  });

  it('types with user-event as with a keyboard, and one undo takes the typing back', async () => {
    const { editor, before } = await mountAtEndOfFirstParagraph();
    await userEvent.setup().keyboard(' Mötet förklarades öppnat.');
    expect(paragraphText(editor, 0)).toBe(`${before} Mötet förklarades öppnat.`);
    undo(editor.state, editor.view.dispatch);
    expect(paragraphText(editor, 0)).toBe(before);
  });

  it('replaces a selection within the paragraph', async () => {
    const { editor, before, at } = await mountAtEndOfFirstParagraph();
    editor.commands.setTextSelection({ from: at - 'öppnat.'.length, to: at });
    expect(keyPress(editor, 'X')).toBe(true);
    expect(paragraphText(editor, 0)).toBe(`${before.slice(0, -'öppnat.'.length)}X`);
  });

  it('a "/" typed by key opens the command menu, as typed by the browser', async () => {
    const { editor } = await mountAtEndOfFirstParagraph();
    await userEvent.setup().keyboard(' /besl');
    expect(await screen.findByRole('listbox', { name: 'Kommandon' })).toBeTruthy();
  });

  it('keeps bold on after Ctrl+B, and the input rules: "- " at the start of a paragraph makes a list', async () => {
    const { editor, at } = await mountAtEndOfFirstParagraph();
    editor.commands.toggleBold();
    for (const key of 'fet') keyPress(editor, key);
    const typed = editor.state.doc.resolve(at + 3).nodeBefore!;
    expect(typed.text).toBe('fet');
    expect(typed.marks.map((mark) => mark.type.name)).toEqual(['bold']);

    editor.commands.toggleBold();
    editor.commands.splitBlock();
    for (const key of '- Punkt') keyPress(editor, key);
    const { $from } = editor.state.selection;
    expect($from.parent.textContent).toBe('Punkt');
    expect($from.node(-2).type.name).toBe('bulletList');
  });

  it('leaves Enter, shortcuts and a composing input method to their own handling', async () => {
    const { editor, before } = await mountAtEndOfFirstParagraph();
    const event = (key: string, init: KeyboardEventInit = {}) =>
      new KeyboardEvent('keypress', { key, charCode: key.length === 1 ? key.charCodeAt(0) : 13, bubbles: true, cancelable: true, ...init });
    expect(typeKeyPress(editor.view, event('Enter'))).toBe(false);
    expect(typeKeyPress(editor.view, event('s', { ctrlKey: true }))).toBe(false);
    expect(typeKeyPress(editor.view, event('s', { metaKey: true }))).toBe(false);
    expect(typeKeyPress(editor.view, event('a', { isComposing: true }))).toBe(false);
    // A key whose name is not its character (an unpaired surrogate of an emoji, a dead key's name).
    expect(typeKeyPress(editor.view, event('Dead', { charCode: 180 }))).toBe(false);
    expect(paragraphText(editor, 0)).toBe(before);
  });

  it('leaves the key to the browser when the page caret is not where the editor has it', async () => {
    const { editor, before } = await mountAtEndOfFirstParagraph();
    // The page's caret has moved (an arrow key, a click) and the editor has not read it yet.
    const text = editor.view.dom.querySelector('p')!.firstChild!;
    document.getSelection()!.collapse(text, 3);
    expect(keyPress(editor, 'x')).toBe(false);
    expect(paragraphText(editor, 0)).toBe(before);
  });

  it('leaves a key pressed in a field of the minutes (a date, a name) to that field', async () => {
    const { editor, before } = await mountAtEndOfFirstParagraph();
    const field = editor.view.dom.querySelector('input');
    expect(field).not.toBeNull();
    const event = new KeyboardEvent('keypress', { key: 'x', charCode: 120, bubbles: true, cancelable: true });
    field!.dispatchEvent(event);
    expect(event.defaultPrevented).toBe(false);
    expect(paragraphText(editor, 0)).toBe(before);
  });

  it('does not type into minutes that are read-only', async () => {
    const { editor, before } = await mountAtEndOfFirstParagraph();
    editor.setEditable(false);
    expect(keyPress(editor, 'x')).toBe(false);
    expect(paragraphText(editor, 0)).toBe(before);
  });
});
