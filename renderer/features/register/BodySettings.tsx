import { useEffect, useState, type FormEvent } from 'react';
import type { Body, BodyKind } from '../../../shared/contract/models';
import { bodyKinds } from '../../../shared/domain/kinds';
import type { QuorumRule } from '../../../shared/domain/attendance';
import { useApi } from '../../app/apiContext';
import { errorText } from '../../app/errorText';
import { useI18n } from '../../app/i18n';
import { FormMessage, type FormMessageValue } from '../../app/FormMessage';

/** A body's name, kind, quorum rule and where its § numbering starts this year. */
export function BodySettings({ body, onSaved }: { body: Body; onSaved: (body: Body) => void }) {
  const api = useApi();
  const { t } = useI18n();
  const year = new Date().getFullYear();
  const [name, setName] = useState(body.name);
  const [kind, setKind] = useState<BodyKind>(body.kind);
  const [quorum, setQuorum] = useState<QuorumRule>(body.quorumRule);
  // Kept as typed, so clearing the field to type a new number does not snap it to 1.
  const [countText, setCountText] = useState(body.quorumRule.kind === 'minimum' ? String(body.quorumRule.count) : '3');
  const [firstNumber, setFirstNumber] = useState('');
  const [message, setMessage] = useState<FormMessageValue | null>(null);

  useEffect(() => {
    setName(body.name);
    setKind(body.kind);
    setQuorum(body.quorumRule);
    setCountText(body.quorumRule.kind === 'minimum' ? String(body.quorumRule.count) : '3');
    setFirstNumber('');
    setMessage(null);
    // Only another body resets the form; saving this one keeps the message on screen.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [body.id]);

  async function save(event: FormEvent) {
    event.preventDefault();
    try {
      const quorumRule: QuorumRule = quorum.kind === 'minimum' ? { kind: 'minimum', count: Number(countText) } : quorum;
      const saved = await api.bodies.update({ id: body.id, name, kind, quorumRule });
      if (firstNumber.trim() !== '') {
        await api.numbering.setStart({ bodyId: body.id, year, first: Number(firstNumber) });
      }
      onSaved(saved);
      setMessage({ error: false, text: t('register.saved') });
    } catch (error) {
      setMessage({ error: true, text: errorText(t, error) });
    }
  }

  return (
    <form className="body-settings" onSubmit={save} aria-label={body.name}>
      <label>
        {t('register.bodyName')}
        <input value={name} onChange={(event) => setName(event.target.value)} maxLength={200} required />
      </label>
      <label>
        {t('register.bodyKind')}
        <select value={kind} onChange={(event) => setKind(event.target.value as BodyKind)}>
          {bodyKinds.map((option) => (
            <option key={option} value={option}>
              {t(`kind.${option}`)}
            </option>
          ))}
        </select>
      </label>
      <fieldset>
        <legend>{t('register.quorum')}</legend>
        <label className="inline">
          <input type="radio" name={`quorum-${body.id}`} checked={quorum.kind === 'majority'} onChange={() => setQuorum({ kind: 'majority' })} />
          {t('register.quorumMajority')}
        </label>
        <label className="inline">
          <input
            type="radio"
            name={`quorum-${body.id}`}
            checked={quorum.kind === 'minimum'}
            onChange={() => setQuorum({ kind: 'minimum', count: Number(countText) || 3 })}
          />
          {t('register.quorumMinimum')}
        </label>
        {quorum.kind === 'minimum' && (
          <label className="inline">
            {t('register.quorumCount')}
            <input
              type="number"
              min={1}
              max={1000}
              value={countText}
              onChange={(event) => setCountText(event.target.value)}
            />
          </label>
        )}
      </fieldset>
      <label>
        {t('register.numberingStart', { year: String(year) })}
        <input type="number" min={1} value={firstNumber} placeholder="1" onChange={(event) => setFirstNumber(event.target.value)} />
      </label>
      <button type="submit" className="primary">
        {t('register.saveBody')}
      </button>
      <FormMessage message={message} />
    </form>
  );
}
