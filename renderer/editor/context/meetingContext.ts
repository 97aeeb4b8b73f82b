import { Extension, type Editor } from '@tiptap/core';
import type { QuorumRule } from '../../../shared/domain/attendance';
import type { MessageKey } from '../../../shared/i18n/sv';
import type { PeopleStore } from '../people/peopleStore';
import type { NoticeStore } from './noticeStore';

/** Translates a UI text key in the current language. */
export type Translate = (key: MessageKey, values?: Record<string, string>) => string;

/** What the editor knows about the meeting beyond the document: the body, its people, the clock. */
export interface MeetingContextValue {
  quorumRule: QuorumRule;
  bodyName: string;
  firstParagraphNumber: number;
  people: PeopleStore;
  notices: NoticeStore;
  /** Changes with the UI language; plain DOM node views read it when they draw. */
  translate: Translate;
  now: () => Date;
}

declare module '@tiptap/core' {
  interface Storage {
    meetingContext: MeetingContextValue;
  }
}

/** Carries the meeting's context to commands and node views (through the editor's storage). */
export const MeetingContext = Extension.create<MeetingContextValue, MeetingContextValue>({
  name: 'meetingContext',

  addStorage() {
    return { ...this.options };
  },
});

/** The meeting context of an editor. */
export function meetingContext(editor: Editor): MeetingContextValue {
  return editor.storage.meetingContext;
}
