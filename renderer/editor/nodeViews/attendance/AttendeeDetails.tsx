import type { Attendee } from '../../../../shared/document/nodes/attendance';
import type { ItemOrder } from '../../../../shared/domain/attendance';
import { useI18n } from '../../../app/i18n';
import { ItemSelect } from '../../fields/ItemSelect';

/** Props of one person's details: their row, the items, and how to change the row. */
export interface AttendeeDetailsProps {
  attendee: Attendee;
  order: ItemOrder;
  titles: string[];
  onChange: (change: Partial<Attendee>) => void;
  onToggleDisqualified: (itemId: string) => void;
  onRemove: () => void;
}

const roleSuggestions = ['ledamot', 'ersättare', 'tjänsteperson', 'adjungerad', 'åhörare', 'revisor', 'föredragande'];

/**
 * The § ranges of one person: present from/to (arrival, departure), a stretch away ("ej § 35 – § 44"),
 * jäv per item, and their role and party. Every § is chosen from a list, never typed as a number.
 */
export function AttendeeDetails({ attendee, order, titles, onChange, onToggleDisqualified, onRemove }: AttendeeDetailsProps) {
  const { t } = useI18n();
  const name = attendee.name;
  return (
    <div className="attendee-details" role="group" aria-label={t('attendance.detailsOf', { name })}>
      <div className="details-row">
        <span className="details-label">{t('attendance.presentFrom')}</span>
        <ItemSelect label={t('attendance.presentFromOf', { name })} order={order} titles={titles} value={attendee.presentFrom} noneLabel={t('attendance.fromStart')} onChange={(presentFrom) => onChange({ presentFrom })} />
        <span className="details-label">{t('attendance.presentTo')}</span>
        <ItemSelect label={t('attendance.presentToOf', { name })} order={order} titles={titles} value={attendee.presentTo} noneLabel={t('attendance.toEnd')} onChange={(presentTo) => onChange({ presentTo })} />
      </div>
      <div className="details-row">
        <span className="details-label">{t('attendance.away')}</span>
        <ItemSelect label={t('attendance.awayFromOf', { name })} order={order} titles={titles} value={attendee.awayFrom} noneLabel={t('attendance.notAway')} onChange={(awayFrom) => onChange({ awayFrom, awayTo: awayFrom === null ? null : attendee.awayTo })} />
        <span className="details-label">–</span>
        <ItemSelect label={t('attendance.awayToOf', { name })} order={order} titles={titles} value={attendee.awayTo} noneLabel={t('attendance.sameItem')} onChange={(awayTo) => onChange({ awayTo })} />
      </div>
      <div className="details-row">
        <span className="details-label">{t('attendance.disqualified')}</span>
        {attendee.disqualified.map((itemId) => (
          <span key={itemId} className="chip">
            <span>{`§ ${order.numbers.get(itemId) ?? '?'}`}</span>
            <button type="button" className="chip-remove" aria-label={t('attendance.removeDisqualified', { number: String(order.numbers.get(itemId) ?? '?') })} onClick={() => onToggleDisqualified(itemId)}>
              ×
            </button>
          </span>
        ))}
        <ItemSelect label={t('attendance.addDisqualifiedOf', { name })} order={order} titles={titles} value={null} noneLabel={t('attendance.addDisqualified')} onChange={(itemId) => itemId && onToggleDisqualified(itemId)} />
      </div>
      <div className="details-row">
        <label className="details-field">
          <span className="details-label">{t('attendance.role')}</span>
          <input value={attendee.role} maxLength={60} list="paragraf-attendee-roles" size={14} onChange={(event) => onChange({ role: event.target.value })} />
        </label>
        <label className="details-field">
          <span className="details-label">{t('attendance.party')}</span>
          <input value={attendee.party} maxLength={30} size={4} onChange={(event) => onChange({ party: event.target.value })} />
        </label>
        <datalist id="paragraf-attendee-roles">
          {roleSuggestions.map((role) => (
            <option key={role} value={role} />
          ))}
        </datalist>
        <button type="button" className="link danger" onClick={onRemove}>
          {t('attendance.remove', { name })}
        </button>
      </div>
    </div>
  );
}
