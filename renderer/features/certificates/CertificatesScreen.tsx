import { useCallback, useEffect, useState } from 'react';
import type { CertificateInfo } from '../../../shared/contract/exportModels';
import { useApi } from '../../app/apiContext';
import { errorText } from '../../app/errorText';
import { useI18n } from '../../app/i18n';
import { CertificateList } from './CertificateList';
import { CreateCertificateForm } from './CreateCertificateForm';
import { ImportCertificateForm } from './ImportCertificateForm';
import { SignPdfForm } from './SignPdfForm';
import { VerifyPdfForm } from './VerifyPdfForm';
import { FormMessage, type FormMessageValue } from '../../app/FormMessage';

/** Certifikat: import or create certificates, sign a PDF in turn, and verify a signed PDF. */
export function CertificatesScreen() {
  const api = useApi();
  const { t } = useI18n();
  const [certificates, setCertificates] = useState<CertificateInfo[]>([]);
  const [organisation, setOrganisation] = useState<string | null>(null);
  const [message, setMessage] = useState<FormMessageValue | null>(null);

  const reload = useCallback(() => {
    api.certificates.list({}).then(setCertificates, (error: unknown) => setMessage({ error: true, text: errorText(t, error) }));
    // t changes with the language only
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [api]);

  useEffect(() => {
    reload();
    api.organisation.get({}).then((found) => setOrganisation(found.name), () => setOrganisation(''));
  }, [api, reload]);

  return (
    <section className="certificates-screen">
      <h1>{t('certificates.heading')}</h1>
      <p className="hint">{t('certificates.intro')}</p>
      <CertificateList certificates={certificates} onChanged={reload} onMessage={setMessage} />
      <FormMessage message={message} />
      <div className="certificate-forms">
        <ImportCertificateForm onImported={reload} />
        {organisation !== null && <CreateCertificateForm organisation={organisation} onCreated={reload} />}
        <SignPdfForm certificates={certificates} />
        <VerifyPdfForm />
      </div>
    </section>
  );
}
