import { describe, expect, it } from 'vitest';
import type { Membership, Person } from '../../../../shared/contract/models';
import type { Attendee } from '../../../../shared/document/nodes/attendance';
import { buildDirectory, hasExactName, matchPeople } from '../../../../renderer/editor/people/peopleDirectory';

const labels = { shortId: (id: string) => `id ${id}`, notInRegister: 'ej i registret' };

function person(id: string, name: string, email = ''): Person {
  return { id, name, email };
}

function member(personId: string, personName: string, role: Membership['role'], party = ''): Membership {
  return { id: `m-${personId}`, bodyId: 'b', personId, personName, role, party };
}

function attendee(key: string, name: string, personId: string | null): Attendee {
  return { key, personId, name, role: 'ledamot', party: 'S', group: 'member', status: 'present', servingFor: null, presentFrom: null, presentTo: null, awayFrom: null, awayTo: null, disqualified: [] };
}

describe('the people completion offers', () => {
  it('lists attendees, then members, then the register, each person once', () => {
    const entries = buildDirectory(
      {
        attendees: [attendee('a1', 'Åsa Öberg', 'p1')],
        members: [member('p1', 'Åsa Öberg', 'ordförande'), member('p2', 'Bo Ek', 'kassör', 'M')],
        register: [person('p1', 'Åsa Öberg'), person('p2', 'Bo Ek'), person('p3', 'Cilla Ny', 'cilla@example.se')],
      },
      labels,
    );
    expect(entries.map((entry) => [entry.source, entry.ref.name, entry.detail])).toEqual([
      ['attendee', 'Åsa Öberg', 'ledamot (S)'],
      ['member', 'Bo Ek', 'kassör (M)'],
      ['register', 'Cilla Ny', 'cilla@example.se'],
    ]);
  });

  it('tells namesakes apart by role, e-mail, or at last a short register id', () => {
    const entries = buildDirectory(
      {
        attendees: [],
        members: [member('p1', 'Karin Lund', 'ledamot'), member('p2', 'Karin Lund', 'ledamot')],
        register: [person('p1', 'Karin Lund'), person('p2', 'Karin Lund'), person('p3abcdefgh', 'Karin Lund'), person('p4abcdefgh', 'Karin Lund', 'karin@lund.se')],
      },
      labels,
    );
    const details = entries.map((entry) => entry.detail);
    expect(new Set(details).size).toBe(4);
    expect(details).toEqual(['ledamot · id p1', 'ledamot · id p2', 'id p3abcd', 'karin@lund.se']);
    expect(entries.map((entry) => entry.ref.personId)).toEqual(['p1', 'p2', 'p3abcdefgh', 'p4abcdefgh']);
  });

  it('matches every typed word against the start of a name word, ignoring case', () => {
    const entries = buildDirectory({ attendees: [], members: [], register: [person('1', 'Anna-Karin Öst'), person('2', 'Karl Andersson'), person('3', 'Anna Berg')] }, labels);
    expect(matchPeople(entries, 'kar').map((entry) => entry.ref.name)).toEqual(['Anna-Karin Öst', 'Karl Andersson']);
    expect(matchPeople(entries, 'an b').map((entry) => entry.ref.name)).toEqual(['Anna Berg']);
    expect(matchPeople(entries, 'öst').map((entry) => entry.ref.name)).toEqual(['Anna-Karin Öst']);
    expect(hasExactName(entries, 'anna berg')).toBe(true);
    expect(hasExactName(entries, 'Anna B')).toBe(false);
  });
});
