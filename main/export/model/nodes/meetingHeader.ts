import type { DocNodeJson } from '../../../../shared/document/types';
import type { MappingContext } from '../mappingContext';
import { dateWithWeekday, timeSpan } from '../../../../shared/domain/swedishText';
import type { Block, FieldRow } from '../types';

/** The meeting's own data as first-page rows: Plats och tid, and Justeringens plats och tid. */
export function mapMeetingHeader(node: DocNodeJson, ctx: MappingContext): Block[] {
  const attrs = (node.attrs ?? {}) as Record<string, string>;
  const when = [dateWithWeekday(attrs.date || ctx.meeting.meetingDate), timeSpan(attrs.startTime ?? '', attrs.endTime ?? '')]
    .filter(Boolean)
    .join(' ');
  const rows: FieldRow[] = [
    { label: 'Plats och tid', lines: [(attrs.place ?? '').trim(), when].filter(Boolean).map((text) => [{ text }]) },
  ];
  if (ctx.meeting.meetingKind === 'protokoll') {
    const adjustment = [(attrs.adjustmentPlace ?? '').trim(), attrs.adjustmentDate ? dateWithWeekday(attrs.adjustmentDate) : '']
      .filter(Boolean)
      .join(', ');
    rows.push({ label: 'Justeringens plats och tid', lines: adjustment ? [[{ text: adjustment }]] : [] });
  }
  return [{ kind: 'fields', rows }];
}
