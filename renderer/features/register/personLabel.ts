import type { Person } from '../../../shared/contract/models';

/** A person's name, with the e-mail beside it when someone else has the same name. */
export function personLabel(people: Person[], personId: string, name: string): string {
  const namesakes = people.filter((person) => person.name === name);
  if (namesakes.length < 2) return name;
  const email = people.find((person) => person.id === personId)?.email;
  return email ? `${name} (${email})` : `${name} (${namesakes.findIndex((person) => person.id === personId) + 1})`;
}
