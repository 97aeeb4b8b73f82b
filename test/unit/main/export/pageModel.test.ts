import { afterEach, describe, expect, it } from 'vitest';
import { buildPageModel, type Block, type PageModel } from '../../../../main/export/pageModel';
import { meetingForExport } from '../../../../main/services/export/meetingForExport';
import { insertMeeting } from '../../../../main/services/meetings';
import type { DocNodeJson } from '../../../../shared/document/types';
import { createTestServices, type TestServices } from '../../../helpers/createTestServices';

let services: TestServices;
afterEach(() => services?.dispose());

async function sample(): Promise<{ model: (document: 'protokoll' | 'kallelse' | 'utdrag', itemIds?: string[]) => PageModel; ids: string[] }> {
  services = createTestServices();
  const meeting = await services.api.meetings.createSample({});
  const exported = meetingForExport(services.ctx, meeting.id);
  const ids = exported.document.content.filter((node) => node.type === 'agendaItem').map((node) => String(node.attrs?.id));
  return { model: (document, itemIds) => buildPageModel(exported.document, exported.context, { document, itemIds }), ids };
}

function text(block: Block): string {
  if (block.kind === 'heading') return block.text;
  if (block.kind === 'paragraph') return block.lines.map((line) => line.map((run) => run.text).join('')).join('\n');
  if (block.kind === 'list') return block.items.map((item) => item.lines.map((line) => line.map((run) => run.text).join('')).join(' ')).join('\n');
  if (block.kind === 'fields') return block.rows.map((row) => `${row.label}: ${row.lines.map((line) => line.map((run) => run.text).join('')).join(' / ')}`).join('\n');
  if (block.kind === 'grid') return block.table.rows.map((row) => row.map((cell) => cell.map((run) => run.text).join('')).join('|')).join('\n');
  if (block.kind === 'signatures') return block.lines.map((line) => `${line.role}: ${line.name} (${line.paragraphs})`).join('\n');
  if (block.kind === 'box') return `${block.title}: ${block.intro}`;
  return '---';
}

function headings(model: PageModel, level: 1 | 2 | 3): string[] {
  return model.blocks.filter((block): block is Extract<Block, { kind: 'heading' }> => block.kind === 'heading' && block.level === level).map((block) => block.text);
}

