import type { Editor } from '@tiptap/core';
import { useMemo, useSyncExternalStore } from 'react';
import type { Attendee } from '../../../shared/document/nodes/attendance';
import { meetingContext, type Translate } from '../context/meetingContext';
import { useMeetingOutline } from '../outline/useMeetingOutline';
import { buildDirectory, type DirectoryEntry } from './peopleDirectory';

/** The labels that tell namesakes apart, in the UI language. */
export function disambiguationLabels(t: Translate) {
  return { shortId: (id: string) => t('people.shortId', { id }), notInRegister: t('people.notInRegister') };
}

/** Everyone completion offers in this meeting: attendees, the body's members, the register. */
export function usePeopleDirectory(editor: Editor): DirectoryEntry[] {
  const context = meetingContext(editor);
  const people = useSyncExternalStore(context.people.subscribe, context.people.current);
  const outline = useMeetingOutline(editor);
  const attendees = (outline.attendance?.attrs.attendees ?? []) as Attendee[];
  return useMemo(
    () => buildDirectory({ attendees, members: people.members, register: people.register }, disambiguationLabels(context.translate)),
    [attendees, people, context.translate],
  );
}
