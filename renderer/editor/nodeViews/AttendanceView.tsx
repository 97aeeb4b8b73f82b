import { NodeViewWrapper, type ReactNodeViewProps } from '@tiptap/react';
import { useState } from 'react';
import { attendeeGroups, type Attendee, type RoleAssignment } from '../../../shared/document/nodes/attendance';
import type { MessageKey } from '../../../shared/i18n/sv';
import { useI18n } from '../../app/i18n';
import { itemTitles } from '../fields/ItemSelect';
import { useMeetingOutline } from '../outline/useMeetingOutline';
import { useEditable } from '../useEditable';
import { QuorumStatus } from '../quorum/QuorumStatus';
import { AddAttendee } from './attendance/AddAttendee';
import { changeAttendee, removeAttendee, toggleDisqualified } from './attendance/attendanceEdits';
import { AttendeeRow } from './attendance/AttendeeRow';
import { RolesEditor } from './attendance/RolesEditor';
import { escapeToText } from '../fields/escapeToText';

const groupHeadings: Record<Attendee['group'], MessageKey> = {
  member: 'attendance.group.members',
  substitute: 'attendance.group.substitutes',
  other: 'attendance.group.others',
};

/**
 * Närvaro: who is present, absent or has anmält förhinder, ersättare who tjänstgör, others present,
 * presence by § range and jäv, the meeting's roles, and beslutförhet at the current § — all operable
 * from the keyboard (radio groups, lists, buttons).
 */
export function AttendanceView({ node, editor, updateAttributes }: ReactNodeViewProps) {
  const { t } = useI18n();
  const outline = useMeetingOutline(editor);
  const editable = useEditable(editor);
  const [openKey, setOpenKey] = useState<string | null>(null);
  const attendees = node.attrs.attendees as Attendee[];
  const roles = node.attrs.roles as RoleAssignment[];
  const setAttendees = (next: Attendee[]) => updateAttributes({ attendees: next });
  const members = attendees.filter((attendee) => attendee.group === 'member');
  const firstKey = attendees[0]?.key;
  const titles = () => itemTitles(editor);
  return (
    <NodeViewWrapper as="section" className="attendance" data-type="attendance" contentEditable={false} aria-label={t('attendance.heading')} onKeyDown={escapeToText(editor)}>
      <div className="attendance-head">
        <h2>{t('attendance.heading')}</h2>
        <QuorumStatus editor={editor} />
      </div>
      {attendees.length === 0 && <p className="muted">{t('attendance.empty')}</p>}
      {attendeeGroups.map((group) => {
        const rows = attendees.filter((attendee) => attendee.group === group);
        if (rows.length === 0) return null;
        return (
          <div key={group} className={`attendee-group group-${group}`}>
            <h3>{t(groupHeadings[group])}</h3>
            <ul className="attendee-list">
              {rows.map((attendee) => (
                <AttendeeRow
                  key={attendee.key}
                  attendee={attendee}
                  members={members}
                  order={outline.order}
                  titles={titles}
                  open={openKey === attendee.key}
                  focusFirst={attendee.key === firstKey}
                  editable={editable}
                  onToggleOpen={() => setOpenKey(openKey === attendee.key ? null : attendee.key)}
                  onChange={(change) => setAttendees(changeAttendee(attendees, attendee.key, change))}
                  onToggleDisqualified={(itemId) => setAttendees(toggleDisqualified(attendees, attendee.key, itemId))}
                  onRemove={() => setAttendees(removeAttendee(attendees, attendee.key))}
                />
              ))}
            </ul>
          </div>
        );
      })}
      {/* Locked minutes keep "Per §" working (it only shows); everything that changes them is off. */}
      <fieldset className="node-fields" disabled={!editable}>
        <AddAttendee editor={editor} attendees={attendees} onChange={setAttendees} />
        <RolesEditor editor={editor} roles={roles} order={outline.order} titles={titles} onChange={(next) => updateAttributes({ roles: next })} />
      </fieldset>
    </NodeViewWrapper>
  );
}
