import { Extension } from '@tiptap/core';
import { Fragment, Slice, type Mark, type Node as PmNode, type Schema } from '@tiptap/pm/model';
import { Plugin, PluginKey, TextSelection, type EditorState } from '@tiptap/pm/state';
import type { EditorView } from '@tiptap/pm/view';

/** Plain text longer than this is pasted by this extension instead of ProseMirror's clipboard parser. */
export const largePasteMinChars = 100_000;

/** About this many characters are inserted per task, so no task renders and lays out a whole huge paste. */
export const largePasteChunkChars = 100_000;

/** Where the rest of a large paste goes: a position in the current document, or none. */
export const largePasteKey = new PluginKey<number | null>('largePlainTextPaste');

/** Splits plain text into paragraph texts the way ProseMirror does (runs of line breaks end a paragraph). */
export function splitPlainText(text: string): string[] {
  return text.split(/(?:\r\n?|\n)+/);
}

/** Groups paragraph texts into chunks of about `maxChars` characters, never splitting a paragraph. */
export function chunkLines(lines: string[], maxChars: number): string[][] {
  const chunks: string[][] = [];
  let current: string[] = [];
  let size = 0;
  for (const line of lines) {
    if (current.length > 0 && size + line.length > maxChars) {
      chunks.push(current);
      current = [];
      size = 0;
    }
    current.push(line);
    size += line.length + 1;
  }
  if (current.length > 0) chunks.push(current);
  return chunks;
}

/**
 * A slice of paragraphs, open on both sides: the first line joins the text before the cursor and
 * the last joins the text after it. A chunk that continues a paste starts with an empty open
 * paragraph, which ends the paragraph before it.
 */
function paragraphSlice(schema: Schema, lines: string[], continues: boolean, marks: readonly Mark[]): Slice {
  const paragraph = schema.nodes.paragraph!;
  const nodes: PmNode[] = continues ? [paragraph.create()] : [];
  for (const line of lines) nodes.push(paragraph.create(null, line === '' ? null : schema.text(line, marks)));
  return new Slice(Fragment.from(nodes), 1, 1);
}

function isInsideOneParagraph(state: EditorState): boolean {
  const { $from, $to } = state.selection;
  return $from.parent.type.name === 'paragraph' && $from.sameParent($to);
}

/**
 * Pastes very large plain text (a whole file of text) without freezing the window. ProseMirror's
 * own path parses the text through the DOM and inserts it in one transaction, so one task builds,
 * renders and lays out every paragraph (placing the caret forces the layout): 1.3–2.3 s for 5 MB
 * of lines. Here the paragraphs are built straight from the lines and inserted in chunks, one task
 * each, so the page keeps painting and taking keys. Such a paste always goes in as plain text (an
 * HTML flavour of the same size would be slower still); one huge line is still one paragraph.
 */
export const LargePlainTextPaste = Extension.create({
  name: 'largePlainTextPaste',

  addProseMirrorPlugins() {
    return [
      new Plugin<number | null>({
        key: largePasteKey,
        state: {
          init: () => null,
          apply: (tr, pending) => {
            const meta = tr.getMeta(largePasteKey) as number | null | undefined;
            if (meta !== undefined) return meta;
            if (pending === null || !tr.docChanged) return pending;
            // Text typed meanwhile at the paste's end stays after the pasted text.
            const mapped = tr.mapping.mapResult(pending, -1);
            return mapped.deleted ? null : mapped.pos;
          },
        },
        props: {
          handleDOMEvents: {
            paste: (view, event) => {
              if (!view.editable) return false;
              const text = event.clipboardData?.getData('text/plain') ?? '';
              if (text.length < largePasteMinChars || !isInsideOneParagraph(view.state)) return false;
              event.preventDefault();
              pasteInChunks(view, chunkLines(splitPlainText(text), largePasteChunkChars));
              return true;
            },
          },
        },
      }),
    ];
  },
});

function pasteInChunks(view: EditorView, chunks: string[][]): void {
  const first = chunks[0];
  if (!first) return;
  const { state } = view;
  const marks = state.selection.$from.marks();
  const tr = state.tr.deleteSelection();
  const at = tr.selection.from;
  const stepsBefore = tr.steps.length;
  tr.replace(at, at, paragraphSlice(state.schema, first, false, marks));
  const end = tr.mapping.slice(stepsBefore).map(at, 1);
  tr.setSelection(TextSelection.create(tr.doc, end));
  tr.setMeta(largePasteKey, chunks.length > 1 ? end : null);
  view.dispatch(tr.scrollIntoView().setMeta('paste', true).setMeta('uiEvent', 'paste'));
  insertRest(view, chunks, 1, marks);
}

function insertRest(view: EditorView, chunks: string[][], index: number, marks: readonly Mark[]): void {
  if (index >= chunks.length) return;
  setTimeout(() => {
    if (view.isDestroyed) return;
    const at = largePasteKey.getState(view.state);
    const lines = chunks[index];
    if (at === null || at === undefined || !lines) return;
    const last = index === chunks.length - 1;
    const tr = view.state.tr.replace(at, at, paragraphSlice(view.state.schema, lines, true, marks));
    if (!tr.docChanged) {
      view.dispatch(view.state.tr.setMeta(largePasteKey, null));
      return;
    }
    tr.setMeta(largePasteKey, last ? null : tr.mapping.map(at, 1));
    tr.setMeta('paste', true).setMeta('uiEvent', 'paste');
    view.dispatch(last ? tr.scrollIntoView() : tr);
    insertRest(view, chunks, index + 1, marks);
  }, 0);
}
