import { describe, expect, it } from 'vitest';
import type { Attendee } from '../../../../shared/document/nodes/attendance';
import { itemOrder, presenceText, quorumAt, takesPartAt } from '../../../../shared/domain/attendance';

const ids = Array.from({ length: 22 }, (_value, index) => `item-${index}`);
const order = itemOrder(ids, 94);

function attendee(change: Partial<Attendee>): Attendee {
  return {
    key: change.name?.replace(/\W/g, '') || 'a',
    personId: null,
    name: 'Åsa Öberg',
    role: 'ledamot',
    party: '',
    group: 'member',
    status: 'present',
    servingFor: null,
    presentFrom: null,
    presentTo: null,
    awayFrom: null,
    awayTo: null,
    disqualified: [],
    ...change,
  };
}

describe('presence by § range', () => {
  it('writes nothing for someone present throughout', () => {
    expect(presenceText(attendee({}), order)).toBe('');
  });

  it('writes "§ 105 – § 106" for someone present for a part only', () => {
    expect(presenceText(attendee({ presentFrom: 'item-11', presentTo: 'item-12' }), order)).toBe('§ 105 – § 106');
  });

  it('writes "ej § 100 – § 103" for a stretch away, and follows the items when they move', () => {
    const away = attendee({ awayFrom: 'item-6', awayTo: 'item-9' });
    expect(presenceText(away, order)).toBe('ej § 100 – § 103');
    const moved = itemOrder(['item-6', ...ids.filter((id) => id !== 'item-6')], 94);
    expect(presenceText(away, moved)).toBe('ej § 94 – § 103');
  });

  it('does not count someone jävig at that item', () => {
    const jävig = attendee({ disqualified: ['item-3'] });
    expect(takesPartAt(jävig, order, 3)).toBe(false);
    expect(takesPartAt(jävig, order, 4)).toBe(true);
  });
});

describe('beslutförhet', () => {
  const members = ['A', 'B', 'C', 'D', 'E'].map((name) => attendee({ name, key: name }));

  it('needs more than half of the seats', () => {
    const three = members.map((member, index) => (index < 3 ? member : { ...member, status: 'excused' as const }));
    expect(quorumAt(three, order, 0, { kind: 'majority' })).toEqual({ seats: 5, deciding: 3, required: 3, ok: true });
    const two = members.map((member, index) => (index < 2 ? member : { ...member, status: 'absent' as const }));
    expect(quorumAt(two, order, 0, { kind: 'majority' }).ok).toBe(false);
  });

  it('counts an ersättare who tjänstgör for an absent member', () => {
    const two = members.map((member, index) => (index < 2 ? member : { ...member, status: 'excused' as const }));
    const serving = attendee({ key: 'S', name: 'Ersättare', group: 'substitute', servingFor: 'C' });
    const idle = attendee({ key: 'T', name: 'Ersättare 2', group: 'substitute' });
    expect(quorumAt([...two, serving, idle], order, 0, { kind: 'majority' })).toMatchObject({ deciding: 3, ok: true });
  });

  it('follows arrivals and departures per item', () => {
    const late = members.map((member, index) => (index >= 2 ? { ...member, presentFrom: 'item-5' } : member));
    expect(quorumAt(late, order, 0, { kind: 'majority' }).ok).toBe(false);
    expect(quorumAt(late, order, 5, { kind: 'majority' }).ok).toBe(true);
  });
});
