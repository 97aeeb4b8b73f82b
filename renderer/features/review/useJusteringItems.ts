import type { Editor } from '@tiptap/core';
import type { Node as PmNode } from '@tiptap/pm/model';
import { useEffect, useState, type RefObject } from 'react';
import { agendaItemTexts } from '../../../shared/document/documentText';
import type { MinutesDocument } from '../../../shared/document/types';

/** What the Justering panel shows of a §: its id, its title, and whether it is omedelbart justerad. */
export interface JusteringItem {
  id: string;
  title: string;
  immediate: boolean;
}

/** The minutes' § as the panel names them, from the stored document. */
export function justeringItemsOfDocument(document: MinutesDocument): JusteringItem[] {
  const immediate = new Set(
    document.content.filter((node) => node.type === 'agendaItem' && node.attrs?.immediateAdjustment === true).map((node) => String(node.attrs?.id ?? '')),
  );
  return agendaItemTexts(document).map(({ id, title }) => ({ id, title, immediate: immediate.has(id) }));
}

/** The same, from the editor's document. */
export function justeringItemsOfEditor(doc: PmNode): JusteringItem[] {
  const items: JusteringItem[] = [];
  doc.forEach((node) => {
    if (node.type.name !== 'agendaItem') return;
    items.push({ id: String(node.attrs.id ?? ''), title: node.firstChild?.textContent ?? '', immediate: node.attrs.immediateAdjustment === true });
  });
  return items;
}

function sameItems(a: JusteringItem[], b: JusteringItem[]): boolean {
  return a.length === b.length && a.every((item, index) => item.id === b[index]!.id && item.title === b[index]!.title && item.immediate === b[index]!.immediate);
}

/** How long typing must pause before the panel takes in a changed title. */
const settleMs = 400;

/**
 * The § of the minutes on screen, for the Justering panel while it is shown: kept current as the
 * secretary adds, removes, renames or marks § (or another window's changes are taken in), read once
 * typing pauses, and a new list (a redraw) only when something the panel shows has changed, never
 * per keystroke.
 */
export function useJusteringItems(editorRef: RefObject<Editor | null>, stored: MinutesDocument): JusteringItem[] {
  const [items, setItems] = useState(() => justeringItemsOfDocument(stored));
  useEffect(() => {
    const editor = editorRef.current;
    if (!editor) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const read = () => {
      timer = undefined;
      const next = justeringItemsOfEditor(editor.state.doc);
      setItems((current) => (sameItems(current, next) ? current : next));
    };
    read();
    const onUpdate = () => {
      clearTimeout(timer);
      timer = setTimeout(read, settleMs);
    };
    editor.on('update', onUpdate);
    return () => {
      clearTimeout(timer);
      editor.off('update', onUpdate);
    };
  }, [editorRef, stored]);
  return items;
}
