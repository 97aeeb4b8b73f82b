import type { Editor } from '@tiptap/core';
import { useState } from 'react';
import type { ItemOrder } from '../../../shared/domain/attendance';

/** The titles of the agenda items in order, read when a § list is drawn (not per keystroke). */
export function itemTitles(editor: Editor): string[] {
  const titles: string[] = [];
  editor.state.doc.forEach((child) => {
    if (child.type.name === 'agendaItem') titles.push(child.firstChild?.textContent ?? '');
  });
  return titles;
}

/** Props of a § choice: the item order, the chosen item id (null: the open end), and its label. */
export interface ItemSelectProps {
  label: string;
  order: ItemOrder;
  titles: string[];
  value: string | null;
  /** What null means here: "från början", "till slutet", "inget". */
  noneLabel: string;
  className?: string;
  onChange: (itemId: string | null) => void;
}

function optionText(props: ItemSelectProps, id: string, index: number): string {
  return `§ ${props.order.numbers.get(id) ?? index + 1} ${props.titles[index] ?? ''}`.trim();
}

/**
 * A § chosen by its number and title ("§ 7 Budget för 2027"), stored as the item's id.
 *
 * A list holds every § of the meeting, and the attendance has several of them, all inside the
 * editable minutes, where the browser walks them on every keystroke. So a list that is not in use
 * holds only its current choice; the whole list is there from the moment the pointer is over it or
 * it has the focus (by Tab or a click), which is before it can open.
 */
export function ItemSelect(props: ItemSelectProps) {
  const [inUse, setInUse] = useState(false);
  const [focused, setFocused] = useState(false);
  const chosenIndex = props.value === null ? -1 : props.order.ids.indexOf(props.value);
  const full = inUse || focused;
  return (
    <select
      aria-label={props.label}
      className={props.className ? `item-select ${props.className}` : 'item-select'}
      value={props.value ?? ''}
      onPointerEnter={() => setInUse(true)}
      onPointerLeave={() => setInUse(false)}
      onFocus={() => setFocused(true)}
      onBlur={() => setFocused(false)}
      onChange={(event) => props.onChange(event.target.value === '' ? null : event.target.value)}
    >
      <option value="">{props.noneLabel}</option>
      {full
        ? props.order.ids.map((id, index) => (
            <option key={id} value={id}>
              {optionText(props, id, index)}
            </option>
          ))
        : chosenIndex >= 0 && (
            <option key={props.value} value={props.value!}>
              {optionText(props, props.value!, chosenIndex)}
            </option>
          )}
    </select>
  );
}
