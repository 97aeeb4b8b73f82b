import type { Attendee } from '../../../../shared/document/nodes/attendance';
import { presenceText, type ItemOrder } from '../../../../shared/domain/attendance';
import { useI18n } from '../../../app/i18n';
import { AttendeeDetails } from './AttendeeDetails';
import { StatusRadios } from './StatusRadios';

/** Props of one row: the person, the members an ersättare can serve for, and the changes it makes. */
export interface AttendeeRowProps {
  attendee: Attendee;
  members: Attendee[];
  order: ItemOrder;
  titles: () => string[];
  open: boolean;
  focusFirst: boolean;
  /** False while the minutes are locked: the row and its details show, and change nothing. */
  editable: boolean;
  onToggleOpen: () => void;
  onChange: (change: Partial<Attendee>) => void;
  onToggleDisqualified: (itemId: string) => void;
  onRemove: () => void;
}

/** One person of the attendance list: status, whom an ersättare serves for, and a summary of their § ranges. */
export function AttendeeRow(props: AttendeeRowProps) {
  const { t } = useI18n();
  const { attendee, order } = props;
  const presence = presenceText(attendee, order);
  const disqualified = attendee.disqualified.map((id) => `§ ${order.numbers.get(id) ?? '?'}`).join(', ');
  const summary = [presence, disqualified && t('attendance.disqualifiedIn', { items: disqualified })].filter(Boolean).join(' · ');
  return (
    <li className={`attendee status-${attendee.status}`} data-key={attendee.key}>
      <div className="attendee-main">
        <span className="attendee-name">{attendee.name}</span>
        <span className="attendee-role">{attendee.party ? `${attendee.role} (${attendee.party})` : attendee.role}</span>
        <fieldset className="inline-fields" disabled={!props.editable}>
          <StatusRadios name={`status-${attendee.key}`} personName={attendee.name} value={attendee.status} focusFirst={props.focusFirst} onChange={(status) => props.onChange({ status })} />
          {attendee.group === 'substitute' && (
            <label className="serving-for">
              <span>{t('attendance.servingFor')}</span>
              <select
                aria-label={t('attendance.servingForOf', { name: attendee.name })}
                value={attendee.servingFor ?? ''}
                onChange={(event) => props.onChange({ servingFor: event.target.value === '' ? null : event.target.value })}
              >
                <option value="">{t('attendance.servingNobody')}</option>
                {props.members.map((member) => (
                  <option key={member.key} value={member.key}>
                    {member.name}
                  </option>
                ))}
              </select>
            </label>
          )}
        </fieldset>
        <span className="attendee-presence">{summary}</span>
        <button type="button" className="attendee-toggle" aria-expanded={props.open} aria-label={t('attendance.detailsOf', { name: attendee.name })} onClick={props.onToggleOpen}>
          {t('attendance.details')}
        </button>
      </div>
      {props.open && (
        <fieldset className="node-fields" disabled={!props.editable}>
          <AttendeeDetails
            attendee={attendee}
            order={order}
            titles={props.titles()}
            onChange={props.onChange}
            onToggleDisqualified={props.onToggleDisqualified}
            onRemove={props.onRemove}
          />
        </fieldset>
      )}
    </li>
  );
}
