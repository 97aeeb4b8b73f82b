import { attendanceStatuses, type Attendee } from '../../../../shared/document/nodes/attendance';
import type { MessageKey } from '../../../../shared/i18n/sv';
import { useI18n } from '../../../app/i18n';

const statusLabels: Record<Attendee['status'], MessageKey> = {
  present: 'attendance.present',
  absent: 'attendance.absent',
  excused: 'attendance.excused',
};

/** Närvarande / frånvarande / anmält förhinder as one radio group: the arrow keys move between them. */
export function StatusRadios(props: { name: string; personName: string; value: Attendee['status']; focusFirst: boolean; onChange: (status: Attendee['status']) => void }) {
  const { t } = useI18n();
  return (
    <span role="radiogroup" aria-label={t('attendance.statusOf', { name: props.personName })} className="status-radios">
      {attendanceStatuses.map((status) => (
        <label key={status} className={props.value === status ? `status status-${status} checked` : `status status-${status}`}>
          <input
            type="radio"
            name={props.name}
            value={status}
            checked={props.value === status}
            data-focus-first={props.focusFirst && props.value === status ? '' : undefined}
            onChange={() => props.onChange(status)}
          />
          <span>{t(statusLabels[status])}</span>
        </label>
      ))}
    </span>
  );
}
