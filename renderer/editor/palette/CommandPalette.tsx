import type { Editor } from '@tiptap/core';
import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { useI18n } from '../../app/i18n';
import { minutesCommandList, runCommand, shortcutText, type MinutesCommand } from '../commands/commandList';

function matches(command: MinutesCommand, query: string, label: string): boolean {
  const wanted = query.trim().toLocaleLowerCase('sv');
  if (wanted === '') return true;
  const words = [label.toLocaleLowerCase('sv'), ...command.slash];
  return wanted.split(/\s+/).every((part) => words.some((word) => word.includes(part)));
}

/**
 * Ctrl+K: every command with its shortcut, filtered as one types. Enter runs the chosen command
 * where the cursor was in the minutes; Escape goes back there without doing anything.
 */
export function CommandPalette({ editor, onClose }: { editor: Editor; onClose: () => void }) {
  const { t } = useI18n();
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const commands = minutesCommandList.filter((command) => matches(command, query, t(command.label)));
  const activeIndex = Math.min(active, commands.length - 1);

  useEffect(() => input.current?.focus(), []);

  useEffect(() => {
    // Escape closes the palette wherever the focus went meanwhile (the editor takes it back a frame late).
    const onKeyDown = (event: globalThis.KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      event.preventDefault();
      event.stopPropagation();
      onClose();
      editor.commands.focus();
    };
    window.addEventListener('keydown', onKeyDown, true);
    return () => window.removeEventListener('keydown', onKeyDown, true);
  }, [editor, onClose]);

  function run(command: MinutesCommand) {
    onClose();
    editor.commands.focus();
    runCommand(editor, command);
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive((activeIndex + step + commands.length) % Math.max(commands.length, 1));
    } else if (event.key === 'Enter') {
      event.preventDefault();
      const command = commands[activeIndex];
      if (command) run(command);
    }
  }

  return (
    <div className="palette-backdrop" onMouseDown={() => (onClose(), editor.commands.focus())}>
      <div className="palette" role="dialog" aria-modal="true" aria-label={t('palette.label')} onMouseDown={(event) => event.stopPropagation()}>
        <input
          ref={input}
          role="combobox"
          aria-label={t('palette.search')}
          aria-expanded="true"
          aria-controls={`${id}-list`}
          aria-activedescendant={activeIndex >= 0 ? `${id}-${activeIndex}` : undefined}
          placeholder={t('palette.placeholder')}
          value={query}
          onChange={(event) => {
            setQuery(event.target.value);
            setActive(0);
          }}
          onKeyDown={onKeyDown}
        />
        <ul id={`${id}-list`} role="listbox" aria-label={t('palette.label')} className="palette-list">
          {commands.map((command, index) => (
            <li
              key={command.id}
              id={`${id}-${index}`}
              role="option"
              aria-selected={index === activeIndex}
              className={index === activeIndex ? 'palette-item active' : 'palette-item'}
              onMouseDown={(event) => {
                event.preventDefault();
                run(command);
              }}
            >
              <span>{t(command.label)}</span>
              <span className="palette-keys">
                {command.shortcut && <kbd>{shortcutText(command.shortcut)}</kbd>}
                {command.inSlashMenu && command.slash[0] && <span className="palette-slash">/{command.slash[0]}</span>}
              </span>
            </li>
          ))}
          {commands.length === 0 && <li className="palette-empty">{t('palette.none')}</li>}
        </ul>
        <p className="palette-hint">{t('palette.hint')}</p>
      </div>
    </div>
  );
}
