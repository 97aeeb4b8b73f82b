import { createDocument, type Editor } from '@tiptap/core';
import type { Node as PmNode } from '@tiptap/pm/model';
import { afterEach, describe, expect, it } from 'vitest';
import { mergeMinutes } from '../../../../renderer/features/save/mergeMinutes';
import { replaceMinutes } from '../../../../renderer/features/save/replaceMinutes';
import { createTestEditor, placeCursorIn, sampleMinutes } from '../../../helpers/createTestEditor';

const editors: Editor[] = [];
afterEach(() => editors.splice(0).forEach((editor) => editor.destroy()));

/** Two windows on the same stored minutes: each its own editor, from the same JSON. */
function twoWindows(titles = ['Mötets öppnande', 'Val av justerare', 'Ekonomi', 'Mötets avslutande']) {
  const content = sampleMinutes(titles);
  const here = createTestEditor({ content });
  const there = createTestEditor({ content });
  editors.push(here, there);
  return { here, there, base: here.state.doc };
}

function typeIn(editor: Editor, item: number, text: string): void {
  placeCursorIn(editor, item, 'paragraph');
  editor.commands.insertContent(text);
}

/** The text of each § of a document, in order. */
function itemTexts(doc: PmNode): string[] {
  const texts: string[] = [];
  doc.forEach((child) => child.type.name === 'agendaItem' && texts.push(child.textContent));
  return texts;
}

/** The minutes another window stored, read back into this window's schema as `catchUp` reads them. */
function stored(there: Editor, here: Editor): PmNode {
  return createDocument(there.getJSON(), here.schema);
}

