import { useState, type FormEvent } from 'react';
import type { PdfVerification, SignatureReport } from '../../../shared/contract/exportModels';
import { useApi } from '../../app/apiContext';
import { errorText } from '../../app/errorText';
import { useI18n } from '../../app/i18n';
import { fileBase64 } from '../export/fileBytes';
import { FileField } from '../../app/FileField';

function SignatureResult({ signature }: { signature: SignatureReport }) {
  const { t } = useI18n();
  return (
    <li className={signature.valid ? 'signature valid' : 'signature invalid'}>
      <strong>{signature.valid ? t('verify.signatureValid') : t('verify.signatureInvalid')}</strong>: {signature.signerName}
      {signature.organisation && `, ${signature.organisation}`}
      <ul>
        {signature.reason && <li>{t('verify.reason', { reason: signature.reason })}</li>}
        {signature.signingTime && <li>{t('verify.time', { time: new Date(signature.signingTime).toLocaleString('sv-SE') })}</li>}
        {signature.issuerName && <li>{t('verify.issuer', { issuer: signature.issuerName })}</li>}
        {signature.selfSigned && <li>{t('verify.selfSigned')}</li>}
        {signature.laterChanges === 'signatures' && <li>{t('verify.laterSignatures')}</li>}
        {signature.problems.map((problem) => (
          <li key={problem} className="error">
            {t(`verify.problem.${problem}`)}
          </li>
        ))}
      </ul>
    </li>
  );
}

function verdictKey(result: PdfVerification): 'verify.unsigned' | 'verify.valid' | 'verify.invalid' {
  if (result.signatures.length === 0) return 'verify.unsigned';
  return result.valid ? 'verify.valid' : 'verify.invalid';
}

/** "Verifiera PDF": checks every signature of a PDF and whether the document changed since. */
export function VerifyPdfForm() {
  const api = useApi();
  const { t } = useI18n();
  const [file, setFile] = useState<File | null>(null);
  const [result, setResult] = useState<PdfVerification | null>(null);
  const [error, setError] = useState<string | null>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!file) return;
    setResult(null);
    setError(null);
    try {
      setResult(await api.signatures.verify({ pdfBase64: await fileBase64(file) }));
    } catch (caught) {
      setError(errorText(t, caught));
    }
  }

  const verdict = result ? t(verdictKey(result)) : null;
  return (
    <form className="certificate-form" onSubmit={submit} aria-label={t('verify.heading')}>
      <h2>{t('verify.heading')}</h2>
      <FileField label={t('verify.file')} accept=".pdf,application/pdf" file={file} onChange={setFile} />
      <button type="submit" className="primary" disabled={!file}>
        {t('verify.run')}
      </button>
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      {result && (
        <div role="status" className={result.valid ? 'verification valid' : 'verification invalid'}>
          <p>
            <strong>{verdict}</strong>
          </p>
          <ol>
            {result.signatures.map((signature, index) => (
              <SignatureResult key={`${signature.fieldName}-${index}`} signature={signature} />
            ))}
          </ol>
        </div>
      )}
    </form>
  );
}
