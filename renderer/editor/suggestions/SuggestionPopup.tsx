import type { Editor } from '@tiptap/core';
import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import type { TriggerController, TriggerMatch } from './inlineTrigger';

/** Props of the popup list at the cursor: the match, its items, and what choosing one does. */
export interface SuggestionPopupProps<T> {
  editor: Editor;
  match: TriggerMatch;
  controller: TriggerController;
  label: string;
  items: T[];
  itemKey: (item: T) => string;
  render: (item: T) => ReactNode;
  onChoose: (item: T) => void;
}

/**
 * A small list at the cursor for slash commands and @-completion. The editor keeps the focus:
 * the arrows move the choice, Enter or Tab takes it, Escape closes the list and keeps the text.
 */
export function SuggestionPopup<T>(props: SuggestionPopupProps<T>) {
  const id = useId();
  const [active, setActiveState] = useState(0);
  const activeRef = useRef(0);
  const latest = useRef(props);
  latest.current = props;
  const activeIndex = Math.min(active, props.items.length - 1);
  const setActive = (index: number) => {
    activeRef.current = index;
    setActiveState(index);
  };

  useEffect(() => setActive(0), [props.match.query]);

  useEffect(() => {
    const controller = props.controller;
    controller.onKeyDown = (event) => {
      const { items, onChoose } = latest.current;
      if (items.length === 0) return false;
      const current = Math.min(activeRef.current, items.length - 1);
      if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
        const step = event.key === 'ArrowDown' ? 1 : -1;
        setActive((current + step + items.length) % items.length);
        return true;
      }
      if (event.key === 'Enter' || event.key === 'Tab') {
        const item = items[current];
        setActive(0);
        if (item !== undefined) onChoose(item);
        return true;
      }
      return false;
    };
    return () => {
      controller.onKeyDown = null;
    };
  }, [props.controller]);

  if (props.items.length === 0) return null;
  let style: { left: number; top: number } = { left: 0, top: 0 };
  try {
    const coords = props.editor.view.coordsAtPos(props.match.from);
    style = { left: coords.left, top: coords.bottom + 4 };
  } catch {
    // a position that just went away: the list is drawn again at the next transaction
  }
  return (
    <ul id={id} className="completion-popup" role="listbox" aria-label={props.label} style={style}>
      {props.items.map((item, index) => (
        <li
          key={props.itemKey(item)}
          role="option"
          aria-selected={index === activeIndex}
          className={index === activeIndex ? 'completion-item active' : 'completion-item'}
          onMouseDown={(event) => {
            event.preventDefault();
            props.onChoose(item);
          }}
        >
          {props.render(item)}
        </li>
      ))}
    </ul>
  );
}
