import type { CommandProps } from '@tiptap/core';
import { Fragment } from '@tiptap/pm/model';
import { Selection, TextSelection } from '@tiptap/pm/state';

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    structure: {
      /** Swaps the § holding the cursor with the one before or after it; its entries move with it. */
      moveAgendaItem: (direction: 'up' | 'down') => ReturnType;
      /** Records when the meeting was opened or closed (HH:MM), and the date if none is set. */
      setMeetingClock: (which: 'open' | 'close', time: string, date: string) => ReturnType;
      /** Declares the § holding the cursor omedelbart justerad, or takes that back. */
      toggleImmediateAdjustment: () => ReturnType;
    };
  }
}

function childStart(doc: CommandProps['state']['doc'], index: number): number {
  let pos = 0;
  for (let child = 0; child < index; child += 1) pos += doc.child(child).nodeSize;
  return pos;
}

/** The structure commands: moving a § and the meeting clock. */
export const structureCommands = {
  moveAgendaItem: (direction: 'up' | 'down') => (props: CommandProps) => {
    const { state } = props;
    const { doc, selection } = state;
    const index = selection.$from.index(0);
    const item = doc.maybeChild(index);
    const otherIndex = direction === 'up' ? index - 1 : index + 1;
    const other = doc.maybeChild(otherIndex);
    if (item?.type.name !== 'agendaItem' || other?.type.name !== 'agendaItem') return false;
    if (!props.dispatch) return true;
    const itemStart = childStart(doc, index);
    const rangeStart = direction === 'up' ? itemStart - other.nodeSize : itemStart;
    const pair = direction === 'up' ? [item, other] : [other, item];
    props.tr.replaceWith(rangeStart, rangeStart + item.nodeSize + other.nodeSize, Fragment.from(pair));
    const newStart = direction === 'up' ? rangeStart : rangeStart + other.nodeSize;
    const shift = newStart - itemStart;
    const moved =
      selection instanceof TextSelection
        ? TextSelection.create(props.tr.doc, selection.anchor + shift, selection.head + shift)
        : Selection.near(props.tr.doc.resolve(newStart + 1));
    props.tr.setSelection(moved).scrollIntoView();
    return true;
  },

  toggleImmediateAdjustment: () => (props: CommandProps) => {
    const index = props.state.selection.$from.index(0);
    const item = props.state.doc.maybeChild(index);
    if (item?.type.name !== 'agendaItem') return false;
    if (props.dispatch) props.tr.setNodeAttribute(childStart(props.state.doc, index), 'immediateAdjustment', !item.attrs.immediateAdjustment);
    return true;
  },

  setMeetingClock: (which: 'open' | 'close', time: string, date: string) => (props: CommandProps) => {
    const header = props.state.doc.firstChild;
    if (header?.type.name !== 'meetingHeader') return false;
    if (props.dispatch) {
      props.tr.setNodeAttribute(0, which === 'open' ? 'startTime' : 'endTime', time);
      if (header.attrs.date === '') props.tr.setNodeAttribute(0, 'date', date);
    }
    return true;
  },
};
