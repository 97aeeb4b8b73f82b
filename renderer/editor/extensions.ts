import type { AnyExtension } from '@tiptap/core';
import { ReactNodeViewRenderer } from '@tiptap/react';
import { createDocumentExtensions } from '../../shared/document/extensions';
import { MeetingHeader } from '../../shared/document/nodes/meetingHeader';
import { MinutesCommands } from './commands/minutesCommands';
import { LargePlainTextPaste } from './largePlainTextPaste';
import { MeetingHeaderView } from './nodeViews/MeetingHeaderView';
import { ParagraphNumbers } from './paragraphNumbers';

/** The editor's extensions: the shared schema, its node views, numbering and commands. */
export function createEditorExtensions(options: { firstParagraphNumber: number; decisionLead: string }): AnyExtension[] {
  return [
    ...createDocumentExtensions({
      meetingHeader: MeetingHeader.extend({
        addNodeView() {
          return ReactNodeViewRenderer(MeetingHeaderView);
        },
      }),
    }),
    ParagraphNumbers.configure({ first: options.firstParagraphNumber }),
    MinutesCommands.configure({ decisionLead: options.decisionLead }),
    LargePlainTextPaste,
  ];
}
