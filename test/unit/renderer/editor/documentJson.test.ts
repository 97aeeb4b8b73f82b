import type { Editor } from '@tiptap/core';
import { afterEach, describe, expect, it } from 'vitest';
import { createDocumentJsonSerializer } from '../../../../renderer/editor/documentJson';
import { createTestEditor, placeCursorIn } from '../../../helpers/createTestEditor';

let editor: Editor;
afterEach(() => editor?.destroy());

describe('the JSON the editor saves', () => {
  it('is exactly the document’s JSON, before and after typing', () => {
    editor = createTestEditor();
    const serialize = createDocumentJsonSerializer();
    expect(JSON.parse(serialize(editor.state.doc))).toEqual(editor.getJSON());
    placeCursorIn(editor, 1, 'paragraph');
    editor.commands.insertContent('Till justerare valdes Åsa Öberg.');
    expect(JSON.parse(serialize(editor.state.doc))).toEqual(editor.getJSON());
  });

  it('returns the very same string when nothing changed, and a new one after a change', () => {
    editor = createTestEditor();
    const serialize = createDocumentJsonSerializer();
    const first = serialize(editor.state.doc);
    editor.view.dispatch(editor.state.tr.setMeta('noop', true));
    expect(serialize(editor.state.doc)).toBe(first);
    placeCursorIn(editor, 0, 'paragraph');
    editor.commands.insertContent('x');
    expect(serialize(editor.state.doc)).not.toBe(first);
  });
});
