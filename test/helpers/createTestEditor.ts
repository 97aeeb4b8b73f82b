import { Editor } from '@tiptap/core';
import { buildMinutes } from '../../shared/document/buildMinutes';
import { createDocumentExtensions } from '../../shared/document/extensions';
import type { MinutesDocument } from '../../shared/document/types';
import { MinutesCommands } from '../../renderer/editor/commands/minutesCommands';
import { MinutesDecorations } from '../../renderer/editor/minutesDecorations';
import { ParagraphNumbers, readParagraphNumbers } from '../../renderer/editor/paragraphNumbers';

/** A minutes document with a header and agenda items of the given titles. */
export function sampleMinutes(titles: string[]): MinutesDocument {
  return buildMinutes(
    { title: 'Styrelsemöte', kind: 'protokoll', date: '2026-03-12', startTime: '18:00', endTime: '', place: 'Föreningslokalen' },
    titles.map((title) => ({ title })),
  );
}

/** A real editor with the shared schema, numbering and commands, mounted in the test DOM. */
export function createTestEditor(options: { content?: MinutesDocument; first?: number } = {}): Editor {
  const element = document.createElement('div');
  document.body.append(element);
  return new Editor({
    element,
    extensions: [
      ...createDocumentExtensions(),
      ParagraphNumbers.configure({ first: options.first ?? 1 }),
      MinutesDecorations.configure({ readers: [readParagraphNumbers] }),
      MinutesCommands.configure({ decisionLead: 'Styrelsen beslutar' }),
    ],
    content: options.content ?? sampleMinutes(['Mötets öppnande', 'Val av justerare', 'Mötets avslutande']),
  });
}

/** Puts the cursor at the end of the text of the first node of a type inside the n-th agenda item. */
export function placeCursorIn(editor: Editor, itemIndex: number, nodeType: string): void {
  let index = -1;
  let target: number | null = null;
  editor.state.doc.forEach((child, offset) => {
    if (child.type.name !== 'agendaItem') return;
    index += 1;
    if (index !== itemIndex || target !== null) return;
    child.descendants((node, pos) => {
      if (target === null && node.type.name === nodeType) target = offset + 1 + pos + 1 + node.content.size;
      return target === null;
    });
  });
  if (target === null) throw new Error(`no ${nodeType} in item ${itemIndex}`);
  editor.commands.setTextSelection(target);
}

/** Presses a key in the editor as a person would: a real keydown on the editable element. */
export function pressKey(editor: Editor, key: string, modifiers: { ctrl?: boolean; shift?: boolean } = {}): void {
  const code = key.length === 1 ? `Key${key.toUpperCase()}` : key;
  const keyCode = key.length === 1 ? key.toUpperCase().charCodeAt(0) : key === 'Enter' ? 13 : 0;
  editor.view.dom.dispatchEvent(
    new KeyboardEvent('keydown', { key, code, keyCode, ctrlKey: !!modifiers.ctrl, shiftKey: !!modifiers.shift, bubbles: true, cancelable: true }),
  );
}
