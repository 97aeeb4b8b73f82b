import { Extension, type KeyboardShortcutCommand } from '@tiptap/core';
import type { Node as PmNode } from '@tiptap/pm/model';
import { TextSelection, type EditorState, type Transaction } from '@tiptap/pm/state';
import { newNodeId } from '../../../shared/document/nodes/uniqueIds';
import { minutesCommandList, runCommand } from './commandList';
import { entryCommands } from './entryCommands';
import { agendaItemDepth, entryInsertPos } from './entryPosition';
import { focusNodeViewField } from './focusField';
import { backspaceAtEntryStart, deleteBeforeEntry } from './protectEntries';
import { structureCommands } from './structureCommands';

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    minutes: {
      /** Adds a new § after the current one and puts the cursor in its title. */
      insertAgendaItem: () => ReturnType;
      /** Adds a decision after the current block of the § with one empty att-sats. */
      insertDecision: (lead?: string) => ReturnType;
    };
  }
}

/** Options: the lead a new decision gets ("Styrelsen beslutar"). */
export interface MinutesCommandsOptions {
  decisionLead: string;
}

/** Entries whose text Enter leaves for a new paragraph after them, rather than splitting them in two. */
const textEntries = new Set(['assignment', 'reservation', 'protocolNote', 'deferral', 'attachment']);
/** Entries with fields beside their text, which Tab reaches. */
const entriesWithFields = new Set(['assignment', 'reservation', 'protocolNote', 'deferral']);

function isEmptyParagraph(node: PmNode | null | undefined): boolean {
  return !!node && node.type.name === 'paragraph' && node.content.size === 0;
}

/** The commands and keys that make the structure of the minutes: §, decisions, att-satser. */
export const MinutesCommands = Extension.create<MinutesCommandsOptions>({
  name: 'minutesCommands',
  // Before the default keymap, so Enter in a § title or an empty att-sats means what it does here.
  priority: 1000,

  addOptions() {
    return { decisionLead: 'Mötet beslutar' };
  },

  addCommands() {
    return {
      insertAgendaItem:
        () =>
        ({ state, tr, dispatch }) => {
          const { schema } = state;
          const $from = state.selection.$from;
          const depth = agendaItemDepth($from);
          const insertAt = depth === null ? itemPosOutsideItems(state.doc, $from.index(0)) : $from.after(depth);
          const item = schema.nodes.agendaItem!.create({ id: newNodeId() }, [
            schema.nodes.agendaTitle!.create(),
            schema.nodes.paragraph!.create(),
          ]);
          if (dispatch) {
            tr.insert(insertAt, item);
            tr.setSelection(TextSelection.create(tr.doc, insertAt + 2)).scrollIntoView();
          }
          return true;
        },
      insertDecision:
        (lead) =>
        ({ state, tr, dispatch }) => {
          const { schema } = state;
          const insertAt = entryInsertPos(state);
          if (insertAt === null) return false;
          const decision = schema.nodes.decision!.create({ id: newNodeId(), lead: lead ?? this.options.decisionLead }, [
            schema.nodes.attClause!.create(),
          ]);
          if (dispatch) {
            tr.insert(insertAt, decision);
            tr.setSelection(TextSelection.create(tr.doc, insertAt + 2)).scrollIntoView();
          }
          return true;
        },
      ...entryCommands,
      ...structureCommands,
    };
  },

  addKeyboardShortcuts() {
    const shortcuts: Record<string, KeyboardShortcutCommand> = {};
    for (const command of minutesCommandList) {
      if (!command.shortcut || command.builtinShortcut) continue;
      shortcuts[command.shortcut] = ({ editor }) => runCommand(editor, command);
      // With Shift held the key arrives as the capital letter; bind that name too.
      const capital = /^(.*Shift-)([a-z])$/.exec(command.shortcut);
      if (capital) shortcuts[`${capital[1]}${capital[2]!.toUpperCase()}`] = ({ editor }) => runCommand(editor, command);
    }
    return {
      ...shortcuts,
      Tab: ({ editor }) => {
        const { $from } = editor.state.selection;
        if (!entriesWithFields.has($from.parent.type.name)) return false;
        focusNodeViewField(editor, $from.before());
        return true;
      },
      Backspace: ({ editor }) => backspaceAtEntryStart(editor.state, editor.view.dispatch),
      Delete: ({ editor }) => deleteBeforeEntry(editor.state, editor.view.dispatch),
      Enter: ({ editor }) => {
        const { state } = editor;
        const { $from, empty } = state.selection;
        if (!empty) return false;
        const parent = $from.parent;
        if (parent.type.name === 'agendaTitle') return leaveTitle(editor.state, editor.view.dispatch);
        if (parent.type.name === 'attClause' && parent.content.size === 0) {
          return leaveDecision(editor.state, editor.view.dispatch);
        }
        if (textEntries.has(parent.type.name)) return leaveEntry(editor.state, editor.view.dispatch);
        return false;
      },
    };
  },
});

