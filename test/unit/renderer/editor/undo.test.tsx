import type { Editor } from '@tiptap/core';
import { closeHistory } from '@tiptap/pm/history';
import { afterEach, describe, expect, it } from 'vitest';
import { validateDocument } from '../../../../shared/document/validateDocument';
import { createTestServices } from '../../../helpers/createTestServices';
import { endOf, mountEditor, posOf, sampleDocument, type MountedEditor } from './support/mountEditor';
import { pasteInto } from './support/paste';

let mounted: MountedEditor | undefined;
afterEach(() => mounted?.unmount());

/** Each step is its own undo event, as when the secretary pauses between them. */
function step(editor: Editor, change: () => void): void {
  editor.view.dispatch(closeHistory(editor.state.tr));
  change();
}

function json(editor: Editor): string {
  return JSON.stringify(editor.getJSON());
}


describe('undo', () => {
  it('has nothing to undo and nothing to save right after the minutes are opened', async () => {
    const services = createTestServices();
    const document = await sampleDocument(services);
    let changes = 0;
    mounted = await mountEditor({ services, document, onChange: () => (changes += 1) });
    const { editor } = mounted;
    expect(editor.state.doc.eq(editor.schema.nodeFromJSON(document))).toBe(true);
    expect(editor.state.selection.from).toBe(editor.state.selection.to);
    expect(editor.can().undo()).toBe(false);
    editor.commands.undo();
    expect(editor.state.doc.eq(editor.schema.nodeFromJSON(document))).toBe(true);
    expect(changes).toBe(0);
    editor.commands.insertContentAt(endOf(editor, 'paragraph'), ' Tillägg.');
    expect(changes).toBe(1);
    services.dispose();
  });

  it('steps back through every kind of change to the exact document before, and redo brings back the same nodes and ids', async () => {
    mounted = await mountEditor();
    const { editor } = mounted;
    const states = [json(editor)];
    const changes: (() => void)[] = [
      () => editor.chain().setTextSelection(endOf(editor, 'paragraph', 0)).insertDecision().insertContent('godkänna kallelsen').run(),
      () => editor.chain().setTextSelection(endOf(editor, 'attClause', 0)).insertAssignment().insertContent('boka lokal').run(),
      () => editor.chain().setTextSelection(endOf(editor, 'assignment', 0)).insertVote().run(),
      () => editor.view.dispatch(editor.state.tr.setNodeAttribute(posOf(editor, 'vote', 0), 'method', 'votering')),
      () => editor.chain().setTextSelection(endOf(editor, 'attClause', 0)).insertStatement('reservation').insertContent('Jag reserverar mig.').run(),
      () => editor.chain().setTextSelection(endOf(editor, 'paragraph', 0)).insertDeferral('återremiss').run(),
      () => editor.chain().setTextSelection(endOf(editor, 'paragraph', 0)).insertAttachment().insertContent('Kallelse').run(),
      () => editor.chain().setTextSelection(endOf(editor, 'agendaTitle', 2)).insertAgendaItem().insertContent('Extra ärende').run(),
      () => editor.chain().setTextSelection(endOf(editor, 'agendaTitle', 3)).moveAgendaItem('up').run(),
      () => editor.chain().setTextSelection(endOf(editor, 'paragraph', 0)).run() && pasteInto(editor, '<p>Inklistrat <b>stycke</b></p><ul><li><p>punkt</p></li></ul>'),
      () => {
        const item = editor.state.doc.child(4);
        const at = editor.state.doc.content.size - editor.state.doc.lastChild!.nodeSize;
        editor.view.dispatch(editor.state.tr.insert(at, item));
      },
      () => {
        const start = posOf(editor, 'vote', 1);
        editor.view.dispatch(editor.state.tr.delete(start, start + 1));
      },
      () => {
        const last = editor.state.doc.lastChild!;
        editor.view.dispatch(editor.state.tr.delete(editor.state.doc.content.size - last.nodeSize, editor.state.doc.content.size));
      },
      () => editor.chain().setTextSelection(endOf(editor, 'paragraph', 0)).insertNextMeeting().run(),
    ];
    for (const [index, change] of changes.entries()) {
      step(editor, change);
      expect(validateDocument(editor.getJSON()).ok).toBe(true);
      expect({ index, changed: json(editor) !== states.at(-1) }).toEqual({ index, changed: true });
      states.push(json(editor));
    }
    for (let index = states.length - 2; index >= 0; index -= 1) {
      expect(editor.commands.undo()).toBe(true);
      expect(validateDocument(editor.getJSON()).ok).toBe(true);
      expect(json(editor)).toBe(states[index]);
    }
    for (let index = 1; index < states.length; index += 1) {
      expect(editor.commands.redo()).toBe(true);
      expect(json(editor)).toBe(states[index]);
    }
  });

  it('a pasted copy of a § gets new ids in the same undo step, so redo gives it the same ids again', async () => {
    mounted = await mountEditor();
    const { editor } = mounted;
    const item = editor.state.doc.child(6);
    const at = editor.state.doc.content.size - editor.state.doc.lastChild!.nodeSize;
    editor.view.dispatch(editor.state.tr.insert(at, item));
    const copy = editor.state.doc.child(editor.state.doc.childCount - 2);
    expect(copy.attrs.id).not.toBe(item.attrs.id);
    const withCopy = json(editor);
    editor.commands.undo();
    expect(json(editor)).not.toContain(String(copy.attrs.id));
    editor.commands.redo();
    expect(json(editor)).toBe(withCopy);
  });
});
