import { approverRoles, type ApproverRole } from '../../../shared/contract/justering';
import type { MessageKey } from '../../../shared/i18n/sv';
import { useI18n } from '../../app/i18n';

/** The role someone approves in (justerare, ordförande, sekreterare), under a label. */
export function ApproverRoleSelect({ label, value, onChange }: { label: MessageKey; value: ApproverRole; onChange: (role: ApproverRole) => void }) {
  const { t } = useI18n();
  return (
    <label>
      {t(label)}
      <select value={value} onChange={(event) => onChange(event.target.value as ApproverRole)}>
        {approverRoles.map((option) => (
          <option key={option} value={option}>
            {t(`approverRole.${option}`)}
          </option>
        ))}
      </select>
    </label>
  );
}
