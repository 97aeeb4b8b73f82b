import type { CommandProps } from '@tiptap/core';
import type { Node as PmNode } from '@tiptap/pm/model';
import { NodeSelection, TextSelection, type EditorState } from '@tiptap/pm/state';
import type { deferralKinds } from '../../../shared/document/nodes/deferral';
import { newNodeId } from '../../../shared/document/nodes/uniqueIds';
import { agendaItemDepth, entryInsertPos } from './entryPosition';

/** Bordläggning or återremiss. */
export type DeferralKind = (typeof deferralKinds)[number];
/** The two kinds of statement a member can make about a decision. */
export type StatementKind = 'reservation' | 'protocolNote';

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    entries: {
      /** Adds "X får i uppdrag att …" after the current block, with the cursor in its text. */
      insertAssignment: () => ReturnType;
      /** Adds a vote with one empty yrkande after the current block, and selects it. */
      insertVote: () => ReturnType;
      /** Adds a reservation or protokollsanteckning, against the § decision before the cursor. */
      insertStatement: (kind: StatementKind) => ReturnType;
      /** Adds a bordläggning or återremiss after the current block. */
      insertDeferral: (kind: DeferralKind) => ReturnType;
      /** Adds a reference to an attachment ("Bilaga N") after the current block. */
      insertAttachment: () => ReturnType;
      /** Adds the next meeting at the end of the minutes, or selects it when it is there. */
      insertNextMeeting: () => ReturnType;
    };
  }
}

/** Inserts an entry after the current block of the §; text entries get the cursor, atoms the selection. */
function insertEntry(props: CommandProps, node: PmNode): boolean {
  const at = entryInsertPos(props.state);
  if (at === null) return false;
  if (props.dispatch) {
    props.tr.insert(at, node);
    const selection = node.isAtom ? NodeSelection.create(props.tr.doc, at) : TextSelection.create(props.tr.doc, at + 1);
    props.tr.setSelection(selection).scrollIntoView();
  }
  return true;
}

/** The id of the last decision of the § before the cursor (or the first after it), or null. */
function nearestDecisionId(state: EditorState): string | null {
  const $from = state.selection.$from;
  const depth = agendaItemDepth($from);
  if (depth === null) return null;
  const item = $from.node(depth);
  const cursorIndex = $from.depth > depth ? $from.index(depth) : item.childCount;
  let before: string | null = null;
  let after: string | null = null;
  item.forEach((child, _offset, index) => {
    if (child.type.name !== 'decision') return;
    if (index <= cursorIndex) before = child.attrs.id as string | null;
    else after ??= child.attrs.id as string | null;
  });
  return before ?? after;
}

/** The entry commands: each builds its node with an id, so undo and redo keep references intact. */
export const entryCommands = {
  insertAssignment: () => (props: CommandProps) =>
    insertEntry(props, props.state.schema.nodes.assignment!.create({ id: newNodeId(), assignees: [], deadline: '' })),

  insertVote: () => (props: CommandProps) =>
    insertEntry(
      props,
      props.state.schema.nodes.vote!.create({
        id: newNodeId(),
        motions: [{ key: newNodeId(), mover: { personId: null, name: '' }, text: '' }],
      }),
    ),

  insertStatement: (kind: StatementKind) => (props: CommandProps) =>
    insertEntry(props, props.state.schema.nodes[kind]!.create({ id: newNodeId(), persons: [], decisionId: nearestDecisionId(props.state) })),

  insertDeferral: (kind: DeferralKind) => (props: CommandProps) =>
    insertEntry(props, props.state.schema.nodes.deferral!.create({ id: newNodeId(), kind })),

  insertAttachment: () => (props: CommandProps) =>
    insertEntry(props, props.state.schema.nodes.attachment!.create({ id: newNodeId() })),

  insertNextMeeting: () => (props: CommandProps) => {
    const { doc, schema } = props.state;
    const last = doc.lastChild!;
    const existing = last.type.name === 'nextMeeting';
    const at = existing ? doc.content.size - last.nodeSize : doc.content.size;
    if (props.dispatch) {
      if (!existing) props.tr.insert(at, schema.nodes.nextMeeting!.create());
      props.tr.setSelection(NodeSelection.create(props.tr.doc, at)).scrollIntoView();
    }
    return true;
  },
};
