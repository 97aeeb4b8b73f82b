import { useEffect, useState, type FormEvent } from 'react';
import type { AppStatus, Body, Organisation } from '../../../shared/contract/models';
import { useApi } from '../../app/apiContext';
import { errorText } from '../../app/errorText';
import { useI18n } from '../../app/i18n';
import { FormMessage, type FormMessageValue } from '../../app/FormMessage';

/** Renaming the organisation and its bodies, and where the data lives. */
export function SettingsScreen({
  status,
  onRenamed,
}: {
  status: AppStatus | null;
  onRenamed: (organisation: Organisation) => void;
}) {
  const api = useApi();
  const { t } = useI18n();
  const [organisationName, setOrganisationName] = useState('');
  const [bodies, setBodies] = useState<Body[]>([]);
  const [identity, setIdentity] = useState('');
  const [message, setMessage] = useState<FormMessageValue | null>(null);

  useEffect(() => {
    api.organisation.get({}).then((organisation) => setOrganisationName(organisation.name), () => undefined);
    api.bodies.list({}).then(setBodies, () => undefined);
    api.identity.get({}).then((value) => setIdentity(value.name), () => undefined);
  }, [api]);

  async function save(event: FormEvent) {
    event.preventDefault();
    try {
      onRenamed(await api.organisation.rename({ name: organisationName }));
      for (const body of bodies) await api.bodies.rename({ id: body.id, name: body.name });
      if (identity.trim()) await api.identity.set({ name: identity });
      setMessage({ error: false, text: t('settings.saved') });
    } catch (error) {
      setMessage({ error: true, text: errorText(t, error) });
    }
  }

  return (
    <section className="settings">
      <h1>{t('settings.heading')}</h1>
      <form onSubmit={save}>
        <label>
          {t('settings.organisationName')}
          <input value={organisationName} onChange={(event) => setOrganisationName(event.target.value)} maxLength={200} />
        </label>
        <label>
          {t('settings.identity')}
          <input value={identity} onChange={(event) => setIdentity(event.target.value)} maxLength={200} />
        </label>
        {bodies.map((body, index) => (
          <label key={body.id}>
            {t('settings.bodyName')}
            <input
              value={body.name}
              maxLength={200}
              onChange={(event) =>
                setBodies((current) => current.map((item, at) => (at === index ? { ...item, name: event.target.value } : item)))
              }
            />
          </label>
        ))}
        <button type="submit" className="primary">
          {t('settings.save')}
        </button>
        <FormMessage message={message} />
      </form>
      {status && (
        <dl className="about">
          <dt>{t('settings.dataDir')}</dt>
          <dd>{status.dataDir}</dd>
          <dt>{t('settings.version')}</dt>
          <dd>{status.version}</dd>
        </dl>
      )}
    </section>
  );
}
