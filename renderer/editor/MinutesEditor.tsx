import { createDocument, type Editor } from '@tiptap/core';
import { Selection } from '@tiptap/pm/state';
import { EditorContent, useEditor } from '@tiptap/react';
import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { Membership } from '../../shared/contract/models';
import type { QuorumRule } from '../../shared/domain/attendance';
import type { MinutesDocument } from '../../shared/document/types';
import { useI18n } from '../app/i18n';
import { NoticeStore } from './context/noticeStore';
import type { MeetingContextValue } from './context/meetingContext';
import { createEditorExtensions } from './extensions';
import { NoticeLine } from './NoticeLine';
import { CommandPalette } from './palette/CommandPalette';
import { PeopleStore, type PeopleSource } from './people/peopleStore';
import { redrawViews } from './redrawViews';
import { MentionMenu } from './suggestions/MentionMenu';
import { SlashMenu } from './suggestions/SlashMenu';
import { Toolbar } from './Toolbar';

/** What the editor needs: the minutes, their first § number, the body's people and rule, and who to tell about changes. */
export interface MinutesEditorProps {
  document: MinutesDocument;
  firstParagraphNumber: number;
  decisionLead: string;
  label: string;
  /** The body's members, for attendance and @-completion. */
  members?: Membership[];
  /** The body's rule for beslutförhet. */
  quorumRule?: QuorumRule;
  /** The register: @-completion reads it, "Lägg till … i registret" writes to it. */
  people?: PeopleSource;
  bodyName?: string;
  /** The clock, replaceable in tests. */
  now?: () => Date;
  onReady: (editor: Editor) => void;
  onChange: () => void;
  onBlur: () => void;
}

/**
 * Puts the minutes into an editor that is already on the page with its node views: one drawing of
 * the whole document. (Created with its content, the editor would draw it three times: without the
 * plugins' decorations, with them, and again when the node views are handed to React.) Not a step
 * to undo, and not a change to save.
 */
function loadMinutes(editor: Editor, document: MinutesDocument): void {
  const doc = createDocument(document, editor.schema);
  const tr = editor.state.tr.replaceWith(0, editor.state.doc.content.size, doc.content);
  tr.setSelection(Selection.atStart(tr.doc)).setMeta('addToHistory', false).setMeta('preventUpdate', true);
  editor.view.dispatch(tr);
}

/** The minutes as one structured document, typed into directly; Ctrl+K opens the command palette. */
export function MinutesEditor(props: MinutesEditorProps) {
  const { t, language } = useI18n();
  const callbacks = useRef(props);
  callbacks.current = props;
  const [paletteOpen, setPaletteOpen] = useState(false);
  const context = useRef<Partial<MeetingContextValue> | null>(null);
  context.current ??= {
    quorumRule: props.quorumRule ?? { kind: 'majority' },
    bodyName: props.bodyName ?? '',
    people: new PeopleStore(props.people ?? null, props.members ?? []),
    notices: new NoticeStore(),
    translate: t,
    now: () => (callbacks.current.now ?? (() => new Date()))(),
  };
  const editorRef = useRef<Editor | null>(null);
  const editor = useEditor(
    {
      extensions: createEditorExtensions({
        firstParagraphNumber: props.firstParagraphNumber,
        decisionLead: props.decisionLead,
        context: context.current,
      }),
      content: null,
      shouldRerenderOnTransaction: false,
      // TipTap's 'delete' events are not listened to; making them costs every keystroke a walk of its steps.
      enableCoreExtensions: { delete: false },
      immediatelyRender: true,
      onUpdate: () => callbacks.current.onChange(),
      onBlur: () => callbacks.current.onBlur(),
      editorProps: {
        attributes: { class: 'minutes', 'aria-label': props.label, 'aria-multiline': 'true', role: 'textbox', lang: 'sv' },
      },
    },
    [],
  );

  // Before the first paint, after EditorContent has mounted the editor and its node views.
  const initialDocument = useRef(props.document);
  useLayoutEffect(() => {
    if (editor) loadMinutes(editor, initialDocument.current);
  }, [editor]);

  useEffect(() => {
    editorRef.current = editor;
    if (editor) callbacks.current.onReady(editor);
  }, [editor]);

  // The register is read once per opened meeting; the message uses the language of that moment.
  useEffect(() => {
    const current = context.current;
    current?.people?.load().catch(() => current.notices?.post(current.translate?.('people.registerUnavailable') ?? '', 'error'));
  }, []);

  const firstLanguage = useRef(language);
  useEffect(() => {
    if (!editor || language === firstLanguage.current) return;
    firstLanguage.current = language;
    editor.storage.meetingContext.translate = t;
    redrawViews(editor);
  }, [editor, language, t]);

  useEffect(() => {
    // Anywhere on the meeting screen, also in a node view's field or after a click outside the text.
    const onKeyDown = (event: globalThis.KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.altKey || event.key.toLowerCase() !== 'k') return;
      if (!editorRef.current?.isEditable) return;
      event.preventDefault();
      setPaletteOpen(true);
    };
    window.addEventListener('keydown', onKeyDown, true);
    return () => window.removeEventListener('keydown', onKeyDown, true);
  }, []);

  if (!editor) return null;
  return (
    <div className="editor">
      <Toolbar editor={editor} onOpenPalette={() => setPaletteOpen(true)} />
      <EditorContent editor={editor} className="page" />
      <SlashMenu editor={editor} />
      <MentionMenu editor={editor} />
      {paletteOpen && <CommandPalette editor={editor} onClose={() => setPaletteOpen(false)} />}
      <NoticeLine notices={context.current.notices!} />
    </div>
  );
}
