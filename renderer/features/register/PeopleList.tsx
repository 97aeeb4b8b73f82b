import { useState, type FormEvent } from 'react';
import type { Person } from '../../../shared/contract/models';
import { useApi } from '../../app/apiContext';
import { errorText } from '../../app/errorText';
import { useI18n } from '../../app/i18n';
import { FormMessage, type FormMessageValue } from '../../app/FormMessage';

/** Everyone in the register: add a person, correct a name or an e-mail. */
export function PeopleList({ people, onChanged }: { people: Person[]; onChanged: () => void }) {
  const api = useApi();
  const { t } = useI18n();
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const [message, setMessage] = useState<FormMessageValue | null>(null);

  async function add(event: FormEvent) {
    event.preventDefault();
    const sameName = people.some((person) => person.name === name.trim());
    try {
      await api.people.create({ name, email });
      setMessage(sameName ? { error: false, text: t('register.sameName', { name: name.trim() }) } : null);
      setName('');
      setEmail('');
      onChanged();
    } catch (error) {
      setMessage({ error: true, text: errorText(t, error) });
    }
  }

  async function update(person: Person, change: Partial<Person>) {
    try {
      await api.people.update({ id: person.id, name: change.name ?? person.name, email: change.email ?? person.email });
      onChanged();
    } catch (error) {
      setMessage({ error: true, text: errorText(t, error) });
    }
  }

  return (
    <section className="people" aria-label={t('register.people')}>
      <h2>{t('register.people')}</h2>
      <table className="register-table">
        <thead>
          <tr>
            <th scope="col">{t('register.personName')}</th>
            <th scope="col">{t('register.email')}</th>
          </tr>
        </thead>
        <tbody>
          {people.map((person) => (
            <tr key={person.id}>
              <td>
                <input
                  aria-label={t('register.personName')}
                  defaultValue={person.name}
                  maxLength={200}
                  onBlur={(event) => event.target.value.trim() && event.target.value !== person.name && void update(person, { name: event.target.value })}
                />
              </td>
              <td>
                <input
                  aria-label={`${t('register.email')}: ${person.name}`}
                  defaultValue={person.email}
                  maxLength={200}
                  onBlur={(event) => event.target.value !== person.email && void update(person, { email: event.target.value })}
                />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <form className="add-person" onSubmit={add} aria-label={t('register.newPerson')}>
        <label>
          {t('register.personName')}
          <input value={name} onChange={(event) => setName(event.target.value)} maxLength={200} required />
        </label>
        <label>
          {t('register.email')}
          <input value={email} onChange={(event) => setEmail(event.target.value)} maxLength={200} type="email" />
        </label>
        <button type="submit" disabled={!name.trim()}>
          {t('register.addPerson')}
        </button>
      </form>
      <FormMessage message={message} />
    </section>
  );
}
