import { Extension } from '@tiptap/core';
import type { Node as PmNode, ResolvedPos } from '@tiptap/pm/model';
import { TextSelection, type EditorState, type Transaction } from '@tiptap/pm/state';

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

function agendaItemDepth($pos: ResolvedPos): number | null {
  for (let depth = $pos.depth; depth > 0; depth -= 1) {
    if ($pos.node(depth).type.name === 'agendaItem') return depth;
  }
  return null;
}

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
          const insertAt = depth === null ? firstItemPos(state.doc) : $from.after(depth);
          const item = schema.nodes.agendaItem!.create(null, [
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
          const $from = state.selection.$from;
          const depth = agendaItemDepth($from);
          if (depth === null) return false;
          const insertAt = $from.depth > depth ? $from.after(depth + 1) : $from.end(depth);
          const decision = schema.nodes.decision!.create({ lead: lead ?? this.options.decisionLead }, [
            schema.nodes.attClause!.create(),
          ]);
          if (dispatch) {
            tr.insert(insertAt, decision);
            tr.setSelection(TextSelection.create(tr.doc, insertAt + 2)).scrollIntoView();
          }
          return true;
        },
    };
  },

  addKeyboardShortcuts() {
    return {
      'Mod-Enter': () => this.editor.commands.insertAgendaItem(),
      'Mod-Shift-b': () => this.editor.commands.insertDecision(),
      'Mod-Shift-B': () => this.editor.commands.insertDecision(),
      Enter: ({ editor }) => {
        const { state } = editor;
        const { $from, empty } = state.selection;
        if (!empty) return false;
        const parent = $from.parent;
        if (parent.type.name === 'agendaTitle') return leaveTitle(editor.state, editor.view.dispatch);
        if (parent.type.name === 'attClause' && parent.content.size === 0) {
          return leaveDecision(editor.state, editor.view.dispatch);
        }
        return false;
      },
    };
  },
});

function firstItemPos(doc: PmNode): number {
  return doc.firstChild ? doc.firstChild.nodeSize : 0;
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
