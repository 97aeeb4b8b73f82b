import type { DocNodeJson } from '../../../shared/document/types';
import { agendaItems } from './firstPage';
import { plainText } from './inline';
import type { MappingContext } from './mappingContext';
import { attendeeLine } from './nodes/attendance';
import { dateWithWeekday, joinNames, timeSpan } from '../../../shared/domain/swedishText';
import type { Block, FieldRow, Line, ListItem } from './types';

function agendaEntry(item: DocNodeJson): ListItem {
  const attrs = (item.attrs ?? {}) as Record<string, string>;
  const title = plainText(item.content?.[0] ?? { type: 'agendaTitle' }).trim() || 'Ärende';
  const lines: Line[] = [[{ text: title, bold: true }]];
  const fact = (label: string, value: string) => lines.push([{ text: `${label}: `, italic: true }, { text: value }]);
  if (attrs.diaryNumber?.trim()) fact('Diarienummer', attrs.diaryNumber.trim());
  if (attrs.presenter?.trim()) fact('Föredragande', attrs.presenter.trim());
  const basis = (attrs.basis ?? '').split('\n').map((line) => line.trim()).filter(Boolean);
  if (basis.length > 0) fact('Beslutsunderlag', basis.join('; '));
  if (attrs.proposal?.trim()) fact('Förslag till beslut', attrs.proposal.trim().replace(/\s*\n\s*/g, ' '));
  return { marker: 'number', level: 0, lines };
}

function header(document: DocNodeJson): Record<string, string> {
  return ((document.content ?? []).find((node) => node.type === 'meetingHeader')?.attrs ?? {}) as Record<string, string>;
}

/**
 * Kallelse med dagordning: when and where, who is called (ersättare for kännedom), the agenda with
 * what was prepared for each item, and whom to tell about förhinder.
 */
export function composeKallelse(document: DocNodeJson, ctx: MappingContext): Block[] {
  const attrs = header(document);
  const attendees = ctx.attendance.attendees.filter((attendee) => attendee.name.trim() !== '');
  const line = (attendee: (typeof attendees)[number]) => attendeeLine(attendee, attendees, ctx, false);
  const rows: FieldRow[] = [
    { label: 'Tid', lines: [[{ text: [dateWithWeekday(attrs.date || ctx.meeting.meetingDate), timeSpan(attrs.startTime ?? '', attrs.endTime ?? '')].filter(Boolean).join(' ') }]] },
    { label: 'Plats', lines: (attrs.place ?? '').trim() ? [[{ text: (attrs.place ?? '').trim() }]] : [] },
    { label: 'Kallade', lines: attendees.filter((a) => a.group === 'member').map(line) },
  ];
  const substitutes = attendees.filter((a) => a.group === 'substitute');
  if (substitutes.length > 0) rows.push({ label: 'Ersättare', lines: [...substitutes.map(line), [{ text: '(för kännedom)', italic: true }]] });
  const kind = ctx.meeting.bodyKind === 'nämnd' ? 'sammanträde' : 'möte';
  const blocks: Block[] = [
    { kind: 'heading', level: 1, text: `Kallelse till ${kind} med ${ctx.meeting.bodyName}` },
    { kind: 'fields', rows },
    { kind: 'heading', level: 2, text: ctx.meeting.bodyKind === 'nämnd' ? 'Föredragningslista' : 'Dagordning' },
    { kind: 'list', items: agendaItems(document).map(({ node }) => agendaEntry(node)) },
  ];
  const secretaries = ctx.attendance.roles.filter((role) => role.role === 'sekreterare' && role.name.trim());
  const chairs = ctx.attendance.roles.filter((role) => role.role === 'mötesordförande' && role.name.trim());
  const closing: Line[] = [];
  if (secretaries.length > 0) closing.push([{ text: `Förhinder anmäls till sekreteraren ${joinNames(secretaries.map((role) => role.name))}.` }]);
  else closing.push([{ text: 'Förhinder anmäls till sekreteraren.' }]);
  closing.push([{ text: 'Välkomna!' }]);
  blocks.push({ kind: 'paragraph', style: 'body', lines: closing });
  if (chairs.length > 0) {
    blocks.push({ kind: 'paragraph', style: 'body', lines: [[{ text: chairs[0]!.name }], [{ text: 'Ordförande', italic: true }]] });
  }
  return blocks;
}
