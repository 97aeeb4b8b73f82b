import type { Node as PmNode } from '@tiptap/pm/model';
import { partKey } from '../../../shared/document/partKey';
import { paragraphNumber } from '../../../shared/domain/numbering';
import type { MessageKey } from '../../../shared/i18n/sv';
import { paragraphLabel } from '../review/paragraphLabel';

const partNames: Record<string, MessageKey> = {
  meetingHeader: 'save.part.header',
  attendance: 'save.part.attendance',
  nextMeeting: 'save.part.nextMeeting',
  order: 'save.part.order',
  whole: 'save.part.whole',
};

/** The parts two windows both changed, in words: "§ 4 Ekonomisk rapport och närvaron". */
export function conflictPartsText(
  parts: string[],
  doc: PmNode,
  firstParagraphNumber: number,
  t: (key: MessageKey, values?: Record<string, string>) => string,
  language: string,
): string {
  const items = new Map<string, { number: number; title: string }>();
  doc.forEach((child) => {
    if (child.type.name === 'agendaItem') items.set(partKey(child), { number: paragraphNumber(firstParagraphNumber, items.size), title: child.firstChild?.textContent.trim() ?? '' });
  });
  const names = parts.map((key) => {
    const item = items.get(key);
    // Named as the Justering panel names a § ("§ 3 Godkännande av dagordningen").
    if (item) return paragraphLabel(t, item.number, item.title).trim();
    return t(partNames[key] ?? 'save.part.removedParagraph');
  });
  return new Intl.ListFormat(language === 'sv' ? 'sv-SE' : 'en-GB', { type: 'conjunction' }).format([...new Set(names)]);
}
