import { formatSwedishDate } from '../../../shared/domain/dates';
import type { MappingContext } from './mappingContext';
import type { Block } from './types';

/**
 * Anslagsbevis: the certificate that the adjusted minutes of a municipal body were announced on
 * the anslagstavla (KL 8 kap. 12 §). The dates of posting and the signature are filled in when
 * the notice goes up, so they are left as lines to write on.
 */
export function anslagsbevis(ctx: MappingContext): Block[] {
  return [
    {
      kind: 'box',
      title: 'Anslagsbevis',
      intro: 'Protokollet är justerat. Justeringen har tillkännagivits genom anslag.',
      rows: [
        { label: 'Organ', lines: [[{ text: ctx.meeting.bodyName }]] },
        { label: 'Sammanträdesdatum', lines: [[{ text: formatSwedishDate(ctx.meeting.meetingDate) }]] },
        { label: 'Datum då anslaget sätts upp', lines: [] },
        { label: 'Datum då anslaget tas ned', lines: [] },
        { label: 'Förvaringsplats för protokollet', lines: [] },
      ],
      signature: { role: 'Underskrift', name: '', paragraphs: '' },
    },
  ];
}
