import type { MeetingSummary } from '../../shared/contract/models';
import { newAttendee, type Attendee, type RoleAssignment } from '../../shared/document/nodes/attendance';
import { buildMinutes, textContent, type AgendaItemSeed } from '../../shared/document/buildMinutes';
import { newNodeId } from '../../shared/document/nodes/uniqueIds';
import type { DocNodeJson } from '../../shared/document/types';
import type { ServiceContext } from './context';
import { defaultBodyId } from './defaults';
import { listBodies } from './bodies';
import { insertMeeting } from './meetings';

function person(name: string, role: string, group: Attendee['group'], change: Partial<Attendee> = {}): Attendee {
  return newAttendee({ key: newNodeId(), name, role, group, ...change });
}

function paragraph(text: string): DocNodeJson {
  return { type: 'paragraph', content: textContent(text) };
}

function decision(lead: string, clauses: string[], id = newNodeId()): DocNodeJson {
  return { type: 'decision', attrs: { id, lead }, content: clauses.map((text) => ({ type: 'attClause', content: textContent(text) })) };
}

/**
 * Exempelmöte: a board meeting that shows every kind of entry — attendance with anmält förhinder,
 * an ersättare who tjänstgör, a member present for some § only, decisions with att-satser, an
 * assignment with a deadline, a vote with a reservation, and the next meeting.
 */
