import type { AnyExtension, Editor } from '@tiptap/core';
import type { Node as PmNode } from '@tiptap/pm/model';
import type { NodeView } from '@tiptap/pm/view';
import { ReactNodeViewRenderer } from '@tiptap/react';
import { createDocumentExtensions } from '../../shared/document/extensions';
import { Assignment } from '../../shared/document/nodes/assignment';
import { Attendance } from '../../shared/document/nodes/attendance';
import { Deferral } from '../../shared/document/nodes/deferral';
import { MeetingHeader } from '../../shared/document/nodes/meetingHeader';
import { NextMeeting } from '../../shared/document/nodes/nextMeeting';
import { ProtocolNote, Reservation } from '../../shared/document/nodes/statement';
import { Vote } from '../../shared/document/nodes/vote';
import { AttachmentNumbers, readAttachmentNumbers } from './attachmentNumbers';
import { CaretInView } from './caretInView';
import { DeadlineFromText } from './deadlineFromText';
import { CaretOnFocus } from './caretOnFocus';
import { CurrentItem, readCurrentItem } from './currentItem';
import { MinutesCommands } from './commands/minutesCommands';
import { defaultMeetingContext } from './context/defaultMeetingContext';
import { MeetingContext, type MeetingContextValue } from './context/meetingContext';
import { LargePlainTextPaste } from './largePlainTextPaste';
import { AssignmentView } from './nodeViews/AssignmentView';
import { AttendanceView } from './nodeViews/AttendanceView';
import { DeferralView } from './nodeViews/DeferralView';
import { MeetingHeaderView } from './nodeViews/MeetingHeaderView';
import { NextMeetingView } from './nodeViews/NextMeetingView';
import { StatementView } from './nodeViews/StatementView';
import { VoteView } from './nodeViews/VoteView';
import { MeetingOutlineExtension } from './outline/meetingOutline';
import { MinutesDecorations } from './minutesDecorations';
import { ParagraphNumbers, readParagraphNumbers } from './paragraphNumbers';
import { PasteCleanup } from './paste/PasteCleanup';
import { CopyAsMinutes } from './paste/copyAsMinutes';
import { PreparationWidgets, readPreparationWidgets } from './preparation/preparationWidgets';
import { SelectionBeforeKeys } from './selectionBeforeKeys';
import { MentionTrigger } from './suggestions/mentionTrigger';
import { SlashTrigger } from './suggestions/slashTrigger';
import { TypedCharacters } from './typedCharacters';
// The editor's own look (entries, attendance, votes, menus) travels with the editor, also to read-only views.
import './editor.css';

type DomViewClass = new (node: PmNode, editor: Editor, getPos: () => number | undefined) => NodeView;

/** A plain DOM node view: no React, for entries typed in (speed matters there). */
function domView(View: DomViewClass) {
  return () =>
    ({ node, editor, getPos }: { node: PmNode; editor: Editor; getPos: () => number | undefined }) =>
      new View(node, editor, getPos);
}

/** What the editor is built with: the first § number, the lead of a new decision, and the meeting's context. */
export interface EditorExtensionOptions {
  firstParagraphNumber: number;
  decisionLead: string;
  context?: Partial<MeetingContextValue>;
}

/**
 * The editor's extensions: the shared schema with its node views (React where data is edited in
 * forms, plain DOM where text is typed), numbering, the outline, slash and @ triggers, paste
 * cleaning and the commands.
 */
export function createEditorExtensions(options: EditorExtensionOptions): AnyExtension[] {
  const context = { ...defaultMeetingContext(options.firstParagraphNumber), ...options.context };
  return [
    ...createDocumentExtensions({
      meetingHeader: MeetingHeader.extend({ addNodeView: () => ReactNodeViewRenderer(MeetingHeaderView) }),
      attendance: Attendance.extend({ addNodeView: () => ReactNodeViewRenderer(AttendanceView) }),
      vote: Vote.extend({ addNodeView: () => ReactNodeViewRenderer(VoteView) }),
      nextMeeting: NextMeeting.extend({ addNodeView: () => ReactNodeViewRenderer(NextMeetingView) }),
      assignment: Assignment.extend({ addNodeView: domView(AssignmentView) }),
      reservation: Reservation.extend({ addNodeView: domView(StatementView) }),
      protocolNote: ProtocolNote.extend({ addNodeView: domView(StatementView) }),
      deferral: Deferral.extend({ addNodeView: domView(DeferralView) }),
    }),
    MeetingContext.configure(context),
    MeetingOutlineExtension.configure({ first: options.firstParagraphNumber }),
    ParagraphNumbers.configure({ first: options.firstParagraphNumber }),
    AttachmentNumbers,
    CurrentItem,
    CaretOnFocus,
    SelectionBeforeKeys,
    TypedCharacters,
    CaretInView,
    PreparationWidgets,
    SlashTrigger,
    MentionTrigger,
    PasteCleanup,
    CopyAsMinutes,
    MinutesCommands.configure({ decisionLead: options.decisionLead }),
    LargePlainTextPaste,
    DeadlineFromText,
    // Draws § numbers, bilaga numbers, the current § and the preparation widgets as one set.
    MinutesDecorations.configure({ readers: [readParagraphNumbers, readAttachmentNumbers, readCurrentItem, readPreparationWidgets] }),
  ];
}
