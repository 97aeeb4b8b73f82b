import { between, pick, seededRandom } from './random.mjs';

// Realistic Swedish minutes text for a long meeting (an annual general meeting with many motions).

const fixedTitles = [
  'Mötets öppnande',
  'Val av mötesordförande',
  'Val av mötessekreterare',
  'Val av två justerare tillika rösträknare',
  'Fråga om mötet blivit behörigen utlyst',
  'Fastställande av dagordning',
  'Styrelsens verksamhetsberättelse',
  'Ekonomisk redovisning för räkenskapsåret',
  'Revisorernas berättelse',
  'Fråga om ansvarsfrihet för styrelsen',
];

const topics = [
  'Motion om laddstolpar på gästparkeringen',
  'Motion om ny lekplats på innergården',
  'Renovering av tvättstugan',
  'Upphandling av fastighetsskötsel',
  'Medlemsavgift för kommande verksamhetsår',
  'Budget och verksamhetsplan',
  'Uthyrning av föreningslokalen',
  'Energieffektivisering av fastigheten',
  'Rapport från arbetsgruppen för trädgården',
  'Skrivelse från kommunen om avfallshantering',
  'Policy för andrahandsuthyrning',
  'Underhållsplan för de kommande tio åren',
  'Försäkringsfrågor',
  'Digital anslagstavla',
  'Sommarfest och städdag',
  'Stadgeändring, andra läsningen',
];

const sentences = [
  'Ordföranden redogjorde för bakgrunden till ärendet och för de synpunkter som kommit in från medlemmarna.',
  'Kassören Märta Åkesson presenterade de ekonomiska konsekvenserna och konstaterade att utrymme finns i budgeten.',
  'Styrelsen har inhämtat tre offerter, varav den lägsta ligger väl inom den ram som årsmötet beslutade om.',
  'Under diskussionen framfördes att arbetet bör samordnas med den planerade renoveringen av fasaden.',
  'Flera ledamöter påpekade att frågan har betydelse för föreningens långsiktiga underhåll och ekonomi.',
  'Göran Öst föreslog att ärendet skulle återremitteras till styrelsen för ytterligare beredning.',
  'Efter en kortare diskussion konstaterades att det finns ett brett stöd för förslaget bland de närvarande.',
  'Revisorerna har granskat räkenskaperna och styrelsens förvaltning utan att finna anledning till anmärkning.',
  'Sekreteraren informerade om att handlingarna funnits tillgängliga för medlemmarna två veckor före mötet.',
  'Det noterades att kostnaderna för el och uppvärmning har ökat med ungefär femton procent jämfört med föregående år.',
  'Arbetsgruppen har träffats vid fyra tillfällen och lämnat en skriftlig rapport som bifogas protokollet.',
  'En medlem frågade hur beslutet påverkar månadsavgiften, och kassören svarade att ingen höjning planeras i år.',
  'Ordföranden tackade arbetsgruppen för ett grundligt arbete och för en välskriven rapport.',
  'Frågan om tidplan diskuterades, och det framkom att arbetet tidigast kan påbörjas efter semesterperioden.',
  'Valberedningens förslag har skickats ut med kallelsen och presenterades kort av dess sammankallande.',
  'Mötet diskuterade också hur informationen till de boende kan förbättras, bland annat genom den nya hemsidan.',
];

const clauses = [
  'godkänna rapporten och lägga den till handlingarna',
  'uppdra åt styrelsen att genomföra upphandlingen inom ramen för budgeten',
  'fastställa medlemsavgiften till 450 kronor per år',
  'bifalla motionen i dess helhet',
  'avslå motionen med hänvisning till styrelsens yttrande',
  'återremittera ärendet till styrelsen för vidare beredning',
  'fastställa resultat- och balansräkningen för räkenskapsåret',
  'bevilja styrelsen ansvarsfrihet för verksamhetsåret',
  'uppdra åt kassören att teckna avtal med den leverantör som lämnat lägst anbud',
  'ge arbetsgruppen i uppdrag att återkomma med en tidplan till nästa möte',
];

const people = [
  'Anna Lindqvist', 'Erik Johansson', 'Märta Åkesson', 'Göran Öst', 'Sofia Ek', 'Lars Nyström', 'Karin Holm',
  'Johan Berg', 'Maria Öberg', 'Peter Sandberg', 'Eva Sund', 'Åsa Björk', 'Nils Ärlig', 'Helena Strand', 'Olof Dahl',
];