describe('bringing two windows’ minutes together', () => {
  it('takes each window’s § when they typed in different §, with no question', () => {
    const { here, there, base } = twoWindows();
    typeIn(here, 1, 'Till justerare valdes Åsa Öberg.');
    typeIn(there, 2, 'Kassören redovisade resultatet.');
    const merged = mergeMinutes(base, here.state.doc, stored(there, here))!;
    expect(merged.conflicts).toEqual([]);
    expect(itemTexts(merged.doc)).toEqual(['Mötets öppnande', 'Val av justerareTill justerare valdes Åsa Öberg.', 'EkonomiKassören redovisade resultatet.', 'Mötets avslutande']);
    // This window's own § stays the very node it is, so the editor keeps it and the caret in it.
    expect(merged.doc.child(3)).toBe(here.state.doc.child(3));
    // The baseline is what the store holds, sharing this window's unchanged nodes for the next save by parts.
    expect(merged.baseline.eq(stored(there, here))).toBe(true);
    expect(merged.baseline.child(2)).toBe(here.state.doc.child(2));
  });

  it('names a § both typed in, and keeps the side chosen there and everything else from both', () => {
    const { here, there, base } = twoWindows();
    typeIn(here, 1, 'Härifrån.');
    typeIn(here, 3, 'Avslutat härifrån.');
    typeIn(there, 1, 'Därifrån.');
    typeIn(there, 2, 'Ekonomi därifrån.');
    const ours = mergeMinutes(base, here.state.doc, stored(there, here))!;
    const key = `agendaItem:${String(base.child(3).attrs.id)}`;
    expect(ours.conflicts).toEqual([key]);
    expect(itemTexts(ours.doc)).toEqual(['Mötets öppnande', 'Val av justerareHärifrån.', 'EkonomiEkonomi därifrån.', 'Mötets avslutandeAvslutat härifrån.']);
    const theirs = mergeMinutes(base, here.state.doc, stored(there, here), 'theirs')!;
    expect(theirs.conflicts).toEqual([key]);
    expect(itemTexts(theirs.doc)).toEqual(['Mötets öppnande', 'Val av justerareDärifrån.', 'EkonomiEkonomi därifrån.', 'Mötets avslutandeAvslutat härifrån.']);
  });

  it('keeps a § added in the other window in its place, and one removed there unless it was typed in here', () => {
    const { here, there, base } = twoWindows();
    // There: a new § after "Val av justerare", and "Ekonomi" removed.
    placeCursorIn(there, 1, 'paragraph');
    there.commands.insertContentAt(there.state.doc.child(0).nodeSize + there.state.doc.child(1).nodeSize + there.state.doc.child(2).nodeSize + there.state.doc.child(3).nodeSize, {
      type: 'agendaItem',
      attrs: { id: 'added-there' },
      content: [{ type: 'agendaTitle', content: [{ type: 'text', text: 'Nytt ärende' }] }, { type: 'paragraph' }],
    });
    let ekonomi = 0;
    there.state.doc.forEach((child, offset) => child.firstChild?.textContent === 'Ekonomi' && (ekonomi = offset));
    there.view.dispatch(there.state.tr.delete(ekonomi, ekonomi + there.state.doc.nodeAt(ekonomi)!.nodeSize));
    typeIn(here, 0, 'Öppnat.');
    const clean = mergeMinutes(base, here.state.doc, stored(there, here))!;
    expect(clean.conflicts).toEqual([]);
    expect(itemTexts(clean.doc)).toEqual(['Mötets öppnandeÖppnat.', 'Val av justerare', 'Nytt ärende', 'Mötets avslutande']);

    // Had "Ekonomi" been typed in here, removing it there is a question, and by default it stays.
    typeIn(here, 2, 'Budgeten godkändes.');
    const asked = mergeMinutes(base, here.state.doc, stored(there, here))!;
    expect(asked.conflicts).toEqual([`agendaItem:${String(base.child(4).attrs.id)}`]);
    expect(itemTexts(asked.doc)).toEqual(['Mötets öppnandeÖppnat.', 'Val av justerare', 'Nytt ärende', 'EkonomiBudgeten godkändes.', 'Mötets avslutande']);
  });

  it('keeps this window’s move of a § with the other window’s text in it, and asks when both moved', () => {
    const { here, there, base } = twoWindows();
    const move = (editor: Editor, from: number, to: number) => {
      const children: PmNode[] = [];
      editor.state.doc.forEach((child) => children.push(child));
      const [moved] = children.splice(from, 1);
      children.splice(to, 0, moved!);
      editor.view.dispatch(editor.state.tr.replaceWith(0, editor.state.doc.content.size, children));
    };
    move(here, 4, 3); // "Ekonomi" before "Val av justerare"
    typeIn(there, 2, 'Text därifrån.');
    const merged = mergeMinutes(base, here.state.doc, stored(there, here))!;
    expect(merged.conflicts).toEqual([]);
    expect(itemTexts(merged.doc)).toEqual(['Mötets öppnande', 'EkonomiText därifrån.', 'Val av justerare', 'Mötets avslutande']);

    move(there, 5, 2); // there: "Mötets avslutande" first
    const both = mergeMinutes(base, here.state.doc, stored(there, here))!;
    expect(both.conflicts).toEqual(['order']);
    expect(itemTexts(both.doc)[1]).toBe('EkonomiText därifrån.');
  });

  it('puts the other window’s version into the editor without moving the caret or losing a § number', () => {
    const { here, there, base } = twoWindows();
    typeIn(there, 0, 'Ordföranden öppnade mötet.');
    typeIn(here, 2, 'Resultatet');
    const caret = here.state.selection.head - here.state.doc.child(0).nodeSize - here.state.doc.child(1).nodeSize - here.state.doc.child(2).nodeSize - here.state.doc.child(3).nodeSize;
    const merged = mergeMinutes(base, here.state.doc, stored(there, here))!;
    replaceMinutes(here, merged.doc);
    expect(itemTexts(here.state.doc)[0]).toBe('Mötets öppnandeOrdföranden öppnade mötet.');
    // The caret is where it was in "Ekonomi", after the § before it grew.
    let start = 0;
    for (let index = 0; index < 4; index += 1) start += here.state.doc.child(index).nodeSize;
    expect(here.state.selection.head - start).toBe(caret);
    here.commands.insertContent(' är gott.');
    expect(itemTexts(here.state.doc)[2]).toBe('EkonomiResultatet är gott.');
    // Every § still shows its number, the replaced one too.
    expect([...here.view.dom.querySelectorAll('h2.agenda-title')].map((title) => title.getAttribute('data-number'))).toEqual(['1', '2', '3', '4']);
    // Taking the other version in is not a step of one's own to undo.
    here.commands.undo();
    expect(itemTexts(here.state.doc)[0]).toBe('Mötets öppnandeOrdföranden öppnade mötet.');
  });
});
