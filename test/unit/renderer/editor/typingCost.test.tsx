import type { Editor } from '@tiptap/core';
import { Fragment, Node as PmNode } from '@tiptap/pm/model';
import { DecorationSet } from '@tiptap/pm/view';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { readOutline } from '../../../../renderer/editor/outline/meetingOutline';
import { validateDocument } from '../../../../shared/document/validateDocument';
import { createTestServices } from '../../../helpers/createTestServices';
import { repeatAgenda } from './support/fullMeeting';
import { endOf, mountEditor, posOf, sampleDocument, type MountedEditor } from './support/mountEditor';

let mounted: MountedEditor | undefined;
afterEach(() => {
  mounted?.unmount();
  vi.restoreAllMocks();
});

/** Counts the walks over the whole document (or its top-level list) that a change makes. */
function countDocumentWalks(editor: Editor, change: () => void): { walks: number; decorationSets: number } {
  let walks = 0;
  let inside = 0;
  const isWholeDocument = (target: unknown) => target instanceof PmNode && target.type.name === 'doc';
  const isTopLevel = (target: unknown) => target instanceof Fragment && target === editor.state.doc.content;
  for (const name of ['descendants', 'nodesBetween', 'forEach'] as const) {
    const original = PmNode.prototype[name] as (...args: unknown[]) => unknown;
    vi.spyOn(PmNode.prototype, name).mockImplementation(function (this: PmNode, ...args: unknown[]) {
      const whole = name !== 'nodesBetween' || Number(args[1]) - Number(args[0]) > this.content.size / 2;
      if (inside === 0 && isWholeDocument(this) && whole) walks += 1;
      inside += 1;
      try {
        return original.apply(this, args);
      } finally {
        inside -= 1;
      }
    });
  }
  const fragmentWalk = Fragment.prototype.descendants as (...args: unknown[]) => unknown;
  vi.spyOn(Fragment.prototype, 'descendants').mockImplementation(function (this: Fragment, ...args: unknown[]) {
    if (isTopLevel(this)) walks += 1;
    return fragmentWalk.apply(this, args);
  });
  const create = vi.spyOn(DecorationSet, 'create');
  change();
  const decorationSets = create.mock.calls.length;
  vi.restoreAllMocks();
  return { walks, decorationSets };
}

describe('typing in a 200-§ meeting with every kind of entry', () => {
  it('a keystroke in a §, in an entry or in a title walks no plugin over the document', async () => {
    const services = createTestServices();
    const document = repeatAgenda(await sampleDocument(services), 200);
    mounted = await mountEditor({ document, services });
    const { editor } = mounted;
    expect(readOutline(editor).order.ids).toHaveLength(200);
    // The first change checks the ids of the whole document once, as loaded.
    editor.commands.setTextSelection(endOf(editor, 'paragraph', 0));
    editor.commands.insertContent('x');
    const outlineBefore = readOutline(editor);
    for (const [type, nth] of [['paragraph', 150], ['assignment', 15], ['attClause', 95], ['agendaTitle', 199], ['reservation', 12]] as const) {
      editor.commands.setTextSelection(endOf(editor, type, nth));
      const cost = countDocumentWalks(editor, () => editor.commands.insertContent('x'));
      expect({ type, ...cost }).toEqual({ type, walks: 0, decorationSets: 0 });
    }
    expect(readOutline(editor).order).toBe(outlineBefore.order);
    expect(validateDocument(editor.getJSON()).ok).toBe(true);
    services.dispose();
  });

  it('changing a vote in its node view does not walk the document either; inserting a copied entry does, once, for fresh ids', async () => {
    const services = createTestServices();
    mounted = await mountEditor({ document: repeatAgenda(await sampleDocument(services), 200), services });
    const { editor } = mounted;
    editor.commands.setTextSelection(endOf(editor, 'paragraph', 0));
    editor.commands.insertContent('x');
    const vote = posOf(editor, 'vote', 10);
    expect(countDocumentWalks(editor, () => editor.view.dispatch(editor.state.tr.setNodeAttribute(vote, 'result', 'Bifall.'))).walks).toBe(0);
    const decision = editor.state.doc.nodeAt(posOf(editor, 'decision', 5))!;
    const at = endOf(editor, 'paragraph', 0) + 1;
    const copy = countDocumentWalks(editor, () => editor.view.dispatch(editor.state.tr.insert(at, decision)));
    expect(copy.walks).toBe(1);
    const ids: string[] = [];
    editor.state.doc.descendants((node) => {
      if (node.type.name === 'decision') ids.push(String(node.attrs.id));
    });
    expect(new Set(ids).size).toBe(ids.length);
    services.dispose();
  });
});