const tasks = [
  'ta in offerter från minst tre leverantörer och återkomma till styrelsen',
  'informera de boende om beslutet via anslagstavlan och hemsidan',
  'undersöka möjligheten till bidrag från kommunen',
  'ta fram ett förslag till tidplan för arbetet',
  'kontakta försäkringsbolaget om villkoren',
];

const statements = [
  'Jag reserverar mig mot beslutet till förmån för mitt eget yrkande.',
  'Vi anser att frågan borde ha beretts ytterligare innan beslut fattades.',
  'Jag vill att det antecknas att underlaget kom ut för sent för att kunna granskas.',
];

const attachments = ['Offert från entreprenören', 'Arbetsgruppens rapport', 'Förslag till budget', 'Revisionsberättelse', 'Underhållsplan 2027–2036'];

const listItems = ['laddstolpar vid gästparkeringen', 'ny belysning på gården', 'översyn av låssystemet', 'fler cykelställ', 'städdag i maj'];

function text(value) {
  return [{ type: 'text', text: value }];
}

function ref(name) {
  return { personId: null, name };
}

function paragraph(random) {
  const parts = [];
  const count = between(random, 2, 4);
  for (let index = 0; index < count; index += 1) parts.push(pick(random, sentences));
  return { type: 'paragraph', content: text(parts.join(' ')) };
}

function decision(random, id, lead) {
  const count = between(random, 1, 3);
  const chosen = new Set();
  while (chosen.size < count) chosen.add(pick(random, clauses));
  return {
    type: 'decision',
    attrs: { id, lead },
    content: [...chosen].map((clause) => ({ type: 'attClause', content: text(clause) })),
  };
}

function assignment(random, index) {
  const month = between(random, 1, 12);
  const day = between(random, 1, 28);
  return {
    type: 'assignment',
    attrs: { id: `bench-assignment-${index}`, assignees: [ref(pick(random, people))], deadline: `2027-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}` },
    content: text(pick(random, tasks)),
  };
}

/** A votering between two yrkanden with everyone's ballot, then the decision it gave and a reservation against it. */
function voteWithReservation(random, index, lead) {
  const yes = `bench-motion-${index}-a`;
  const no = `bench-motion-${index}-b`;
  const [first, second] = [pick(random, people), pick(random, people)];
  const ballots = people.slice(0, 9).map((name) => ({ person: ref(name), choice: name === second ? 'nej' : pick(random, ['ja', 'ja', 'ja', 'nej', 'avstår']) }));
  const decisionId = `bench-decision-${index}-vote`;
  return [
    {
      type: 'vote',
      attrs: {
        id: `bench-vote-${index}`,
        motions: [
          { key: yes, mover: ref(first), text: 'bifall till styrelsens förslag' },
          { key: no, mover: ref(second), text: 'avslag på förslaget' },
        ],
        propositionOrder: 'Ordföranden ställer proposition på yrkandena och finner att mötet bifallit styrelsens förslag. Votering begärs.',
        method: 'votering',
        yesMotion: yes,
        noMotion: no,
        ballots,
        winner: yes,
        result: 'Mötet bifaller styrelsens förslag.',
      },
    },
    decision(random, decisionId, lead),
    { type: 'reservation', attrs: { id: `bench-reservation-${index}`, persons: [ref(second)], decisionId }, content: text(pick(random, statements)) },
  ];
}

function agendaItem(random, index, lead) {
  const title = index < fixedTitles.length ? fixedTitles[index] : `${pick(random, topics)} (ärende ${index + 1})`;
  const blocks = [];
  const paragraphs = between(random, 2, 4);
  for (let count = 0; count < paragraphs; count += 1) blocks.push(paragraph(random));
  if (random() < 0.1) blocks.push({ type: 'bulletList', content: [pick(random, listItems), pick(random, listItems)].map((item) => ({ type: 'listItem', content: [{ type: 'paragraph', content: text(item) }] })) });
  if (random() < 0.1) blocks.push({ type: 'attachment', attrs: { id: `bench-attachment-${index}` }, content: text(pick(random, attachments)) });
  if (random() < 0.08) blocks.push(...voteWithReservation(random, index, lead));
  else if (random() < 0.45) blocks.push(decision(random, `bench-decision-${index}`, lead));
  if (random() < 0.15) blocks.push(assignment(random, index));
  if (random() < 0.06) blocks.push({ type: 'protocolNote', attrs: { id: `bench-note-${index}`, persons: [ref(pick(random, people))], decisionId: null }, content: text(pick(random, statements)) });
  if (random() < 0.05) {
    const kind = random() < 0.5 ? 'bordläggning' : 'återremiss';
    blocks.push({ type: 'deferral', attrs: { id: `bench-deferral-${index}`, kind }, content: text('Ärendet tas upp igen när underlaget är komplett.') });
  }
  const prepared = random() < 0.2;
  return {
    type: 'agendaItem',
    attrs: { id: `bench-item-${index}`, ...(prepared ? { presenter: pick(random, people), basis: 'Tjänsteskrivelse\nOfferter' } : {}) },
    content: [{ type: 'agendaTitle', content: text(title) }, ...blocks],
  };
}

