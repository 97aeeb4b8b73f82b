import { useCallback, useEffect, useState, type FormEvent } from 'react';
import type { Body, BodyKind, Person } from '../../../shared/contract/models';
import { bodyKinds } from '../../../shared/domain/kinds';
import { useApi } from '../../app/apiContext';
import { errorText } from '../../app/errorText';
import { useI18n } from '../../app/i18n';
import { BodySettings } from './BodySettings';
import { MemberList } from './MemberList';
import { PeopleList } from './PeopleList';

/** The register: the organisation's bodies, who sits in them, and everyone in the register. */
export function RegisterScreen() {
  const api = useApi();
  const { t } = useI18n();
  const [bodies, setBodies] = useState<Body[]>([]);
  const [people, setPeople] = useState<Person[]>([]);
  const [selectedId, setSelectedId] = useState('');
  const [newName, setNewName] = useState('');
  const [newKind, setNewKind] = useState<BodyKind>('nämnd');
  const [error, setError] = useState<string | null>(null);

  const reloadPeople = useCallback(() => {
    api.people.list({}).then(setPeople, (failure: unknown) => setError(errorText(t, failure)));
  }, [api, t]);

  useEffect(() => {
    api.bodies.list({}).then((list) => {
      setBodies(list);
      setSelectedId((current) => current || (list[0]?.id ?? ''));
    }, (failure: unknown) => setError(errorText(t, failure)));
    reloadPeople();
  }, [api, t, reloadPeople]);

  async function addBody(event: FormEvent) {
    event.preventDefault();
    try {
      const body = await api.bodies.create({ name: newName, kind: newKind });
      setBodies(await api.bodies.list({}));
      setSelectedId(body.id);
      setNewName('');
    } catch (failure) {
      setError(errorText(t, failure));
    }
  }

  const selected = bodies.find((body) => body.id === selectedId);
  return (
    <section className="register">
      <h1>{t('register.heading')}</h1>
      {error && <p role="alert" className="error">{error}</p>}
      <div className="register-columns">
        <nav className="body-list" aria-label={t('register.bodies')}>
          <h2>{t('register.bodies')}</h2>
          <ul>
            {bodies.map((body) => (
              <li key={body.id}>
                <button
                  type="button"
                  className={body.id === selectedId ? 'selected' : undefined}
                  aria-pressed={body.id === selectedId}
                  onClick={() => setSelectedId(body.id)}
                >
                  {body.name} <span className="muted">({t(`kind.${body.kind}`)})</span>
                </button>
              </li>
            ))}
          </ul>
          <form onSubmit={addBody} className="add-body" aria-label={t('register.newBody')}>
            <label>
              {t('register.newBody')}
              <input value={newName} onChange={(event) => setNewName(event.target.value)} maxLength={200} />
            </label>
            <select aria-label={t('register.bodyKind')} value={newKind} onChange={(event) => setNewKind(event.target.value as BodyKind)}>
              {bodyKinds.map((kind) => (
                <option key={kind} value={kind}>
                  {t(`kind.${kind}`)}
                </option>
              ))}
            </select>
            <button type="submit" disabled={!newName.trim()}>
              {t('register.addBody')}
            </button>
          </form>
        </nav>
        {selected && (
          <div className="body-detail">
            <h2>{selected.name}</h2>
            <BodySettings
              body={selected}
              onSaved={(saved) => setBodies((current) => current.map((body) => (body.id === saved.id ? saved : body)))}
            />
            <MemberList body={selected} people={people} />
          </div>
        )}
      </div>
      <PeopleList people={people} onChanged={reloadPeople} />
    </section>
  );
}
