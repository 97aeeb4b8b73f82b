import type { Editor } from '@tiptap/core';
import { TextSelection } from '@tiptap/pm/state';
import type { Decoration, DecorationSet } from '@tiptap/pm/view';
import { afterEach, describe, expect, it } from 'vitest';
import { readAttachmentNumbers } from '../../../../renderer/editor/attachmentNumbers';
import { readCurrentItem } from '../../../../renderer/editor/currentItem';
import { minutesDecorationsKey } from '../../../../renderer/editor/minutesDecorations';
import { readParagraphNumbers } from '../../../../renderer/editor/paragraphNumbers';
import { readPreparationWidgets } from '../../../../renderer/editor/preparation/preparationWidgets';
import { endOf, mountEditor, type MountedEditor } from './support/mountEditor';

let mounted: MountedEditor | undefined;
afterEach(() => mounted?.unmount());

/** What a decoration draws: a node decoration's attributes (ProseMirror keeps them inside), a widget's key. */
function drawn(decoration: Decoration): unknown {
  return (decoration as unknown as { type: { attrs?: object } }).type.attrs ?? decoration.spec.key;
}

/** A set's decorations as their places and what they draw, to compare sets built in different ways. */
function describeAll(set: DecorationSet): string[] {
  return set
    .find()
    .map((decoration) => `${decoration.from}-${decoration.to} ${JSON.stringify(drawn(decoration))}`)
    .sort();
}

/** The one set the minutes are drawn with holds exactly what the four plugins hold. */
function expectMergedMatchesSources(editor: Editor): void {
  const { state } = editor;
  const merged = minutesDecorationsKey.getState(state)!.merged;
  const sources = [readParagraphNumbers, readAttachmentNumbers, readCurrentItem, readPreparationWidgets].flatMap((read) => describeAll(read(state)));
  expect(describeAll(merged)).toEqual(sources.sort());
}

function itemStarts(editor: Editor): number[] {
  const starts: number[] = [];
  editor.state.doc.forEach((node, offset) => {
    if (node.type.name === 'agendaItem') starts.push(offset);
  });
  return starts;
}

describe('the minutes drawn with one decoration set', () => {
  it('maps along with typing and is built anew when § move, split, go or the cursor changes §, always matching the plugins', async () => {
    mounted = await mountEditor();
    const { editor } = mounted;
    expect(readParagraphNumbers(editor.state).find().length).toBeGreaterThan(3);
    expect(readAttachmentNumbers(editor.state).find().length).toBeGreaterThan(0);
    expectMergedMatchesSources(editor);

    // Typing in a § maps the one set: the same object is not rebuilt, it is carried.
    editor.commands.setTextSelection(endOf(editor, 'paragraph', 1));
    expectMergedMatchesSources(editor);
    const before = minutesDecorationsKey.getState(editor.state)!.merged;
    for (const char of 'Kassören rapporterade') editor.view.dispatch(editor.state.tr.insertText(char));
    const typed = minutesDecorationsKey.getState(editor.state)!.merged;
    expect(typed).not.toBe(before);
    expectMergedMatchesSources(editor);

    // Enter in a paragraph, a § moved down and up, the cursor into another §, a § deleted.
    editor.view.dispatch(editor.state.tr.split(editor.state.selection.from));
    expectMergedMatchesSources(editor);
    editor.commands.moveAgendaItem('down');
    expectMergedMatchesSources(editor);
    editor.commands.moveAgendaItem('up');
    expectMergedMatchesSources(editor);
    const starts = itemStarts(editor);
    editor.view.dispatch(editor.state.tr.setSelection(TextSelection.near(editor.state.doc.resolve(starts[3]! + 2))));
    expectMergedMatchesSources(editor);
    const second = editor.state.doc.child(editor.state.doc.resolve(starts[2]!).index());
    editor.view.dispatch(editor.state.tr.delete(starts[2]!, starts[2]! + second.nodeSize));
    expectMergedMatchesSources(editor);

    // And what is drawn follows: § numbers 1, 2, 3 … without a gap after the deletion.
    const numbers = [...editor.view.dom.querySelectorAll('h2.agenda-title')].map((title) => title.getAttribute('data-number'));
    expect(numbers).toEqual(numbers.map((_, index) => String(index + 1)));
  });
});
