import type { Attendee } from '../../../../shared/document/nodes/attendance';
import type { DocNodeJson } from '../../../../shared/document/types';
import { mapChildren, type MappingContext } from '../mappingContext';
import { joinNames } from '../../../../shared/domain/swedishText';
import type { Block, Line } from '../types';

function meta(label: string, value: string): Block {
  return { kind: 'paragraph', style: 'meta', lines: [[{ text: `${label}: `, bold: true }, { text: value }]] };
}

function disqualified(ctx: MappingContext, itemId: string): Attendee[] {
  return ctx.attendance.attendees.filter((attendee) => attendee.disqualified.includes(itemId));
}

/**
 * A § of the minutes: the heading with its derived number, the facts prepared before the meeting
 * (diarienummer, föredragande, jäv, beslutsunderlag, förslag till beslut), then what was written.
 */
export function mapAgendaItem(node: DocNodeJson, ctx: MappingContext): Block[] {
  const attrs = (node.attrs ?? {}) as Record<string, string | null>;
  const [title, ...body] = node.content ?? [];
  const blocks: Block[] = title ? ctx.map(title) : [];
  if (attrs.diaryNumber?.trim()) blocks.push(meta('Diarienummer', attrs.diaryNumber.trim()));
  if (attrs.presenter?.trim()) blocks.push(meta('Föredragande', attrs.presenter.trim()));
  const jav = disqualified(ctx, String(attrs.id ?? ''));
  if (jav.length > 0) {
    const names = joinNames(jav.map((attendee) => attendee.name));
    blocks.push(meta('Jäv', `${names} anmäler jäv och deltar inte i handläggningen.`));
  }
  const basis = (attrs.basis ?? '').split('\n').map((line) => line.trim()).filter(Boolean);
  if (basis.length > 0) {
    blocks.push({ kind: 'heading', level: 3, text: 'Beslutsunderlag' });
    blocks.push({ kind: 'list', items: basis.map((text) => ({ marker: 'bullet' as const, level: 0, lines: [[{ text }]] as Line[] })) });
  }
  const proposal = (attrs.proposal ?? '').trim();
  if (proposal) {
    blocks.push({ kind: 'heading', level: 3, text: 'Förslag till beslut' });
    blocks.push({ kind: 'paragraph', style: 'body', lines: proposal.split('\n').map((text) => [{ text }]) });
  }
  blocks.push(...mapChildren({ type: 'agendaItem', content: body }, ctx));
  if ((node.attrs as { immediateAdjustment?: unknown } | undefined)?.immediateAdjustment === true) {
    blocks.push({ kind: 'paragraph', style: 'body', lines: [[{ text: 'Paragrafen förklaras omedelbart justerad.', bold: true }]] });
  }
  return blocks;
}
