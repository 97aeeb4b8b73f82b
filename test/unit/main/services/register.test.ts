import { afterEach, describe, expect, it } from 'vitest';
import { validateDocument } from '../../../../shared/document/validateDocument';
import type { Attendee } from '../../../../shared/document/nodes/attendance';
import { createTestServices, type TestServices } from '../../../helpers/createTestServices';

let services: TestServices;
afterEach(() => services?.dispose());

async function board() {
  const { api } = services;
  const anna = await api.people.create({ name: 'Anna Lindqvist', email: 'anna@example.se' });
  const erik = await api.people.create({ name: 'Erik Johansson', email: '' });
  const karin = await api.people.create({ name: 'Karin Ek', email: '' });
  await api.memberships.add({ bodyId: 'default-board', personId: anna.id, role: 'ordförande', party: '' });
  await api.memberships.add({ bodyId: 'default-board', personId: erik.id, role: 'sekreterare', party: '' });
  await api.memberships.add({ bodyId: 'default-board', personId: karin.id, role: 'ersättare', party: '' });
  return { anna, erik, karin };
}

describe('the register', () => {
  it('keeps two people with the same name apart', async () => {
    services = createTestServices();
    const first = await services.api.people.create({ name: 'Lars Andersson', email: '' });
    const second = await services.api.people.create({ name: 'Lars Andersson', email: 'lars.a@example.se' });
    expect(first.id).not.toBe(second.id);
    expect((await services.api.people.list({})).filter((person) => person.name === 'Lars Andersson')).toHaveLength(2);
  });

  it('lists a body’s members chair first and refuses the same role twice', async () => {
    services = createTestServices();
    const { anna } = await board();
    const members = await services.api.bodies.members({ bodyId: 'default-board' });
    expect(members.map((member) => [member.personName, member.role])).toEqual([
      ['Anna Lindqvist', 'ordförande'],
      ['Erik Johansson', 'sekreterare'],
      ['Karin Ek', 'ersättare'],
    ]);
    await expect(
      services.api.memberships.add({ bodyId: 'default-board', personId: anna.id, role: 'ordförande', party: '' }),
    ).rejects.toMatchObject({ code: 'INVALID_INPUT' });
  });

  it('fills a new meeting’s attendance and roles from the register', async () => {
    services = createTestServices();
    await board();
    const meeting = await services.api.meetings.create({ templateId: 'builtin-board-meeting', bodyId: 'default-board', title: 'Möte', date: '2026-05-01' });
    const opened = await services.api.meetings.open({ id: meeting.id });
    const attendance = opened.document.content[1]!;
    expect(attendance.type).toBe('attendance');
    const attendees = attendance.attrs!.attendees as Attendee[];
    expect(attendees.map((attendee) => [attendee.name, attendee.group])).toEqual([
      ['Anna Lindqvist', 'member'],
      ['Erik Johansson', 'member'],
      ['Karin Ek', 'substitute'],
    ]);
    expect((attendance.attrs!.roles as { role: string; name: string }[]).map((role) => [role.role, role.name])).toEqual([
      ['mötesordförande', 'Anna Lindqvist'],
      ['sekreterare', 'Erik Johansson'],
    ]);
    expect(opened.members).toHaveLength(3);
    expect(opened.body.quorumRule).toEqual({ kind: 'majority' });
  });
});

describe('§ numbering across meetings', () => {
  it('continues after the body’s earlier meetings in the year and restarts in a new year', async () => {
    services = createTestServices();
    const { api } = services;
    const create = (date: string) => api.meetings.create({ templateId: 'builtin-board-meeting', bodyId: 'default-board', title: `Möte ${date}`, date });
    const january = await create('2026-01-20');
    const march = await create('2026-03-10');
    const february = await create('2026-02-15');
    const nextYear = await create('2027-01-12');
    expect((await api.meetings.open({ id: january.id })).firstParagraphNumber).toBe(1);
    expect((await api.meetings.open({ id: february.id })).firstParagraphNumber).toBe(12);
    expect((await api.meetings.open({ id: march.id })).firstParagraphNumber).toBe(23);
    expect((await api.meetings.open({ id: nextYear.id })).firstParagraphNumber).toBe(1);

    const opened = await api.meetings.open({ id: january.id });
    const extra = structuredClone(opened.document.content[2]!);
    extra.attrs = { ...extra.attrs, id: 'extra-item' };
    opened.document.content.splice(3, 0, extra);
    await api.minutes.save({ meetingId: january.id, baseVersion: opened.version, document: opened.document });
    expect((await api.meetings.open({ id: march.id })).firstParagraphNumber).toBe(24);

    await api.numbering.setStart({ bodyId: 'default-board', year: 2027, first: 40 });
    expect((await api.meetings.open({ id: nextYear.id })).firstParagraphNumber).toBe(40);
  });
});

describe('templates', () => {
  it('ships four real agendas', async () => {
    services = createTestServices();
    const templates = await services.api.templates.list({});
    expect(templates.map((template) => template.name)).toEqual([
      'Styrelsemöte (förening)',
      'Årsmöte (förening)',
      'Nämndsammanträde (kommun)',
      'Minnesanteckningar',
    ]);
    const annual = await services.api.templates.get({ id: 'builtin-annual-meeting' });
    expect(annual.itemTitles).toContain('Fråga om ansvarsfrihet för styrelsen');
    expect(annual.itemTitles).toContain('Val av två justerare tillika rösträknare');
  });

  it('"Spara som mall" makes a template from a meeting, and a meeting from it has the same agenda', async () => {
    services = createTestServices();
    const { api } = services;
    const sample = await api.meetings.createSample({});
    const template = await api.templates.saveFromMeeting({ meetingId: sample.id, name: 'Vår styrelsemall' });
    expect(template.builtin).toBe(false);
    const detail = await api.templates.get({ id: template.id });
    expect(detail.items.find((item) => item.title === 'Budget för 2027')).toMatchObject({ presenter: 'Maria Öberg', basis: 'Förslag till budget 2027' });
    const meeting = await api.meetings.create({ templateId: template.id, bodyId: 'default-board', title: 'Nytt', date: '2026-12-01' });
    const opened = await api.meetings.open({ id: meeting.id });
    expect(opened.document.content.filter((node) => node.type === 'agendaItem')).toHaveLength(10);
    await expect(api.templates.delete({ id: 'builtin-board-meeting' })).rejects.toMatchObject({ code: 'READ_ONLY' });
    await api.templates.delete({ id: template.id });
    expect((await api.templates.list({})).map((item) => item.id)).not.toContain(template.id);
  });
});

describe('the example meeting', () => {
  it('is valid minutes and shows every kind of entry', async () => {
    services = createTestServices();
    const sample = await services.api.meetings.createSample({});
    const { document } = await services.api.meetings.open({ id: sample.id });
    expect(validateDocument(document)).toMatchObject({ ok: true });
    const types = new Set<string>();
    const walk = (node: { type: string; content?: unknown[] }) => {
      types.add(node.type);
      (node.content as { type: string }[] | undefined)?.forEach(walk);
    };
    walk(document);
    for (const type of ['attendance', 'decision', 'attClause', 'assignment', 'vote', 'reservation', 'protocolNote', 'deferral', 'attachment', 'nextMeeting']) {
      expect(types).toContain(type);
    }
    const attendees = document.content[1]!.attrs!.attendees as Attendee[];
    expect(attendees.some((attendee) => attendee.status === 'excused')).toBe(true);
    expect(attendees.some((attendee) => attendee.servingFor !== null)).toBe(true);
    expect(attendees.some((attendee) => attendee.presentFrom !== null)).toBe(true);
  });
});
