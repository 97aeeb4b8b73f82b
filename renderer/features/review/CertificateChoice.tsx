import { useEffect, useState } from 'react';
import type { CertificateInfo } from '../../../shared/contract/exportModels';
import { useApi } from '../../app/apiContext';
import { useI18n } from '../../app/i18n';

/** A certificate to sign with and its password, or none. */
export interface CertificateSelection {
  certificateId: string;
  password: string;
}

/** Picks one of the certificates Paragraf keeps (or none) and asks for its password. */
export function CertificateChoice({ value, onChange }: { value: CertificateSelection | null; onChange: (value: CertificateSelection | null) => void }) {
  const api = useApi();
  const { t } = useI18n();
  const [certificates, setCertificates] = useState<CertificateInfo[]>([]);

  useEffect(() => {
    api.certificates.list({}).then(setCertificates, () => undefined);
  }, [api]);

  if (certificates.length === 0) return <p className="muted">{t('justering.noCertificates')}</p>;
  return (
    <div className="certificate-choice">
      <label>
        {t('justering.signWith')}
        <select
          value={value?.certificateId ?? ''}
          onChange={(event) => onChange(event.target.value ? { certificateId: event.target.value, password: value?.password ?? '' } : null)}
        >
          <option value="">{t('justering.noSignature')}</option>
          {certificates.map((certificate) => (
            <option key={certificate.id} value={certificate.id}>
              {certificate.label || certificate.subjectName} ({certificate.subjectName})
            </option>
          ))}
        </select>
      </label>
      {value && (
        <label>
          {t('justering.certificatePassword')}
          <input type="password" value={value.password} autoComplete="off" onChange={(event) => onChange({ ...value, password: event.target.value })} />
        </label>
      )}
    </div>
  );
}
