import { afterEach, describe, expect, it } from 'vitest';
import { toPdf } from '../../../../main/export/pdf/toPdf';
import { buildPageModel } from '../../../../main/export/pageModel';
import { meetingForExport } from '../../../../main/services/export/meetingForExport';
import { fontSegments } from '../../../../main/export/pdf/fonts';
import { listLabels } from '../../../../main/export/pdf/blocks/list';
import { createTestServices, type TestServices } from '../../../helpers/createTestServices';

let services: TestServices;
afterEach(() => services?.dispose());

async function samplePdf(title = 'Exempelmöte'): Promise<string> {
  services = createTestServices({ now: () => new Date('2026-11-20T10:00:00Z') });
  const meeting = await services.api.meetings.createSample({});
  const exported = meetingForExport(services.ctx, meeting.id);
  exported.context.meetingTitle = title;
  const model = buildPageModel(exported.document, exported.context, { document: 'protokoll' });
  model.properties.title = `${model.properties.title} ${title}`;
  return (await toPdf(model, services.ctx.now())).toString('latin1');
}

function xmp(pdf: string): string {
  const start = pdf.indexOf('<?xpacket begin');
  return Buffer.from(pdf.slice(start, pdf.indexOf('<?xpacket end="w"?>') + 19), 'latin1').toString('utf8');
}

describe('the archival PDF', () => {
  it('is PDF/A-2b: XMP identification, sRGB output intent, an ID, and no unembedded font', async () => {
    const pdf = await samplePdf();
    expect(pdf.startsWith('%PDF-1.7')).toBe(true);
    const metadata = xmp(pdf);
    expect(metadata).toContain('<pdfaid:part>2</pdfaid:part>');
    expect(metadata).toContain('<pdfaid:conformance>B</pdfaid:conformance>');
    expect(metadata).toContain('<dc:language><rdf:Bag><rdf:li>sv-SE</rdf:li></rdf:Bag></dc:language>');
    expect(metadata).toContain('<xmp:CreateDate>2026-11-20T10:00:00Z</xmp:CreateDate>');
    expect(pdf).toMatch(/\/OutputIntents \[\d+ 0 R\]/);
    expect(pdf).toContain('/S /GTS_PDFA1');
    expect(pdf).toMatch(/\/ID \[<[0-9a-f]+> <[0-9a-f]+>\]/);
    const fonts = [...pdf.matchAll(/\/Type \/FontDescriptor[^>]*?\/FontFile2 \d+ 0 R/g)];
    expect(fonts.length).toBeGreaterThanOrEqual(2);
    expect(pdf).not.toMatch(/\/BaseFont \/Helvetica/);
  });

  it('escapes the title in its XMP, which stays well-formed with & < > in it', async () => {
    const pdf = await samplePdf('Budget & <plan> för 2027');
    const metadata = xmp(pdf);
    expect(metadata).toContain('Budget &amp; &lt;plan&gt; för 2027');
    expect(metadata).not.toContain('Budget & <plan>');
  });

  it('is tagged with real structure: headings, paragraphs, lists, tables, and Lang sv-SE', async () => {
    const pdf = await samplePdf();
    expect(pdf).toContain('/Lang (sv-SE)');
    expect(pdf).toMatch(/\/MarkInfo \d+ 0 R/);
    expect(pdf).toMatch(/\/StructTreeRoot \d+ 0 R/);
    for (const type of ['Document', 'H1', 'H2', 'H3', 'P', 'L', 'LI', 'Lbl', 'LBody', 'Table', 'TR', 'TH', 'TD']) {
      expect(pdf, type).toMatch(new RegExp(`/S /${type}\\b`));
    }
    expect(pdf).toContain('/Scope /Row');
    expect(pdf).toContain('/Scope /Column');
  });

  it('sets each character in a font that has it and never shows a missing glyph', () => {
    expect(fontSegments('Åsa Öberg, Łukasz och Nguyễn', 'regular')).toEqual([{ font: 'regular', text: 'Åsa Öberg, Łukasz och Nguyễn' }]);
    expect(fontSegments('Bock ✓ och ☐', 'bold')).toEqual([
      { font: 'bold', text: 'Bock ' },
      { font: 'fallbackBold', text: '✓' },
      { font: 'bold', text: ' och ' },
      { font: 'fallbackBold', text: '☐' },
    ]);
    expect(fontSegments('漢字', 'regular')).toEqual([{ font: 'fallback', text: '\uFFFD\uFFFD' }]);
  });

  it('numbers list items per level as Word does, and marks att-satser with "att"', () => {
    expect(
      listLabels([
        { marker: 'number', level: 0, lines: [] },
        { marker: 'number', level: 1, lines: [] },
        { marker: 'number', level: 1, lines: [] },
        { marker: 'number', level: 0, lines: [] },
        { marker: 'number', level: 1, lines: [] },
        { marker: 'att', level: 0, lines: [] },
      ]),
    ).toEqual(['1.', '1.', '2.', '2.', '1.', 'att']);
  });
});