describe('the page model of the minutes', () => {
  it('carries the header every page prints and the document properties', async () => {
    const { model } = await sample();
    const protokoll = model('protokoll');
    expect(protokoll.header).toEqual({
      organisation: 'Min förening',
      body: 'Styrelsen',
      documentTitle: 'PROTOKOLL',
      dateLabel: 'Mötesdatum',
      date: '2026-11-12',
    });
    expect(protokoll.properties).toMatchObject({ title: 'Protokoll Styrelsen 2026-11-12', author: 'Min förening', language: 'sv-SE' });
    expect(protokoll.adjusterFooter).toEqual({ boxes: 2 });
  });

  it('puts the first page facts in the order Swedish minutes print them', async () => {
    const { model } = await sample();
    const fields = model('protokoll').blocks.find((block) => block.kind === 'fields');
    expect(fields && text(fields).split('\n')).toEqual([
      'Plats och tid: Föreningslokalen, Storgatan 4 / torsdag 12 november 2026 kl. 18.30–20.45',
      'Beslutande: Anna Lindqvist, ordförande / Erik Johansson, sekreterare / Maria Öberg, kassör / Sofia Åkesson, § 4 – § 10 / Johan Berg, tjänstgörande ersättare för Lars Nyström',
      'Ersättare: Karin Ek',
      'Övriga närvarande: Peter Holm, revisor',
      'Justerare: Maria Öberg',
      'Justeringens plats och tid: Föreningslokalen, torsdag 19 november 2026',
      'Paragrafer: § 1 – § 10',
    ]);
  });

  it('lists the § in order with their decisions, votes, reservations, assignments and attachments', async () => {
    const { model } = await sample();
    const protokoll = model('protokoll');
    expect(headings(protokoll, 2).filter((heading) => heading.startsWith('§'))).toEqual([
      '§ 1 Mötets öppnande',
      '§ 2 Val av justerare',
      '§ 3 Godkännande av dagordningen',
      '§ 4 Ekonomisk rapport',
      '§ 5 Budget för 2027',
      '§ 6 Lokalfrågan',
      '§ 7 Motion om öppettider',
      '§ 8 Övriga frågor',
      '§ 9 Nästa möte',
      '§ 10 Mötets avslutande',
    ]);
    const all = protokoll.blocks.map(text).join('\n');
    expect(all).toContain('Styrelsen beslutar\nföreslå årsmötet att fastställa budgeten för 2027\nmedlemsavgiften ska vara oförändrad 300 kr');
    expect(protokoll.blocks.some((block) => block.kind === 'list' && block.items.every((item) => item.marker === 'att'))).toBe(true);
    expect(all).toContain('Ja-röst för Anna Lindqvists yrkande, nej-röst för Sofia Åkessons yrkande.');
    expect(all).toContain('Sofia Åkesson||X|');
    expect(all).toContain('Summa|4|1|0');
    expect(all).toContain('Sofia Åkesson reserverar sig mot beslutet.');
    expect(all).toContain('Erik Johansson får i uppdrag att undersöka alternativa lokaler och återkomma med ett förslag senast 31 mars 2027.');
    expect(all).toContain('Bilaga 1 Resultatrapport januari–oktober');
    expect(all).toContain('Ärendet bordläggs till nästa möte i väntan på underlag.');
    expect(headings(protokoll, 3)).toEqual(
      expect.arrayContaining(['Yrkanden', 'Propositionsordning', 'Omröstning', 'Reservation', 'Uppdrag', 'Bordläggning', 'Protokollsanteckning från Johan Berg']),
    );
    expect(all).toContain('Torsdag 14 januari 2027 kl. 18.30–20.30, Föreningslokalen, Storgatan 4.');
  });

  it('never prints who voted how in a sluten omröstning, only the count', async () => {
    services = createTestServices();
    const meeting = await services.api.meetings.createSample({});
    const exported = meetingForExport(services.ctx, meeting.id);
    const visit = (node: DocNodeJson): void => {
      if (node.type === 'vote') node.attrs = { ...node.attrs, method: 'sluten' };
      node.content?.forEach(visit);
    };
    visit(exported.document);
    const all = buildPageModel(exported.document, exported.context, { document: 'protokoll' }).blocks.map(text).join('\n');
    expect(all).toContain('Sluten omröstning');
    expect(all).toContain('Ja 4, nej 1, avstår 0.');
    expect(all).not.toContain('Sofia Åkesson||X|');
    expect(all).not.toContain('Ledamot');
  });

  it('ends with the signatures of the secretary, the chair and the justerare, with the § they sign', async () => {
    const { model } = await sample();
    const blocks = model('protokoll').blocks;
    const last = blocks[blocks.length - 1]!;
    expect(text(last)).toBe('Sekreterare: Erik Johansson (§ 1 – § 10)\nOrdförande: Anna Lindqvist (§ 1 – § 10)\nJusterare: Maria Öberg (§ 1 – § 10)');
    expect(blocks.some((block) => block.kind === 'box')).toBe(false);
  });

  it('gives a municipal body its signatures on the first page, the items after it, and the anslagsbevis last', async () => {
    services = createTestServices();
    await services.api.bodies.update({ id: 'default-board', name: 'Kultur- och fritidsnämnden', kind: 'nämnd', quorumRule: { kind: 'majority' } });
    const meeting = await services.api.meetings.createSample({});
    const exported = meetingForExport(services.ctx, meeting.id);
    const budget = exported.document.content.filter((node) => node.type === 'agendaItem')[4]!;
    budget.attrs = { ...budget.attrs, diaryNumber: 'KFN 2026/42' };
    const model = buildPageModel(exported.document, exported.context, { document: 'protokoll' });
    const budgetAt = model.blocks.findIndex((block) => block.kind === 'heading' && block.text === '§ 5 Budget för 2027');
    expect(text(model.blocks[budgetAt + 1]!)).toBe('Diarienummer: KFN 2026/42');
    const kinds = model.blocks.map((block) => (block.kind === 'heading' ? block.text : block.kind));
    const pageBreak = kinds.indexOf('pageBreak');
    expect(kinds.slice(0, pageBreak)).toEqual(['Exempelmöte', 'fields', 'Underskrifter', 'signatures']);
    expect(kinds[pageBreak + 1]).toBe('§ 1 Mötets öppnande');
    expect(model.header.dateLabel).toBe('Sammanträdesdatum');
    const anslag = model.blocks[model.blocks.length - 1]!;
    expect(anslag.kind === 'box' && anslag.title).toBe('Anslagsbevis');
    expect(anslag.kind === 'box' && anslag.rows.map((row) => row.label)).toEqual([
      'Organ',
      'Sammanträdesdatum',
      'Datum då anslaget sätts upp',
      'Datum då anslaget tas ned',
      'Förvaringsplats för protokollet',
    ]);
    expect(anslag.kind === 'box' && anslag.rows[0]!.lines).toEqual([[{ text: 'Kultur- och fritidsnämnden' }]]);
  });

  it('numbers the § from where the body’s year has come to, and role ranges follow', async () => {
    const { model, ids } = await sample();
    services.ctx.db.prepare('INSERT INTO numbering_starts (body_id, year, first_number) VALUES (?, ?, ?)').run('default-board', 2026, 94);
    const meeting = (await services.api.meetings.list({}))[0]!;
    const exported = meetingForExport(services.ctx, meeting.id);
    const document = structuredClone(exported.document);
    const attendance = document.content.find((node) => node.type === 'attendance')!;
    const roles = attendance.attrs!.roles as { role: string; name: string; from: string | null; to: string | null; key: string; personId: null }[];
    roles.push({ key: 'second-chair', role: 'mötesordförande', personId: null, name: 'Sofia Åkesson', from: ids[5]!, to: null });
    roles.find((role) => role.role === 'mötesordförande' && role.name === 'Anna Lindqvist')!.to = ids[4]!;
    const renumbered = buildPageModel(document, exported.context, { document: 'protokoll' });
    expect(headings(renumbered, 2)[0]).toBe('§ 94 Mötets öppnande');
    const signatures = renumbered.blocks[renumbered.blocks.length - 1]!;
    expect(text(signatures)).toContain('Ordförande: Anna Lindqvist (§ 94 – § 98)');
    expect(text(signatures)).toContain('Ordförande: Sofia Åkesson (§ 99 – § 103)');
    expect(model('protokoll').blocks.length).toBeGreaterThan(10);
  });

  it('makes a kallelse with the dagordning and what was prepared for each item', async () => {
    const { model } = await sample();
    const kallelse = model('kallelse');
    expect(kallelse.header.documentTitle).toBe('KALLELSE');
    expect(kallelse.adjusterFooter).toBeNull();
    const all = kallelse.blocks.map(text).join('\n');
    expect(headings(kallelse, 1)).toEqual(['Kallelse till möte med Styrelsen']);
    expect(all).toContain('Tid: torsdag 12 november 2026 kl. 18.30–20.45');
    expect(all).toContain('Kallade: Anna Lindqvist, ordförande / Erik Johansson, sekreterare / Maria Öberg, kassör / Lars Nyström / Sofia Åkesson');
    expect(all).toContain('Budget för 2027 Föredragande: Maria Öberg Beslutsunderlag: Förslag till budget 2027 Förslag till beslut: Styrelsen föreslår årsmötet att fastställa budgeten.');
    expect(all).toContain('Förhinder anmäls till sekreteraren Erik Johansson.');
    // Sent before the meeting: who serves for whom is not known yet.
    expect(all).toContain('Ersättare: Johan Berg / Karin Ek / (för kännedom)');
    const agenda = kallelse.blocks.find((block) => block.kind === 'list')!;
    expect(agenda.kind === 'list' && agenda.items.map((item) => item.marker)).toEqual(Array(10).fill('number'));
  });

  it('makes a protokollsutdrag of the chosen § with attendance and "Rätt utdraget intygar"', async () => {
    const { model, ids } = await sample();
    const utdrag = model('utdrag', [ids[4]!, ids[1]!]);
    expect(utdrag.header.documentTitle).toBe('PROTOKOLLSUTDRAG');
    expect(headings(utdrag, 2).filter((heading) => heading.startsWith('§'))).toEqual(['§ 2 Val av justerare', '§ 5 Budget för 2027']);
    const all = utdrag.blocks.map(text).join('\n');
    expect(all).toContain('Beslutande: Anna Lindqvist');
    expect(all).toContain('Paragrafer: § 2, § 5');
    expect(text(utdrag.blocks[utdrag.blocks.length - 1]!)).toBe('Rätt utdraget intygar: Erik Johansson (§ 2, § 5)');
  });

  it('prints minnesanteckningar without justering, with Närvarande and "Antecknat av"', async () => {
    services = createTestServices();
    const document = (await import('../../../fixtures/largeMeeting')).largeMeeting(3);
    (document.content[0]!.attrs as Record<string, string>).kind = 'minnesanteckningar';
    const meeting = insertMeeting(services.ctx, { bodyId: 'default-board', title: 'Anteckningar', kind: 'minnesanteckningar', date: '2026-06-15' }, document);
    const exported = meetingForExport(services.ctx, meeting.id);
    const model = buildPageModel(exported.document, exported.context, { document: 'protokoll' });
    const all = model.blocks.map(text).join('\n');
    expect(model.header.documentTitle).toBe('MINNESANTECKNINGAR');
    expect(all).toContain('Närvarande: Łukasz Kowalski (S), ordförande / Nguyễn Văn An (M), sekreterare');
    expect(all).not.toContain('Justerare');
    expect(text(model.blocks[model.blocks.length - 1]!)).toBe('Antecknat av: Nguyễn Văn An (§ 1 – § 3)');
  });

  it('skips empty paragraphs and keeps bold and italic runs and hard breaks', async () => {
    services = createTestServices();
    const meeting = await services.api.meetings.createSample({});
    const exported = meetingForExport(services.ctx, meeting.id);
    const item = exported.document.content.find((node) => node.type === 'agendaItem')!;
    const styled: DocNodeJson = {
      type: 'paragraph',
      content: [
        { type: 'text', text: 'Fet', marks: [{ type: 'bold' }] },
        { type: 'hardBreak' },
        { type: 'text', text: 'kursiv', marks: [{ type: 'italic' }] },
      ],
    };
    item.content = [item.content![0]!, { type: 'paragraph' }, styled, { type: 'bulletList', content: [{ type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'punkt' }] }, { type: 'orderedList', content: [{ type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'under' }] }] }] }] }] }];
    const model = buildPageModel(exported.document, exported.context, { document: 'protokoll' });
    const start = model.blocks.findIndex((block) => block.kind === 'heading' && block.text === '§ 1 Mötets öppnande');
    expect(model.blocks[start + 1]).toEqual({ kind: 'paragraph', style: 'body', lines: [[{ text: 'Fet', bold: true }], [{ text: 'kursiv', italic: true }]] });
    expect(model.blocks[start + 2]).toEqual({
      kind: 'list',
      items: [
        { marker: 'bullet', level: 0, lines: [[{ text: 'punkt' }]] },
        { marker: 'number', level: 1, lines: [[{ text: 'under' }]] },
      ],
    });
  });
});

