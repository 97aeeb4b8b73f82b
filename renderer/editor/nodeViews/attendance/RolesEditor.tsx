import type { Editor } from '@tiptap/core';
import { meetingRoles, type RoleAssignment } from '../../../../shared/document/nodes/attendance';
import type { ItemOrder } from '../../../../shared/domain/attendance';
import type { MessageKey } from '../../../../shared/i18n/sv';
import { useI18n } from '../../../app/i18n';
import { ItemSelect } from '../../fields/ItemSelect';
import { PersonPicker } from '../../fields/PersonPicker';
import { addRole, changeRole, removeRole } from './attendanceEdits';

const roleLabels: Record<RoleAssignment['role'], MessageKey> = {
  mötesordförande: 'role.chair',
  sekreterare: 'role.secretary',
  justerare: 'role.adjuster',
  rösträknare: 'role.teller',
};

/** Mötesordförande, sekreterare, justerare, rösträknare — each held by a person for a § range. */
export function RolesEditor(props: { editor: Editor; roles: RoleAssignment[]; order: ItemOrder; titles: () => string[]; onChange: (roles: RoleAssignment[]) => void }) {
  const { t } = useI18n();
  const { roles, order } = props;
  const titles = roles.length > 0 ? props.titles() : [];
  return (
    <div className="roles" role="group" aria-label={t('roles.heading')}>
      <h3>{t('roles.heading')}</h3>
      <ul className="role-list">
        {roles.map((role) => (
          <li key={role.key} className="role-row">
            <select aria-label={t('roles.role')} value={role.role} onChange={(event) => props.onChange(changeRole(roles, role.key, { role: event.target.value as RoleAssignment['role'] }))}>
              {meetingRoles.map((value) => (
                <option key={value} value={value}>
                  {t(roleLabels[value])}
                </option>
              ))}
            </select>
            <PersonPicker
              editor={props.editor}
              label={t('roles.personFor', { role: t(roleLabels[role.role]) })}
              value={role.name ? { personId: role.personId, name: role.name } : null}
              placeholder={t('people.placeholder')}
              onPick={(person) => props.onChange(changeRole(roles, role.key, { personId: person.personId, name: person.name }))}
            />
            <ItemSelect label={t('roles.from')} order={order} titles={titles} value={role.from} noneLabel={t('attendance.fromStart')} onChange={(from) => props.onChange(changeRole(roles, role.key, { from }))} />
            <span aria-hidden="true">–</span>
            <ItemSelect label={t('roles.to')} order={order} titles={titles} value={role.to} noneLabel={t('attendance.toEnd')} onChange={(to) => props.onChange(changeRole(roles, role.key, { to }))} />
            <button type="button" className="chip-remove" aria-label={t('roles.remove', { role: t(roleLabels[role.role]), name: role.name })} onClick={() => props.onChange(removeRole(roles, role.key))}>
              ×
            </button>
          </li>
        ))}
      </ul>
      <button type="button" className="link" onClick={() => props.onChange(addRole(roles, 'justerare'))}>
        {t('roles.add')}
      </button>
    </div>
  );
}
