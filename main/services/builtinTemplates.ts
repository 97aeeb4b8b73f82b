import type { MeetingKind } from '../../shared/contract/models';
import type { AgendaItemSeed } from '../../shared/document/buildMinutes';

/** A template that ships with Paragraf; seeded into the database, where the user may edit it. */
export interface BuiltinTemplate {
  id: string;
  name: string;
  kind: MeetingKind;
  items: AgendaItemSeed[];
}

/** The built-in agendas. */
export const builtinTemplates: BuiltinTemplate[] = [
  {
    id: 'builtin-board-meeting',
    name: 'Styrelsemöte (förening)',
    kind: 'protokoll',
    items: [
      { title: 'Mötets öppnande' },
      { title: 'Val av justerare' },
      { title: 'Godkännande av dagordningen' },
      { title: 'Föregående mötesprotokoll' },
      { title: 'Ekonomisk rapport' },
      { title: 'Rapporter' },
      { title: 'Inkomna skrivelser' },
      { title: 'Beslutsärenden' },
      { title: 'Övriga frågor' },
      { title: 'Nästa möte' },
      { title: 'Mötets avslutande' },
    ],
  },
];