describe('omedelbar justering', () => {
  it('says under a § declared omedelbart justerad that it is, in the minutes and in its own extract', async () => {
    services = createTestServices();
    const meeting = await services.api.meetings.createSample({});
    const opened = await services.api.meetings.open({ id: meeting.id });
    const items = opened.document.content.filter((node) => node.type === 'agendaItem');
    items[4]!.attrs = { ...items[4]!.attrs, immediateAdjustment: true };
    await services.api.minutes.save({ meetingId: meeting.id, baseVersion: opened.version, document: opened.document });
    const exported = meetingForExport(services.ctx, meeting.id);
    const minutes = buildPageModel(exported.document, exported.context, { document: 'protokoll' }).blocks.map(text);
    const budget = minutes.indexOf('§ 5 Budget för 2027');
    const line = minutes.indexOf('Paragrafen förklaras omedelbart justerad.');
    expect(budget).toBeGreaterThan(-1);
    expect(line).toBeGreaterThan(budget);
    expect(minutes.indexOf('§ 6 Lokalfrågan')).toBeGreaterThan(line);
    expect(minutes.filter((entry) => entry === 'Paragrafen förklaras omedelbart justerad.')).toHaveLength(1);
    const extract = buildPageModel(exported.document, exported.context, { document: 'utdrag', itemIds: [String(items[4]!.attrs!.id)] }).blocks.map(text);
    expect(extract).toContain('Paragrafen förklaras omedelbart justerad.');
  });
});
