import type { MeetingKind } from '../../shared/contract/models';
import type { AgendaItemSeed } from '../../shared/document/buildMinutes';

/** A template that ships with Paragraf; seeded into the database, where the user may edit it. */
export interface BuiltinTemplate {
  id: string;
  name: string;
  kind: MeetingKind;
  items: AgendaItemSeed[];
}

const titles = (list: string[]): AgendaItemSeed[] => list.map((title) => ({ title }));

/** The built-in agendas: a board meeting, an annual meeting, a municipal committee, plain notes. */
export const builtinTemplates: BuiltinTemplate[] = [
  {
    id: 'builtin-board-meeting',
    name: 'Styrelsemöte (förening)',
    kind: 'protokoll',
    items: titles([
      'Mötets öppnande',
      'Val av justerare',
      'Godkännande av dagordningen',
      'Föregående mötesprotokoll',
      'Ekonomisk rapport',
      'Rapporter',
      'Inkomna skrivelser',
      'Beslutsärenden',
      'Övriga frågor',
      'Nästa möte',
      'Mötets avslutande',
    ]),
  },
  {
    id: 'builtin-annual-meeting',
    name: 'Årsmöte (förening)',
    kind: 'protokoll',
    items: titles([
      'Mötets öppnande',
      'Val av mötesordförande',
      'Val av mötessekreterare',
      'Val av två justerare tillika rösträknare',
      'Fråga om mötets behöriga utlysande',
      'Fastställande av röstlängd',
      'Fastställande av dagordning',
      'Styrelsens verksamhetsberättelse',
      'Ekonomisk berättelse (resultat- och balansräkning)',
      'Revisionsberättelse',
      'Fastställande av resultat- och balansräkning',
      'Fråga om ansvarsfrihet för styrelsen',
      'Fastställande av medlemsavgift',
      'Verksamhetsplan och budget för kommande år',
      'Val av ordförande',
      'Val av övriga styrelseledamöter och ersättare',
      'Val av revisorer och revisorsersättare',
      'Val av valberedning',
      'Behandling av motioner',
      'Behandling av propositioner',
      'Övriga frågor',
      'Mötets avslutande',
    ]),
  },
  {
    id: 'builtin-committee-meeting',
    name: 'Nämndsammanträde (kommun)',
    kind: 'protokoll',
    items: [
      { title: 'Sammanträdets öppnande och upprop' },
      { title: 'Val av justerare och tid för justering' },
      { title: 'Godkännande av föredragningslistan' },
      { title: 'Anmälan om jäv' },
      { title: 'Förvaltningschefens information', presenter: 'Förvaltningschef' },
      { title: 'Ekonomisk uppföljning', presenter: 'Ekonom', basis: 'Tjänsteskrivelse\nEkonomisk rapport' },
      { title: 'Ärende', presenter: 'Handläggare', basis: 'Tjänsteskrivelse', proposal: 'Nämnden beslutar att …' },
      { title: 'Delegationsbeslut' },
      { title: 'Meddelanden' },
      { title: 'Sammanträdets avslutande' },
    ],
  },
  {
    id: 'builtin-notes',
    name: 'Minnesanteckningar',
    kind: 'minnesanteckningar',
    items: titles(['Välkommen och presentation', 'Aktuellt', 'Diskussion', 'Övriga frågor', 'Nästa möte']),
  },
];
