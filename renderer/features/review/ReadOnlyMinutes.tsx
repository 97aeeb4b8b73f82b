import { EditorContent, useEditor } from '@tiptap/react';
import type { MinutesDocument } from '../../../shared/document/types';
import { createEditorExtensions } from '../../editor/extensions';

/** The minutes as the justerare sees them: the same rendering as the editor, but read-only. */
export function ReadOnlyMinutes({ document, firstParagraphNumber, label }: { document: MinutesDocument; firstParagraphNumber: number; label: string }) {
  const editor = useEditor(
    {
      extensions: createEditorExtensions({ firstParagraphNumber, decisionLead: '' }),
      content: document,
      editable: false,
      shouldRerenderOnTransaction: false,
      immediatelyRender: true,
      editorProps: { attributes: { class: 'minutes', 'aria-label': label, 'aria-readonly': 'true', lang: 'sv' } },
    },
    [],
  );
  if (!editor) return null;
  return <EditorContent editor={editor} className="page" />;
}
