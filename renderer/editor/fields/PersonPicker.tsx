import type { Editor } from '@tiptap/core';
import { useId, useState, type KeyboardEvent } from 'react';
import type { PersonRef } from '../../../shared/document/nodes/attributeSchemas';
import { useI18n } from '../../app/i18n';
import { meetingContext } from '../context/meetingContext';
import { hasExactName, matchPeople, type DirectoryEntry } from '../people/peopleDirectory';
import { usePeopleDirectory } from '../people/usePeopleDirectory';

/** Props of a person field: the person shown now (if any), and what to do with the one picked. */
export interface PersonPickerProps {
  editor: Editor;
  label: string;
  value?: PersonRef | null;
  placeholder?: string;
  focusFirst?: boolean;
  clearOnPick?: boolean;
  onPick: (person: PersonRef, entry: DirectoryEntry | null) => void;
}

type Option = { kind: 'person'; entry: DirectoryEntry } | { kind: 'add'; name: string };

/**
 * A person typed with completion from the meeting, the body and the register (a combobox).
 * A name nobody has is offered as "Lägg till … i registret"; namesakes show what tells them apart.
 * If adding fails, the typed name stays in the field with the reason beside it.
 */
export function PersonPicker(props: PersonPickerProps) {
  const { t } = useI18n();
  const id = useId();
  const directory = usePeopleDirectory(props.editor);
  const [query, setQuery] = useState<string | null>(null);
  const [active, setActive] = useState(0);
  const [error, setError] = useState<string | null>(null);
  const text = query ?? props.value?.name ?? '';
  const open = query !== null && query.trim() !== '';
  const matches = open ? matchPeople(directory, query) : [];
  const options: Option[] = matches.map((entry) => ({ kind: 'person', entry }));
  if (open) options.push({ kind: 'add', name: query.trim() });

  function pick(option: Option) {
    if (option.kind === 'person') {
      props.onPick(option.entry.ref, option.entry);
      setQuery(props.clearOnPick ? '' : null);
      setActive(0);
      return;
    }
    meetingContext(props.editor)
      .people.create(option.name)
      .then(
        (person) => {
          setError(null);
          props.onPick({ personId: person.id, name: person.name }, null);
          setQuery(props.clearOnPick ? '' : null);
        },
        () => setError(t('people.addFailed', { name: option.name })),
      );
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (!open) return;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive((current) => (current + step + options.length) % options.length);
    } else if (event.key === 'Enter') {
      event.preventDefault();
      const option = options[Math.min(active, options.length - 1)];
      if (option) pick(option);
    } else if (event.key === 'Escape') {
      event.preventDefault();
      setQuery(null);
    }
  }

  const activeOption = open ? Math.min(active, options.length - 1) : -1;
  return (
    <span className="person-picker">
      <input
        role="combobox"
        aria-label={props.label}
        aria-expanded={open}
        aria-controls={`${id}-list`}
        aria-autocomplete="list"
        aria-activedescendant={activeOption >= 0 ? `${id}-option-${activeOption}` : undefined}
        value={text}
        placeholder={props.placeholder}
        data-focus-first={props.focusFirst ? '' : undefined}
        onChange={(event) => {
          setQuery(event.target.value);
          setActive(0);
          setError(null);
        }}
        onBlur={() => !error && setQuery(props.clearOnPick ? '' : null)}
        onKeyDown={onKeyDown}
      />
      {open && (
        <ul id={`${id}-list`} role="listbox" className="completion-list" aria-label={props.label}>
          {options.map((option, index) => (
            <li
              key={option.kind === 'person' ? option.entry.key : 'add'}
              id={`${id}-option-${index}`}
              role="option"
              aria-selected={index === activeOption}
              className={option.kind === 'add' ? 'completion-item add' : 'completion-item'}
              onMouseDown={(event) => {
                event.preventDefault();
                pick(option);
              }}
            >
              {option.kind === 'person' ? (
                <>
                  <span className="completion-name">{option.entry.ref.name}</span>
                  {option.entry.detail && <span className="completion-detail">{option.entry.detail}</span>}
                </>
              ) : (
                <span>{t(hasExactName(directory, option.name) ? 'people.addAnother' : 'people.add', { name: option.name })}</span>
              )}
            </li>
          ))}
        </ul>
      )}
      {error && (
        <span className="field-error" role="alert">
          {error}
        </span>
      )}
    </span>
  );
}
