import type { Editor } from '@tiptap/core';
import type { MouseEvent } from 'react';
import { useI18n } from '../app/i18n';

/** Buttons for what the keyboard also does; they keep the focus in the text. */
export function Toolbar({ editor }: { editor: Editor }) {
  const { t } = useI18n();
  const keepFocus = (event: MouseEvent) => event.preventDefault();
  const buttons = [
    { label: t('editor.newItem'), run: () => editor.chain().focus().insertAgendaItem().run(), keys: 'Ctrl+Enter' },
    { label: t('editor.newDecision'), run: () => editor.chain().focus().insertDecision().run(), keys: 'Ctrl+Shift+B' },
    { label: t('editor.bold'), run: () => editor.chain().focus().toggleBold().run(), keys: 'Ctrl+B' },
    { label: t('editor.italic'), run: () => editor.chain().focus().toggleItalic().run(), keys: 'Ctrl+I' },
    { label: t('editor.bulletList'), run: () => editor.chain().focus().toggleBulletList().run(), keys: 'Ctrl+Shift+8' },
    { label: t('editor.undo'), run: () => editor.chain().focus().undo().run(), keys: 'Ctrl+Z' },
    { label: t('editor.redo'), run: () => editor.chain().focus().redo().run(), keys: 'Ctrl+Shift+Z' },
  ];
  return (
    <div role="toolbar" aria-label={t('editor.toolbar')} className="toolbar">
      {buttons.map((button) => (
        <button
          key={button.label}
          type="button"
          onMouseDown={keepFocus}
          onClick={button.run}
          title={`${button.label} (${button.keys})`}
          aria-keyshortcuts={button.keys.replace('Ctrl', 'Control')}
        >
          {button.label}
        </button>
      ))}
    </div>
  );
}
