import type { CertificateInfo } from '../../../shared/contract/exportModels';
import { useApi } from '../../app/apiContext';
import { errorText } from '../../app/errorText';
import { useI18n } from '../../app/i18n';
import { downloadFile } from '../export/fileBytes';
import type { FormMessageValue } from '../../app/FormMessage';

/** The stored certificates: who, issued by whom, until when, and their fingerprints to compare. */
export function CertificateList({ certificates, onChanged, onMessage }: { certificates: CertificateInfo[]; onChanged: () => void; onMessage: (message: FormMessageValue) => void }) {
  const api = useApi();
  const { t } = useI18n();
  if (certificates.length === 0) return <p className="empty">{t('certificates.empty')}</p>;

  async function remove(certificate: CertificateInfo) {
    if (!window.confirm(t('certificates.removeConfirm', { name: certificate.subjectName }))) return;
    try {
      await api.certificates.remove({ id: certificate.id });
      onChanged();
    } catch (error) {
      onMessage({ error: true, text: errorText(t, error) });
    }
  }

  async function download(certificate: CertificateInfo) {
    try {
      downloadFile(await api.certificates.download({ id: certificate.id }));
    } catch (error) {
      onMessage({ error: true, text: errorText(t, error) });
    }
  }

  return (
    <table className="certificates">
      <thead>
        <tr>
          <th>{t('certificates.column.name')}</th>
          <th>{t('certificates.column.organisation')}</th>
          <th>{t('certificates.column.issuer')}</th>
          <th>{t('certificates.column.validTo')}</th>
          <th>{t('certificates.column.fingerprint')}</th>
          <th />
        </tr>
      </thead>
      <tbody>
        {certificates.map((certificate) => (
          <tr key={certificate.id}>
            <td>{certificate.label}</td>
            <td>{certificate.organisation}</td>
            <td>{certificate.selfSigned ? t('certificates.selfSigned') : certificate.issuerName}</td>
            <td>{certificate.notAfter.slice(0, 10)}</td>
            <td>
              <code title={certificate.fingerprint}>{certificate.fingerprint.slice(0, 16).replace(/(..)(?=.)/g, '$1:')}…</code>
            </td>
            <td className="actions">
              <button type="button" onClick={() => void download(certificate)}>
                {t('certificates.download')}
              </button>
              <button type="button" onClick={() => void remove(certificate)}>
                {t('certificates.remove')}
              </button>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
