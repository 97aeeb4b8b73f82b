import { useEffect, useState, type FormEvent } from 'react';
import type { Body, Membership, MemberRole, Person } from '../../../shared/contract/models';
import { memberRoles } from '../../../shared/domain/kinds';
import { useApi } from '../../app/apiContext';
import { errorText } from '../../app/errorText';
import { useI18n } from '../../app/i18n';
import { personLabel } from './personLabel';

/** Who sits in a body and in which role, with party for municipal bodies. */
export function MemberList({ body, people }: { body: Body; people: Person[] }) {
  const api = useApi();
  const { t } = useI18n();
  const [members, setMembers] = useState<Membership[]>([]);
  const [personId, setPersonId] = useState('');
  const [role, setRole] = useState<MemberRole>('ledamot');
  const [party, setParty] = useState('');
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    api.bodies.members({ bodyId: body.id }).then(setMembers, (failure: unknown) => setError(errorText(t, failure)));
  }, [api, body.id, t]);

  async function run(action: () => Promise<unknown>) {
    setError(null);
    try {
      await action();
      setMembers(await api.bodies.members({ bodyId: body.id }));
    } catch (failure) {
      setError(errorText(t, failure));
    }
  }

  function add(event: FormEvent) {
    event.preventDefault();
    if (!personId) return;
    void run(async () => {
      await api.memberships.add({ bodyId: body.id, personId, role, party });
      setPersonId('');
      setParty('');
    });
  }

  return (
    <section className="members" aria-label={t('register.members')}>
      <h3>{t('register.members')}</h3>
      {members.length === 0 && <p className="empty">{t('register.noMembers')}</p>}
      {members.length > 0 && (
        <table className="register-table">
          <thead>
            <tr>
              <th scope="col">{t('register.person')}</th>
              <th scope="col">{t('register.role')}</th>
              <th scope="col">{t('register.party')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('register.remove')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {members.map((member) => (
              <tr key={member.id}>
                <td>{personLabel(people, member.personId, member.personName)}</td>
                <td>
                  <select
                    aria-label={`${t('register.role')}: ${member.personName}`}
                    value={member.role}
                    onChange={(event) =>
                      void run(() => api.memberships.update({ id: member.id, role: event.target.value as MemberRole, party: member.party }))
                    }
                  >
                    {memberRoles.map((option) => (
                      <option key={option} value={option}>
                        {t(`role.${option}`)}
                      </option>
                    ))}
                  </select>
                </td>
                <td>
                  <input
                    aria-label={`${t('register.party')}: ${member.personName}`}
                    defaultValue={member.party}
                    size={5}
                    maxLength={30}
                    onBlur={(event) =>
                      event.target.value !== member.party &&
                      void run(() => api.memberships.update({ id: member.id, role: member.role, party: event.target.value }))
                    }
                  />
                </td>
                <td>
                  <button type="button" onClick={() => void run(() => api.memberships.remove({ id: member.id }))}>
                    {t('register.remove')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <form className="add-member" onSubmit={add}>
        <label>
          {t('register.person')}
          <select value={personId} onChange={(event) => setPersonId(event.target.value)}>
            <option value="">{t('register.choosePerson')}</option>
            {people.map((person) => (
              <option key={person.id} value={person.id}>
                {personLabel(people, person.id, person.name)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('register.role')}
          <select value={role} onChange={(event) => setRole(event.target.value as MemberRole)}>
            {memberRoles.map((option) => (
              <option key={option} value={option}>
                {t(`role.${option}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('register.party')}
          <input value={party} onChange={(event) => setParty(event.target.value)} size={5} maxLength={30} />
        </label>
        <button type="submit" disabled={!personId}>
          {t('register.addMember')}
        </button>
      </form>
      {error && <p role="alert" className="error">{error}</p>}
    </section>
  );
}