/** Where a § goes when the cursor is outside the items: after the last § when below them, else before the first. */
function itemPosOutsideItems(doc: PmNode, index: number): number {
  let first: number | null = null;
  let afterLast = 0;
  doc.forEach((child, offset) => {
    if (child.type.name !== 'agendaItem') return;
    first ??= offset;
    afterLast = offset + child.nodeSize;
  });
  const lastIsItem = doc.maybeChild(index - 1)?.type.name === 'agendaItem';
  return lastIsItem ? afterLast : (first ?? afterLast);
}

/** Enter in a § title: go to the text of the §, making an empty paragraph if there is none. */
function leaveTitle(state: EditorState, dispatch: (tr: Transaction) => void): boolean {
  const $from = state.selection.$from;
  const item = $from.node($from.depth - 1);
  const afterTitle = $from.after();
  const tr = state.tr;
  if (!isEmptyParagraph(item.maybeChild(1))) tr.insert(afterTitle, state.schema.nodes.paragraph!.create());
  tr.setSelection(TextSelection.create(tr.doc, afterTitle + 1)).scrollIntoView();
  dispatch(tr);
  return true;
}

/** Enter in an empty last att-sats: end the decision and continue with a paragraph after it. */
function leaveDecision(state: EditorState, dispatch: (tr: Transaction) => void): boolean {
  const $from = state.selection.$from;
  const decision = $from.node($from.depth - 1);
  const clauseIndex = $from.index($from.depth - 1);
  if (clauseIndex !== decision.childCount - 1) return false;
  const tr = state.tr;
  const decisionStart = $from.before($from.depth - 1);
  if (decision.childCount === 1) {
    tr.replaceWith(decisionStart, decisionStart + decision.nodeSize, state.schema.nodes.paragraph!.create());
    tr.setSelection(TextSelection.create(tr.doc, decisionStart + 1));
  } else {
    tr.delete($from.before(), $from.after());
    const afterDecision = tr.mapping.map(decisionStart) + tr.doc.nodeAt(tr.mapping.map(decisionStart))!.nodeSize;
    tr.insert(afterDecision, state.schema.nodes.paragraph!.create());
    tr.setSelection(TextSelection.create(tr.doc, afterDecision + 1));
  }
  dispatch(tr.scrollIntoView());
  return true;
}

/** Enter in the text of an entry: what follows the cursor goes on in a new paragraph after the entry. */
function leaveEntry(state: EditorState, dispatch: (tr: Transaction) => void): boolean {
  const $from = state.selection.$from;
  const rest = $from.parent.content.cut($from.parentOffset);
  const tr = state.tr.delete($from.pos, $from.end());
  const after = tr.mapping.map($from.after());
  tr.insert(after, state.schema.nodes.paragraph!.create(null, rest.size > 0 ? rest : null));
  tr.setSelection(TextSelection.create(tr.doc, after + 1)).scrollIntoView();
  dispatch(tr);
  return true;
}
