import type { Editor } from '@tiptap/core';
import { afterEach, describe, expect, it } from 'vitest';
import { documentParts, sameTopLevelNodes } from '../../../../renderer/editor/documentParts';
import { createTestEditor, placeCursorIn } from '../../../helpers/createTestEditor';

let editor: Editor;
afterEach(() => editor?.destroy());

describe('saving by parts', () => {
  it('sends only the § that was typed in, and keeps the rest by key', () => {
    editor = createTestEditor();
    const base = editor.state.doc;
    placeCursorIn(editor, 1, 'paragraph');
    editor.commands.insertContent('Till justerare valdes Åsa Öberg.');
    const parts = documentParts(editor.state.doc, base);
    const sent = parts.filter((part) => 'json' in part);
    expect(sent).toHaveLength(1);
    expect(JSON.parse((sent[0] as { json: string }).json)).toEqual(editor.getJSON().content![3]);
    expect(parts.filter((part) => 'keep' in part).map((part) => (part as { keep: string }).keep)).toEqual([
      'meetingHeader',
      'attendance',
      `agendaItem:${String(base.child(2).attrs.id)}`,
      `agendaItem:${String(base.child(4).attrs.id)}`,
    ]);
  });

  it('knows a transaction that changed nothing from one that did', () => {
    editor = createTestEditor();
    const base = editor.state.doc;
    editor.view.dispatch(editor.state.tr.setMeta('noop', true));
    expect(sameTopLevelNodes(editor.state.doc, base)).toBe(true);
    placeCursorIn(editor, 0, 'paragraph');
    editor.commands.insertContent('x');
    expect(sameTopLevelNodes(editor.state.doc, base)).toBe(false);
  });
});
