import type { CertificateInfo, SignerRole } from '../../../shared/contract/exportModels';
import { signerRoles } from '../../../shared/contract/exportModels';
import { useI18n } from '../../app/i18n';

/** Who signs: a stored certificate, its password (never kept), and the role the signature names. */
export interface SignatureChoice {
  certificateId: string;
  password: string;
  role: SignerRole;
}

/** The certificate, password and role fields, shared by Exportera and Signera PDF. */
export function SignatureFields({
  certificates,
  value,
  onChange,
}: {
  certificates: CertificateInfo[];
  value: SignatureChoice;
  onChange: (value: SignatureChoice) => void;
}) {
  const { t } = useI18n();
  return (
    <div className="signature-fields">
      <label>
        {t('signature.certificate')}
        <select value={value.certificateId} onChange={(event) => onChange({ ...value, certificateId: event.target.value })}>
          {certificates.map((certificate) => (
            <option key={certificate.id} value={certificate.id}>
              {certificate.label}
              {certificate.organisation ? `, ${certificate.organisation}` : ''} ({certificate.notAfter.slice(0, 10)})
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('signature.role')}
        <select value={value.role} onChange={(event) => onChange({ ...value, role: event.target.value as SignerRole })}>
          {signerRoles.map((role) => (
            <option key={role} value={role}>
              {t(`signature.role.${role}`)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('signature.password')}
        <input type="password" autoComplete="off" value={value.password} onChange={(event) => onChange({ ...value, password: event.target.value })} />
      </label>
    </div>
  );
}