function attendee(key, name, group, role, change = {}) {
  return {
    key,
    personId: null,
    name,
    role,
    party: '',
    group,
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

/**
 * The attendance list of a large meeting: members (one with anmält förhinder, one absent, one who
 * arrives at § 20 and leaves after § 150, one jävig in one §), an ersättare who tjänstgör, others
 * present, and the meeting's roles.
 */
function attendance(items) {
  const members = people.slice(0, 11).map((name, index) => attendee(`bench-member-${index}`, name, 'member', index === 0 ? 'ordförande' : 'ledamot'));
  members[5].status = 'excused';
  members[6].status = 'absent';
  // Fixed § for the 200-§ bench; a shorter meeting (the trace tool's ITEMS) scales them down.
  const at = (index) => items[Math.floor((index * items.length) / 200)].attrs.id;
  members[7].presentFrom = at(19);
  members[7].presentTo = at(149);
  members[8].disqualified = [at(42)];
  const substitute = attendee('bench-substitute-0', people[11], 'substitute', 'ersättare', { servingFor: members[5].key });
  const others = people.slice(12).map((name, index) => attendee(`bench-other-${index}`, name, 'other', 'tjänsteperson'));
  const role = (key, roleName, name) => ({ key, role: roleName, personId: null, name, from: null, to: null });
  return {
    type: 'attendance',
    attrs: {
      attendees: [...members, substitute, ...others],
      roles: [role('bench-role-chair', 'mötesordförande', people[0]), role('bench-role-secretary', 'sekreterare', people[1]), role('bench-role-adjuster-1', 'justerare', people[2]), role('bench-role-adjuster-2', 'justerare', people[3])],
    },
  };
}

/** All the text in a node. */
export function textOf(node) {
  if (node.type === 'text') return node.text ?? '';
  return (node.content ?? []).map(textOf).join('');
}

/** How many nodes of each type the document has. */
export function countNodeTypes(node, counts = {}) {
  counts[node.type] = (counts[node.type] ?? 0) + 1;
  for (const child of node.content ?? []) countNodeTypes(child, counts);
  return counts;
}

/** The node kinds a long meeting must show, so the bench pays for every node view while typing. */
export const requiredNodeTypes = ['meetingHeader', 'attendance', 'agendaItem', 'decision', 'assignment', 'vote', 'reservation', 'protocolNote', 'deferral', 'attachment', 'bulletList', 'nextMeeting'];

/**
 * The minutes of a long meeting: `items` §§ with several paragraphs each, and every kind of node:
 * decisions with att-satser, assignments, votes with a reservation, protokollsanteckningar,
 * bordläggning and återremiss, attachments, lists, prepared §§, a full attendance list and the
 * next meeting. The header is kept from `base`, the document the meeting was created with.
 */
export function buildLongMinutes(base, { items, seed, lead }) {
  const random = seededRandom(seed);
  const generated = Array.from({ length: items }, (_, index) => agendaItem(random, index, lead));
  const header = base.content.find((node) => node.type === 'meetingHeader');
  if (!header) throw new Error('the template document has no meeting header');
  const nextMeeting = { type: 'nextMeeting', attrs: { date: '2027-04-27', startTime: '09:00', endTime: '12:00', place: 'Föreningslokalen, Storgatan 4' } };
  const document = { ...base, content: [header, attendance(generated), ...generated, nextMeeting] };
  const counts = countNodeTypes(document);
  const missing = requiredNodeTypes.filter((type) => !counts[type]);
  if (missing.length > 0) throw new Error(`the bench meeting lacks ${missing.join(', ')}; change the seed or the odds`);
  return document;
}
