import { useEffect, useState, type FormEvent } from 'react';
import type { CertificateInfo } from '../../../shared/contract/exportModels';
import { useApi } from '../../app/apiContext';
import { errorText } from '../../app/errorText';
import { useI18n } from '../../app/i18n';
import { downloadFile, fileBase64 } from '../export/fileBytes';
import { SignatureFields, type SignatureChoice } from '../export/SignatureFields';
import { FormMessage, type FormMessageValue } from '../../app/FormMessage';
import { FileField } from '../../app/FileField';

/** "Signera PDF": the next signer (chair, justerare) adds a signature to a PDF exported before. */
export function SignPdfForm({ certificates }: { certificates: CertificateInfo[] }) {
  const api = useApi();
  const { t } = useI18n();
  const [file, setFile] = useState<File | null>(null);
  const [signature, setSignature] = useState<SignatureChoice>({ certificateId: '', password: '', role: 'justerare' });
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<FormMessageValue | null>(null);

  useEffect(() => {
    setSignature((current) => (certificates.some((certificate) => certificate.id === current.certificateId) ? current : { ...current, certificateId: certificates[0]?.id ?? '' }));
  }, [certificates]);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!file) return;
    setBusy(true);
    try {
      const signed = await api.signatures.sign({ pdfBase64: await fileBase64(file), fileName: file.name, signature });
      downloadFile(signed);
      setMessage({ error: false, text: t('sign.done', { file: signed.fileName }) });
      setSignature((current) => ({ ...current, password: '' }));
    } catch (error) {
      setMessage({ error: true, text: errorText(t, error) });
    } finally {
      setBusy(false);
    }
  }

  return (
    <form className="certificate-form" onSubmit={submit} aria-label={t('sign.heading')}>
      <h2>{t('sign.heading')}</h2>
      <p className="hint">{t('sign.hint')}</p>
      <FileField label={t('sign.file')} accept=".pdf,application/pdf" file={file} onChange={setFile} />
      {certificates.length > 0 ? <SignatureFields certificates={certificates} value={signature} onChange={setSignature} /> : <p className="empty">{t('certificates.empty')}</p>}
      <button type="submit" className="primary" disabled={!file || busy || !signature.certificateId || !signature.password}>
        {busy ? t('sign.running') : t('sign.run')}
      </button>
      <FormMessage message={message} />
    </form>
  );
}
