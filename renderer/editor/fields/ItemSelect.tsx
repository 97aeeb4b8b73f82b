import type { Editor } from '@tiptap/core';
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

/** A § chosen by its number and title ("§ 7 Budget för 2027"), stored as the item's id. */
export function ItemSelect(props: ItemSelectProps) {
  return (
    <select
      aria-label={props.label}
      className={props.className ? `item-select ${props.className}` : 'item-select'}
      value={props.value ?? ''}
      onChange={(event) => props.onChange(event.target.value === '' ? null : event.target.value)}
    >
      <option value="">{props.noneLabel}</option>
      {props.order.ids.map((id, index) => (
        <option key={id} value={id}>
          {`§ ${props.order.numbers.get(id) ?? index + 1} ${props.titles[index] ?? ''}`.trim()}
        </option>
      ))}
    </select>
  );
}
