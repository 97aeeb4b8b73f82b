import type { Editor } from '@tiptap/core';
import { EditorContent, useEditor } from '@tiptap/react';
import { useEffect, useRef } from 'react';
import type { MinutesDocument } from '../../shared/document/types';
import { createEditorExtensions } from './extensions';
import { Toolbar } from './Toolbar';

/** What the editor needs: the minutes, their first § number, and who to tell about changes. */
export interface MinutesEditorProps {
  document: MinutesDocument;
  firstParagraphNumber: number;
  decisionLead: string;
  label: string;
  onReady: (editor: Editor) => void;
  onChange: () => void;
  onBlur: () => void;
}

/** The minutes as one structured document, typed into directly. */
export function MinutesEditor(props: MinutesEditorProps) {
  const callbacks = useRef(props);
  callbacks.current = props;
  const editor = useEditor(
    {
      extensions: createEditorExtensions({
        firstParagraphNumber: props.firstParagraphNumber,
        decisionLead: props.decisionLead,
      }),
      content: props.document,
      shouldRerenderOnTransaction: false,
      immediatelyRender: true,
      onUpdate: () => callbacks.current.onChange(),
      onBlur: () => callbacks.current.onBlur(),
      editorProps: {
        attributes: { class: 'minutes', 'aria-label': props.label, 'aria-multiline': 'true', role: 'textbox', lang: 'sv' },
      },
    },
    [],
  );

  useEffect(() => {
    if (editor) callbacks.current.onReady(editor);
  }, [editor]);

  if (!editor) return null;
  return (
    <div className="editor">
      <Toolbar editor={editor} />
      <EditorContent editor={editor} className="page" />
    </div>
  );
}
