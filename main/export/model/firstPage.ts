import type { DocNodeJson } from '../../../shared/document/types';
import type { MappingContext } from './mappingContext';
import type { FieldRow } from './types';

/** The order of the first page's rows, as Swedish minutes print them. */
export const firstPageFieldOrder = [
  'Plats och tid',
  'Tid',
  'Plats',
  'Beslutande',
  'Närvarande',
  'Kallade',
  'Ersättare',
  'Övriga närvarande',
  'Justerare',
  'Justeringens plats och tid',
  'Paragrafer',
];

function rank(label: string): number {
  const index = firstPageFieldOrder.indexOf(label);
  return index === -1 ? firstPageFieldOrder.length : index;
}

/** The first-page rows the header and the attendance nodes map to, in the order minutes print them. */
export function firstPageRows(document: DocNodeJson, ctx: MappingContext, extra: FieldRow[] = []): FieldRow[] {
  const rows: FieldRow[] = [...extra];
  for (const node of document.content ?? []) {
    if (node.type !== 'meetingHeader' && node.type !== 'attendance') continue;
    for (const block of ctx.map(node)) if (block.kind === 'fields') rows.push(...block.rows);
  }
  return rows.sort((a, b) => rank(a.label) - rank(b.label));
}

/** The agenda items of a document, with their index in the meeting. */
export function agendaItems(document: DocNodeJson): { node: DocNodeJson; index: number }[] {
  return (document.content ?? []).filter((node) => node.type === 'agendaItem').map((node, index) => ({ node, index }));
}
