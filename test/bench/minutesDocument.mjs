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

function text(value) {
  return [{ type: 'text', text: value }];
}

function paragraph(random) {
  const parts = [];
  const count = between(random, 2, 4);
  for (let index = 0; index < count; index += 1) parts.push(pick(random, sentences));
  return { type: 'paragraph', content: text(parts.join(' ')) };
}

function decision(random, index, lead) {
  const count = between(random, 1, 3);
  const chosen = new Set();
  while (chosen.size < count) chosen.add(pick(random, clauses));
  return {
    type: 'decision',
    attrs: { id: `bench-decision-${index}`, lead },
    content: [...chosen].map((clause) => ({ type: 'attClause', content: text(clause) })),
  };
}

function agendaItem(random, index, lead) {
  const title = index < fixedTitles.length ? fixedTitles[index] : `${pick(random, topics)} (ärende ${index + 1})`;
  const blocks = [];
  const paragraphs = between(random, 2, 4);
  for (let count = 0; count < paragraphs; count += 1) blocks.push(paragraph(random));
  if (random() < 0.45) blocks.push(decision(random, index, lead));
  return {
    type: 'agendaItem',
    attrs: { id: `bench-item-${index}` },
    content: [{ type: 'agendaTitle', content: text(title) }, ...blocks],
  };
}

/** All the text in a node. */
export function textOf(node) {
  if (node.type === 'text') return node.text ?? '';
  return (node.content ?? []).map(textOf).join('');
}

/**
 * The minutes of a long meeting: `items` §§ with several paragraphs each and decisions with
 * att-satser. Everything that is not an agenda item (the header, and whatever the schema adds
 * around the items) is kept from `base`, the document the meeting was created with, so the bench
 * follows the schema as it grows.
 */
export function buildLongMinutes(base, { items, seed, lead }) {
  const random = seededRandom(seed);
  const generated = Array.from({ length: items }, (_, index) => agendaItem(random, index, lead));
  const content = [];
  let inserted = false;
  for (const node of base.content) {
    if (node.type !== 'agendaItem') {
      content.push(node);
      continue;
    }
    if (!inserted) content.push(...generated);
    inserted = true;
  }
  if (!inserted) throw new Error('the template document has no agenda items to replace');
  return { ...base, content };
}
