import type { Editor } from '@tiptap/core';
import { afterEach, describe, expect, it } from 'vitest';
import { validateDocument } from '../../../../shared/document/validateDocument';
import type { DocNodeJson } from '../../../../shared/document/types';
import { createTestEditor, placeCursorIn, pressKey, sampleMinutes } from '../../../helpers/createTestEditor';

let editor: Editor;
afterEach(() => editor?.destroy());

function items(): DocNodeJson[] {
  return (editor.getJSON().content ?? []).filter((node) => node.type === 'agendaItem') as DocNodeJson[];
}

function titles(): string[] {
  return items().map((item) => item.content?.[0]?.content?.[0]?.text ?? '');
}

function shownNumbers(): string[] {
  return [...editor.view.dom.querySelectorAll('h2.agenda-title')].map((title) => title.getAttribute('data-number') ?? '');
}

describe('§ numbering', () => {
  it('derives each number from the position and the first number, and renumbers when an item is added', () => {
    editor = createTestEditor({ first: 94 });
    expect(shownNumbers()).toEqual(['94', '95', '96']);
    placeCursorIn(editor, 0, 'agendaTitle');
    editor.commands.insertAgendaItem();
    editor.commands.insertContent('Ekonomisk rapport');
    expect(titles()).toEqual(['Mötets öppnande', 'Ekonomisk rapport', 'Val av justerare', 'Mötets avslutande']);
    expect(shownNumbers()).toEqual(['94', '95', '96', '97']);
    expect(JSON.stringify(editor.getJSON())).not.toContain('"95"');
  });

  it('keeps the numbers while typing inside an item, and renumbers after an item is deleted', () => {
    editor = createTestEditor();
    placeCursorIn(editor, 1, 'paragraph');
    editor.commands.insertContent('Till justerare valdes Åsa Öberg.');
    expect(shownNumbers()).toEqual(['1', '2', '3']);
    const first = editor.state.doc.child(2);
    const start = editor.state.doc.child(0).nodeSize + editor.state.doc.child(1).nodeSize;
    editor.view.dispatch(editor.state.tr.delete(start, start + first.nodeSize));
    expect(shownNumbers()).toEqual(['1', '2']);
    expect(titles()).toEqual(['Val av justerare', 'Mötets avslutande']);
  });
});

describe('structure commands', () => {
  it('Enter in a § title moves to the text of the §', () => {
    editor = createTestEditor();
    placeCursorIn(editor, 0, 'agendaTitle');
    pressKey(editor, 'Enter');
    editor.commands.insertContent('Ordföranden öppnade mötet.');
    const first = items()[0]!;
    expect(first.content?.[0]?.content?.[0]?.text).toBe('Mötets öppnande');
    expect(first.content?.[1]).toMatchObject({ type: 'paragraph', content: [{ text: 'Ordföranden öppnade mötet.' }] });
  });

  it('a decision gets the lead and att-satser; Enter on an empty att-sats ends it', () => {
    editor = createTestEditor();
    placeCursorIn(editor, 0, 'paragraph');
    pressKey(editor, 'B', { ctrl: true, shift: true });
    editor.commands.insertContent('godkänna dagordningen');
    pressKey(editor, 'Enter');
    editor.commands.insertContent('välja Åsa Öberg till justerare');
    pressKey(editor, 'Enter');
    pressKey(editor, 'Enter');
    editor.commands.insertContent('Mötet fortsatte.');
    const body = items()[0]!.content!.slice(1);
    expect(body.map((node) => node.type)).toEqual(['paragraph', 'decision', 'paragraph']);
    const decision = body[1]!;
    expect(decision.attrs?.lead).toBe('Styrelsen beslutar');
    expect(decision.content?.map((clause) => clause.content?.[0]?.text)).toEqual([
      'godkänna dagordningen',
      'välja Åsa Öberg till justerare',
    ]);
    expect(body[2]?.content?.[0]?.text).toBe('Mötet fortsatte.');
    expect(validateDocument(editor.getJSON()).ok).toBe(true);
  });

  it('Enter on the only, empty att-sats turns the decision back into a paragraph', () => {
    editor = createTestEditor();
    placeCursorIn(editor, 2, 'paragraph');
    editor.commands.insertDecision();
    pressKey(editor, 'Enter');
    expect(items()[2]!.content!.map((node) => node.type)).toEqual(['agendaTitle', 'paragraph', 'paragraph']);
  });

  it('Mod-Enter adds a § after the current one with the cursor in its title', () => {
    editor = createTestEditor();
    placeCursorIn(editor, 2, 'paragraph');
    pressKey(editor, 'Enter', { ctrl: true });
    editor.commands.insertContent('Nästa möte');
    expect(titles()).toEqual(['Mötets öppnande', 'Val av justerare', 'Mötets avslutande', 'Nästa möte']);
  });

  it('gives every item and decision a unique id, also a pasted copy', () => {
    editor = createTestEditor({ content: sampleMinutes(['A', 'B']) });
    const copy = structuredClone(items()[0]!);
    editor.commands.insertContentAt(editor.state.doc.content.size, copy);
    const ids = items().map((item) => item.attrs?.id);
    expect(ids).toHaveLength(3);
    expect(new Set(ids).size).toBe(3);
    expect(ids.every((id) => typeof id === 'string' && id.length > 0)).toBe(true);
  });

  it('undo removes an inserted decision and redo brings it back whole', () => {
    editor = createTestEditor();
    placeCursorIn(editor, 0, 'paragraph');
    editor.commands.insertDecision();
    editor.commands.insertContent('godkänna dagordningen');
    editor.commands.undo();
    editor.commands.undo();
    expect(items()[0]!.content!.map((node) => node.type)).toEqual(['agendaTitle', 'paragraph']);
    editor.commands.redo();
    editor.commands.redo();
    expect(JSON.stringify(items()[0])).toContain('godkänna dagordningen');
    expect(validateDocument(editor.getJSON()).ok).toBe(true);
  });
});
