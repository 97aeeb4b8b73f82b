import { useState } from 'react';
import type { ItemChange, Revision } from '../../../shared/contract/justering';
import { useApi } from '../../app/apiContext';
import { errorText } from '../../app/errorText';
import { useI18n } from '../../app/i18n';

/** Picks two revisions and shows what changed, § by §. */
export function RevisionCompare({ meetingId, revisions }: { meetingId: string; revisions: Revision[] }) {
  const api = useApi();
  const { t } = useI18n();
  const last = revisions.at(-1)?.number ?? 1;
  const [from, setFrom] = useState(Math.max(1, last - 1));
  const [to, setTo] = useState(last);
  const [changes, setChanges] = useState<ItemChange[] | null>(null);
  const [error, setError] = useState<string | null>(null);

  async function compare() {
    try {
      setChanges((await api.justering.compare({ meetingId, from, to })).filter((change) => change.status !== 'unchanged'));
      setError(null);
    } catch (failure) {
      setError(errorText(t, failure));
    }
  }

  const options = revisions.map((revision) => (
    <option key={revision.number} value={revision.number}>
      {revision.number}
    </option>
  ));
  return (
    <div className="revision-compare">
      <label>
        {t('justering.compareFrom')}
        <select value={from} onChange={(event) => setFrom(Number(event.target.value))}>
          {options}
        </select>
      </label>
      <label>
        {t('justering.compareTo')}
        <select value={to} onChange={(event) => setTo(Number(event.target.value))}>
          {options}
        </select>
      </label>
      <button type="button" onClick={() => void compare()}>
        {t('justering.compare')}
      </button>
      {error && <p role="alert" className="error">{error}</p>}
      {changes && changes.length === 0 && <p>{t('justering.noChanges')}</p>}
      {changes && changes.length > 0 && (
        <ul className="changes">
          {changes.map((change) => (
            <li key={change.itemId} className={`change ${change.status}`}>
              <strong>
                {t(`justering.change.${change.status as 'added' | 'changed' | 'removed'}`)}:{' '}
                {t('justering.paragraph', { number: String(change.numberAfter ?? change.numberBefore ?? '') })}{' '}
                {change.titleAfter || change.titleBefore}
              </strong>
              {change.status !== 'added' && (
                <div className="before">
                  <span className="muted">{t('justering.before')}: </span>
                  <del>{change.titleBefore !== change.titleAfter ? `${change.titleBefore}\n` : ''}{change.textBefore}</del>
                </div>
              )}
              {change.status !== 'removed' && (
                <div className="after">
                  <span className="muted">{t('justering.after')}: </span>
                  <ins>{change.titleBefore !== change.titleAfter ? `${change.titleAfter}\n` : ''}{change.textAfter}</ins>
                </div>
              )}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
