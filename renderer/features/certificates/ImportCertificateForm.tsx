import { useState, type FormEvent } from 'react';
import type { CertificateInfo } from '../../../shared/contract/exportModels';
import { useApi } from '../../app/apiContext';
import { errorText } from '../../app/errorText';
import { useI18n } from '../../app/i18n';
import { fileBase64 } from '../export/fileBytes';
import { FormMessage, type FormMessageValue } from '../../app/FormMessage';
import { FileField } from '../../app/FileField';

/** Imports a .p12/.pfx: the bytes come from the file picker, the password opens it once and is forgotten. */
export function ImportCertificateForm({ onImported }: { onImported: (certificate: CertificateInfo) => void }) {
  const api = useApi();
  const { t } = useI18n();
  const [file, setFile] = useState<File | null>(null);
  const [password, setPassword] = useState('');
  const [label, setLabel] = useState('');
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<FormMessageValue | null>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!file) return;
    setBusy(true);
    try {
      const certificate = await api.certificates.import({ fileBase64: await fileBase64(file), password, label });
      setMessage({ error: false, text: t('certificates.imported', { name: certificate.subjectName }) });
      setPassword('');
      onImported(certificate);
    } catch (error) {
      setMessage({ error: true, text: errorText(t, error) });
    } finally {
      setBusy(false);
    }
  }

  return (
    <form className="certificate-form" onSubmit={submit} aria-label={t('certificates.import.heading')}>
      <h2>{t('certificates.import.heading')}</h2>
      <FileField label={t('certificates.import.file')} accept=".p12,.pfx,application/x-pkcs12" file={file} onChange={setFile} />
      <label>
        {t('certificates.import.password')}
        <input type="password" autoComplete="off" value={password} onChange={(event) => setPassword(event.target.value)} />
      </label>
      <label>
        {t('certificates.import.label')}
        <input value={label} maxLength={200} onChange={(event) => setLabel(event.target.value)} />
      </label>
      <button type="submit" className="primary" disabled={!file || busy}>
        {t('certificates.import.run')}
      </button>
      <FormMessage message={message} />
    </form>
  );
}
