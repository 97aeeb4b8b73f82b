import { useState, type FormEvent } from 'react';
import type { CertificateInfo } from '../../../shared/contract/exportModels';
import { useApi } from '../../app/apiContext';
import { errorText } from '../../app/errorText';
import { useI18n } from '../../app/i18n';
import { FormMessage, type FormMessageValue } from '../../app/FormMessage';

function passwordProblem(password: string, repeat: string): 'certificates.create.tooShort' | 'certificates.create.mismatch' | null {
  if (password.length > 0 && password.length < 8) return 'certificates.create.tooShort';
  if (repeat.length > 0 && repeat !== password) return 'certificates.create.mismatch';
  return null;
}

/** Has Paragraf make a key and a self-signed certificate for a person of the organisation. */
export function CreateCertificateForm({ organisation, onCreated }: { organisation: string; onCreated: (certificate: CertificateInfo) => void }) {
  const api = useApi();
  const { t } = useI18n();
  const [name, setName] = useState('');
  const [organisationName, setOrganisationName] = useState(organisation);
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [repeat, setRepeat] = useState('');
  const [years, setYears] = useState(3);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<FormMessageValue | null>(null);
  const problem = passwordProblem(password, repeat);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    try {
      const certificate = await api.certificates.create({ name, organisation: organisationName, email, password, years });
      setMessage({ error: false, text: t('certificates.created', { name: certificate.subjectName }) });
      setPassword('');
      setRepeat('');
      onCreated(certificate);
    } catch (error) {
      setMessage({ error: true, text: errorText(t, error) });
    } finally {
      setBusy(false);
    }
  }

  return (
    <form className="certificate-form" onSubmit={submit} aria-label={t('certificates.create.heading')}>
      <h2>{t('certificates.create.heading')}</h2>
      <p className="hint">{t('certificates.create.hint')}</p>
      <label>
        {t('certificates.create.name')}
        <input value={name} maxLength={200} onChange={(event) => setName(event.target.value)} />
      </label>
      <label>
        {t('certificates.create.organisation')}
        <input value={organisationName} maxLength={200} onChange={(event) => setOrganisationName(event.target.value)} />
      </label>
      <label>
        {t('certificates.create.email')}
        <input type="email" value={email} maxLength={200} onChange={(event) => setEmail(event.target.value)} />
      </label>
      <label>
        {t('certificates.create.password')}
        <input type="password" autoComplete="new-password" value={password} aria-invalid={problem !== null && password.length < 8} onChange={(event) => setPassword(event.target.value)} />
      </label>
      <label>
        {t('certificates.create.repeat')}
        <input type="password" autoComplete="new-password" value={repeat} aria-invalid={repeat.length > 0 && repeat !== password} onChange={(event) => setRepeat(event.target.value)} />
      </label>
      <label>
        {t('certificates.create.years')}
        <input type="number" min={1} max={10} value={years} onChange={(event) => setYears(Math.min(10, Math.max(1, Number(event.target.value) || 1)))} />
      </label>
      {problem && <p className="field-error">{t(problem)}</p>}
      <button type="submit" className="primary" disabled={busy || !name.trim() || password.length < 8 || repeat !== password}>
        {busy ? t('certificates.create.running') : t('certificates.create.run')}
      </button>
      <FormMessage message={message} />
    </form>
  );
}
