import type { Editor } from '@tiptap/core';
import { useState, useSyncExternalStore } from 'react';
import type { Attendee } from '../../../../shared/document/nodes/attendance';
import { useI18n } from '../../../app/i18n';
import { meetingContext } from '../../context/meetingContext';
import { PersonPicker } from '../../fields/PersonPicker';
import { addAttendee, addMissingMembers, missingMembers } from './attendanceEdits';

const defaultRoles: Record<Attendee['group'], string> = { member: 'ledamot', substitute: 'ersättare', other: 'tjänsteperson' };

/** Adds a person to the list (a member, an ersättare or someone else present), or the body's missing members. */
export function AddAttendee(props: { editor: Editor; attendees: Attendee[]; onChange: (attendees: Attendee[]) => void }) {
  const { t } = useI18n();
  const context = meetingContext(props.editor);
  const people = useSyncExternalStore(context.people.subscribe, context.people.current);
  const [group, setGroup] = useState<Attendee['group']>('member');
  const missing = missingMembers(props.attendees, people.members);
  return (
    <div className="add-attendee">
      <select aria-label={t('attendance.addAs')} data-focus-first={props.attendees.length === 0 ? '' : undefined} value={group} onChange={(event) => setGroup(event.target.value as Attendee['group'])}>
        <option value="member">{t('attendance.group.member')}</option>
        <option value="substitute">{t('attendance.group.substitute')}</option>
        <option value="other">{t('attendance.group.other')}</option>
      </select>
      <PersonPicker
        editor={props.editor}
        label={t('attendance.addPerson')}
        placeholder={t('attendance.addPerson')}
        clearOnPick
        onPick={(person) => {
          const membership = people.members.find((member) => member.personId === person.personId);
          props.onChange(addAttendee(props.attendees, person, group, membership, defaultRoles[group]));
        }}
      />
      {missing.length > 0 && (
        <button type="button" onClick={() => props.onChange(addMissingMembers(props.attendees, people.members))}>
          {t('attendance.addMembers', { count: String(missing.length) })}
        </button>
      )}
    </div>
  );
}