export function createSampleMeeting(ctx: ServiceContext): MeetingSummary {
  const bodyId = listBodies(ctx).some((body) => body.id === defaultBodyId) ? defaultBodyId : (listBodies(ctx)[0]?.id ?? defaultBodyId);
  const ids = Array.from({ length: 10 }, () => newNodeId());
  const chair = person('Anna Lindqvist', 'ordförande', 'member');
  const secretary = person('Erik Johansson', 'sekreterare', 'member');
  const treasurer = person('Maria Öberg', 'kassör', 'member');
  const absent = person('Lars Nyström', 'ledamot', 'member', { status: 'excused' });
  const late = person('Sofia Åkesson', 'ledamot', 'member', { presentFrom: ids[3]!, presentTo: ids[9]! });
  const substitute = person('Johan Berg', 'ersättare', 'substitute', { servingFor: absent.key });
  const idleSubstitute = person('Karin Ek', 'ersättare', 'substitute');
  const guest = person('Peter Holm', 'revisor', 'other');
  const adjusterA = { key: newNodeId(), role: 'justerare' as const, personId: null, name: treasurer.name, from: null, to: null };
  const roles: RoleAssignment[] = [
    { key: newNodeId(), role: 'mötesordförande', personId: null, name: chair.name, from: null, to: null },
    { key: newNodeId(), role: 'sekreterare', personId: null, name: secretary.name, from: null, to: null },
    adjusterA,
  ];
  const budgetDecision = newNodeId();
  const motionA = newNodeId();
  const motionB = newNodeId();
  const voters = [chair, secretary, treasurer, late, substitute];
  const items: AgendaItemSeed[] = [
    { title: 'Mötets öppnande', paragraphs: ['Ordföranden Anna Lindqvist hälsade alla välkomna och förklarade mötet öppnat.'] },
    { title: 'Val av justerare', blocks: [decision('Styrelsen beslutar', ['utse Maria Öberg att jämte ordföranden justera protokollet'])] },
    { title: 'Godkännande av dagordningen', blocks: [decision('Styrelsen beslutar', ['godkänna dagordningen'])] },
    {
      title: 'Ekonomisk rapport',
      presenter: 'Maria Öberg',
      paragraphs: ['Kassören redovisade resultatet till och med oktober. Likviditeten är god.'],
      blocks: [
        decision('Styrelsen beslutar', ['lägga den ekonomiska rapporten till handlingarna']),
        { type: 'attachment', attrs: { id: newNodeId() }, content: textContent('Resultatrapport januari–oktober') },
      ],
    },
    {
      title: 'Budget för 2027',
      presenter: 'Maria Öberg',
      basis: 'Förslag till budget 2027',
      proposal: 'Styrelsen föreslår årsmötet att fastställa budgeten.',
      paragraphs: ['Styrelsen diskuterade förslaget till budget och nivån på medlemsavgiften.'],
      blocks: [
        {
          type: 'vote',
          attrs: {
            id: newNodeId(),
            motions: [
              { key: motionA, mover: { personId: null, name: chair.name }, text: 'bifall till förslaget med oförändrad medlemsavgift' },
              { key: motionB, mover: { personId: null, name: late.name }, text: 'höjd medlemsavgift till 350 kr' },
            ],
            propositionOrder: 'Ordföranden ställer proposition på de två yrkandena och finner att styrelsen bifallit förslaget med oförändrad avgift. Votering begärs.',
            method: 'votering',
            yesMotion: motionA,
            noMotion: motionB,
            ballots: voters.map((voter) => ({ person: { personId: null, name: voter.name }, choice: voter === late ? 'nej' : 'ja' })),
            winner: motionA,
            result: 'Med 4 ja-röster mot 1 nej-röst bifaller styrelsen förslaget.',
          },
        },
        decision('Styrelsen beslutar', ['föreslå årsmötet att fastställa budgeten för 2027', 'medlemsavgiften ska vara oförändrad 300 kr'], budgetDecision),
        {
          type: 'reservation',
          attrs: { id: newNodeId(), persons: [{ personId: null, name: late.name }], decisionId: budgetDecision },
          content: textContent('Jag reserverar mig mot beslutet till förmån för mitt eget yrkande.'),
        },
      ],
    },
    {
      title: 'Lokalfrågan',
      paragraphs: ['Hyresavtalet för föreningslokalen löper ut vid årsskiftet.'],
      blocks: [
        {
          type: 'assignment',
          attrs: { id: newNodeId(), assignees: [{ personId: null, name: secretary.name }], deadline: '2027-03-31' },
          content: textContent('undersöka alternativa lokaler och återkomma med ett förslag'),
        },
      ],
    },
    {
      title: 'Motion om öppettider',
      blocks: [{ type: 'deferral', attrs: { id: newNodeId(), kind: 'bordläggning' }, content: textContent('Ärendet bordläggs till nästa möte i väntan på underlag.') }],
    },
    { title: 'Övriga frågor', blocks: [{ type: 'protocolNote', attrs: { id: newNodeId(), persons: [{ personId: null, name: substitute.name }], decisionId: null }, content: textContent('Johan Berg önskar att det antecknas att valberedningen behöver fler ledamöter.') }] },
    { title: 'Nästa möte', paragraphs: ['Nästa möte hålls den 14 januari 2027 kl. 18.30 i föreningslokalen.'] },
    { title: 'Mötets avslutande', paragraphs: ['Ordföranden tackade för visat intresse och förklarade mötet avslutat.'] },
  ];
  const document = buildMinutes(
    {
      title: 'Exempelmöte',
      kind: 'protokoll',
      date: '2026-11-12',
      startTime: '18:30',
      endTime: '20:45',
      place: 'Föreningslokalen, Storgatan 4',
      adjustmentPlace: 'Föreningslokalen',
      adjustmentDate: '2026-11-19',
    },
    items,
    {
      attendance: {
        type: 'attendance',
        attrs: { attendees: [chair, secretary, treasurer, absent, late, substitute, idleSubstitute, guest], roles },
      },
      nextMeeting: { type: 'nextMeeting', attrs: { date: '2027-01-14', startTime: '18:30', endTime: '20:30', place: 'Föreningslokalen, Storgatan 4' } },
    },
  );
  document.content.forEach((node, index) => {
    if (node.type === 'agendaItem') node.attrs = { ...node.attrs, id: ids[index - 2] ?? newNodeId() };
  });
  return insertMeeting(ctx, { bodyId, title: 'Exempelmöte', kind: 'protokoll', date: '2026-11-12' }, document);
}
