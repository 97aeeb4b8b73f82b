import type { Editor } from '@tiptap/core';
import type { MouseEvent } from 'react';
import { useI18n } from '../app/i18n';
import { minutesCommandList, paletteShortcut, runCommand, shortcutText } from './commands/commandList';
import { QuorumStatus } from './quorum/QuorumStatus';
import { useEditable } from './useEditable';

/** The commands the toolbar shows as buttons; the palette (Ctrl+K) has all of them. */
const toolbarCommands = ['newItem', 'decision', 'assignment', 'vote', 'bold', 'italic'];

/**
 * Buttons for what the keyboard also does; they keep the focus in the text, and are off while the
 * minutes are locked (sent for justering, approved). Beslutförhet at the current § on the right.
 */
export function Toolbar({ editor, onOpenPalette }: { editor: Editor; onOpenPalette: () => void }) {
  const { t } = useI18n();
  const editable = useEditable(editor);
  const keepFocus = (event: MouseEvent) => event.preventDefault();
  const buttons = toolbarCommands.flatMap((id) => minutesCommandList.filter((command) => command.id === id));
  const paletteKeys = shortcutText(paletteShortcut);
  return (
    <div role="toolbar" aria-label={t('editor.toolbar')} className="toolbar">
      {buttons.map((command) => {
        const label = t(command.label);
        const keys = command.shortcut ? shortcutText(command.shortcut) : '';
        return (
          <button
            key={command.id}
            type="button"
            disabled={!editable}
            onMouseDown={keepFocus}
            onClick={() => runCommand(editor, command)}
            title={keys ? `${label} (${keys})` : label}
            aria-keyshortcuts={keys ? keys.replace('Ctrl', 'Control').replace('↑', 'ArrowUp').replace('↓', 'ArrowDown') : undefined}
          >
            {label}
          </button>
        );
      })}
      <button type="button" className="palette-button" disabled={!editable} onMouseDown={keepFocus} onClick={onOpenPalette} title={`${t('palette.label')} (${paletteKeys})`} aria-keyshortcuts="Control+K">
        {t('palette.button')} <kbd>{paletteKeys}</kbd>
      </button>
      <span className="toolbar-status">
        <QuorumStatus editor={editor} compact />
      </span>
    </div>
  );
}
