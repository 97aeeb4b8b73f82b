// What the programs people really use say about Paragraf's exports: python-docx, LibreOffice,
// poppler (pdftotext, pdffonts, pdfsig, pdfinfo) and qpdf. LibreOffice runs once, for all files.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertMeeting } from '../../main/services/meetings';
import type { ExportedFile } from '../../shared/contract/exportModels';
import { largeMeeting } from '../fixtures/largeMeeting';
import { bundleEnvironment, bundleMain } from '../helpers/bundleMain';
import { createTempDir, createTestServices, type TestServices } from '../helpers/createTestServices';
import { createTestCertificates, type TestCertificates } from '../helpers/testCertificates';

let out: string;
let services: TestServices;
let certificates: TestCertificates;
const docx: Record<string, string> = {};
const pdf: Record<string, string> = {};
let signed: string;
let converted: Record<string, string>;

function run(command: string, args: string[]): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(command, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

function save(name: string, file: ExportedFile): string {
  const path = join(out, name);
  writeFileSync(path, Buffer.from(file.base64, 'base64'));
  return path;
}

function pageCount(path: string): number {
  return Number(/Pages:\s+(\d+)/.exec(run('pdfinfo', [path]).stdout)?.[1]);
}

function text(path: string): string {
  return run('pdftotext', ['-enc', 'UTF-8', path, '-']).stdout;
}

function inOrder(haystack: string, needles: string[]): boolean {
  let at = 0;
  for (const needle of needles) {
    const found = haystack.indexOf(needle, at);
    if (found === -1) return false;
    at = found + needle.length;
  }
  return true;
}

const sampleHeadings = ['§ 1 Mötets öppnande', '§ 2 Val av justerare', '§ 5 Budget för 2027', '§ 10 Mötets avslutande'];

beforeAll(async () => {
  out = createTempDir('paragraf-clients-');
  certificates = createTestCertificates();
  services = createTestServices();
  const { api } = services;
  const sample = await api.meetings.createSample({});
  const body = await api.bodies.create({ name: 'Kultur- och fritidsnämnden', kind: 'nämnd' });
  const council = insertMeeting(services.ctx, { bodyId: body.id, title: 'Nämndsammanträde', kind: 'protokoll', date: '2026-09-10' }, largeMeeting(12, 0, '2026-09-10'));
  // Another body, so the 500 § do not move the sample meeting's numbering (it continues a body's year).
  const committee = await api.bodies.create({ name: 'Arbetsutskottet', kind: 'utskott' });
  const long = insertMeeting(services.ctx, { bodyId: committee.id, title: 'Långt möte', kind: 'protokoll', date: '2026-06-15' }, largeMeeting(500, 20));
  const opened = await api.meetings.open({ id: sample.id });
  const budget = String(opened.document.content.filter((node) => node.type === 'agendaItem')[4]?.attrs?.id);
  for (const [name, meetingId, document] of [
    ['protokoll', sample.id, 'protokoll'],
    ['kallelse', sample.id, 'kallelse'],
    ['utdrag', sample.id, 'utdrag'],
    ['namnd', council.id, 'protokoll'],
  ] as const) {
    const itemIds = document === 'utdrag' ? [budget] : undefined;
    docx[name] = save(`${name}.docx`, await api.exports.meeting({ meetingId, format: 'docx', document, itemIds }));
    pdf[name] = save(`${name}.pdf`, await api.exports.meeting({ meetingId, format: 'pdf', document, itemIds }));
  }
  pdf.long = save('long.pdf', await api.exports.meeting({ meetingId: long.id, format: 'pdf', document: 'protokoll' }));
  const asa = await api.certificates.import({ fileBase64: certificates.asa.toString('base64'), password: certificates.password, label: '' });
  const bjorn = await api.certificates.import({ fileBase64: certificates.bjorn.toString('base64'), password: certificates.password, label: '' });
  const first = await api.exports.meeting({ meetingId: sample.id, format: 'pdf', document: 'protokoll', signature: { certificateId: asa.id, password: certificates.password, role: 'sekreterare' } });
  const second = await api.signatures.sign({ pdfBase64: first.base64, fileName: first.fileName, signature: { certificateId: bjorn.id, password: certificates.password, role: 'justerare' } });
  signed = save('signerad.pdf', second);
  // LibreOffice once for every Word file, with a private profile so it never meets a running one.
  const converting = join(out, 'libreoffice');
  mkdirSync(converting);
  execFileSync('soffice', [`-env:UserInstallation=file://${join(out, 'lo-profile')}`, '--headless', '--convert-to', 'pdf', '--outdir', converting, ...Object.values(docx)], {
    stdio: 'ignore',
    timeout: 120_000,
  });
  converted = Object.fromEntries(Object.keys(docx).map((name) => [name, join(converting, `${name}.pdf`)]));
}, 180_000);

afterAll(() => {
  services?.dispose();
  rmSync(out, { recursive: true, force: true });
  rmSync(certificates.dir, { recursive: true, force: true });
});

describe('python-docx opens every Word file', () => {
  it('finds Heading styles for the §, tables for the facts, the header with its page fields, and Swedish properties', () => {
    const script = `
import docx, json, sys
def cells(tables):
    for t in tables:
        for r in t.rows:
            for c in r.cells:
                yield c.text
                yield from cells(c.tables)
report = {}
for name, path in json.loads(sys.argv[1]).items():
    d = docx.Document(path)
    header = d.sections[0].header
    header_xml = header._element.xml
    report[name] = {
        'headings': [p.text for p in d.paragraphs if p.style.name.startswith('Heading')],
        'heading_styles': sorted({p.style.name for p in d.paragraphs if p.style.name.startswith('Heading')}),
        'tables': [[c.text for c in t.rows[0].cells] for t in d.tables],
        'table_text': ' | '.join(cells(d.tables)),
        'header': ' | '.join(c.text for t in header.tables for r in t.rows for c in r.cells),
        'page_fields': ('PAGE' in header_xml) and ('NUMPAGES' in header_xml),
        'numbered': sum(1 for p in d.paragraphs if p._p.pPr is not None and p._p.pPr.numPr is not None),
        'language': d.core_properties.language,
        'title': d.core_properties.title,
        'author': d.core_properties.author,
    }
print(json.dumps(report))
`;
    const report = JSON.parse(execFileSync('/usr/bin/python3', ['-c', script, JSON.stringify(docx)], { encoding: 'utf8' })) as Record<
      string,
      { headings: string[]; heading_styles: string[]; tables: string[][]; table_text: string; header: string; page_fields: boolean; numbered: number; language: string; title: string; author: string }
    >;
    const protokoll = report.protokoll!;
    expect(inOrder(protokoll.headings.join('\n'), sampleHeadings)).toBe(true);
    expect(protokoll.heading_styles).toEqual(['Heading 1', 'Heading 2', 'Heading 3']);
    expect(protokoll.tables[0]?.[0]).toBe('Plats och tid');
    expect(protokoll.table_text).toContain('Beslutande');
    expect(protokoll.table_text).toContain('Sofia Åkesson, § 4 – § 10');
    expect(protokoll.table_text).toContain('Sekreterare');
    expect(protokoll.header).toContain('Min förening\nStyrelsen | PROTOKOLL\nMötesdatum 2026-11-12 | Sida');
    expect(protokoll.page_fields).toBe(true);
    expect(protokoll.numbered).toBeGreaterThan(5);
    expect(protokoll).toMatchObject({ language: 'sv-SE', title: 'Protokoll Styrelsen 2026-11-12', author: 'Min förening' });
    expect(report.kallelse!.header).toContain('KALLELSE');
    expect(report.kallelse!.table_text).toContain('Kallade');
    expect(report.utdrag!.headings).toContain('§ 5 Budget för 2027');
    expect(report.utdrag!.table_text).toContain('Rätt utdraget intygar');
    expect(report.namnd!.header).toContain('Sammanträdesdatum 2026-09-10');
    expect(report.namnd!.table_text).toContain('Anslagsbevis');
    expect(report.namnd!.table_text).toContain('Łukasz Kowalski (S), ordförande');
    expect(report.namnd!.table_text).toContain('Nguyễn Văn An (M), sekreterare');
    expect(report.namnd!.table_text).toContain('Förvaringsplats för protokollet');
  });
});

describe('LibreOffice converts the Word files', () => {
  it('shows "Sida 1(N)" … "Sida N(N)" and the § in order', () => {
    for (const [name, path] of Object.entries(converted)) {
      const pages = pageCount(path);
      expect(pages, name).toBeGreaterThan(0);
      const content = text(path);
      for (let page = 1; page <= pages; page += 1) expect(content, `${name} page ${page}`).toContain(`Sida ${page}(${pages})`);
    }
    expect(inOrder(text(converted.protokoll!), sampleHeadings)).toBe(true);
    expect(pageCount(converted.protokoll!)).toBeGreaterThanOrEqual(2);
    expect(text(converted.namnd!)).toContain('Nguyễn Văn An');
    expect(text(converted.protokoll!)).toMatch(/att\s+föreslå årsmötet att fastställa budgeten för 2027/);
  });
});

describe('poppler and qpdf read the PDFs', () => {
  it('qpdf --check passes on every PDF, ours, signed and LibreOffice’s', () => {
    for (const path of [...Object.values(pdf), signed, ...Object.values(converted)]) {
      const check = run('qpdf', ['--check', path]);
      expect(check.status, `${path}: ${check.stdout}${check.stderr}`).toBe(0);
      expect(check.stdout).toContain('No syntax or stream encoding errors found');
    }
  });

  it('pdffonts shows every font embedded, in ours and in LibreOffice’s (Arial becomes Liberation Sans)', () => {
    for (const path of [...Object.values(pdf), signed, ...Object.values(converted)]) {
      const rows = run('pdffonts', [path]).stdout.trim().split('\n').slice(2);
      expect(rows.length, path).toBeGreaterThan(0);
      for (const row of rows) expect(row.split(/\s+/).slice(-5, -4)[0], `${path}: ${row}`).toBe('yes');
    }
  });

  it('pdftotext reads our PDF in order with correct Swedish characters and names outside Latin-1', () => {
    const content = text(pdf.protokoll!);
    expect(inOrder(content, ['Min förening', 'PROTOKOLL', 'Plats och tid', 'Beslutande', ...sampleHeadings, 'Underskrifter', 'Sekreterare', 'Justerare'])).toBe(true);
    const pages = pageCount(pdf.protokoll!);
    for (let page = 1; page <= pages; page += 1) expect(content).toContain(`Sida ${page}(${pages})`);
    for (const word of ['Föreningslokalen', 'Åkesson', 'Öberg', 'välkomna', 'Godkännande', 'beslutar', 'Ärendet']) expect(content).toContain(word);
    const long = text(pdf.long!);
    const longPages = pageCount(pdf.long!);
    expect(longPages).toBeGreaterThan(100);
    expect(long).toContain(`Sida ${longPages}(${longPages})`);
    expect(long).toContain('Łukasz Kowalski');
    expect(long).toContain('Nguyễn Văn An');
    expect(inOrder(long, ['§ 1 Ärende 1', '§ 250 Ärende 250', '§ 500 Ärende 500'])).toBe(true);
    expect(inOrder(text(pdf.namnd!), ['Underskrifter', '§ 1 Ärende 1', '§ 12 Ärende 12', 'Anslagsbevis', 'Protokollet är justerat.', 'Organ', 'Kultur- och fritidsnämnden'])).toBe(true);
  });

  it('the PDF is tagged: a structure tree with headings, lists and tables, and artifacts for the page furniture', () => {
    const expanded = join(out, 'qdf.pdf');
    execFileSync('qpdf', ['--qdf', '--object-streams=disable', pdf.protokoll!, expanded]);
    const qdf = readFileSync(expanded, 'latin1');
    for (const type of ['/S /H1', '/S /H2', '/S /L', '/S /LI', '/S /Lbl', '/S /LBody', '/S /Table', '/S /TH', '/S /TD']) expect(qdf).toContain(type);
    expect(qdf).toMatch(/\/Artifact <<\s*\/Type \/Pagination/);
    expect(qdf).toMatch(/\/H2 <<\s*\/MCID \d+/);
    expect(run('pdfinfo', [pdf.protokoll!]).stdout).toMatch(/Tagged:\s+yes/);
  });

  it('pdfsig reports both signatures valid, the last covering the whole document, with the chain trusted', () => {
    const nss = join(out, 'nss');
    mkdirSync(nss);
    writeFileSync(join(out, 'ca.crt'), certificates.caPem);
    execFileSync('certutil', ['-N', '-d', `sql:${nss}`, '--empty-password']);
    execFileSync('certutil', ['-A', '-d', `sql:${nss}`, '-n', 'Föreningen Ängsö CA', '-t', 'CT,C,C', '-i', join(out, 'ca.crt')]);
    const report = run('pdfsig', ['-nssdir', `sql:${nss}`, signed]).stdout;
    const signatures = report.split(/Signature #\d+:/).slice(1);
    expect(signatures).toHaveLength(2);
    expect(signatures[0]).toContain('Signer Certificate Common Name: Åsa Öberg');
    expect(signatures[1]).toContain('Signer Certificate Common Name: Björn Ängström');
    for (const signature of signatures) {
      expect(signature).toContain('Signature Validation: Signature is Valid.');
      expect(signature).toContain('Certificate Validation: Certificate is Trusted.');
    }
    expect(signatures[1]).toContain('Total document signed');
  });

  it('a PDF changed by one byte after signing is invalid to pdfsig and to `paragraf verify`', () => {
    const changed = readFileSync(signed);
    const at = Math.floor(changed.length / 3);
    changed[at] = changed[at]! ^ 0x01;
    const tampered = join(out, 'ändrad.pdf');
    writeFileSync(tampered, changed);
    const report = run('pdfsig', [tampered]).stdout;
    expect(report).not.toContain('Signature is Valid.');
    expect(report).toMatch(/Signature is Invalid|Digest Mismatch/);
    const cli = bundleMain('main/cli.ts', 'cli');
    const good = spawnSync(process.execPath, [cli, 'verify', signed], { encoding: 'utf8', env: bundleEnvironment() });
    expect(good.status).toBe(0);
    expect(good.stdout).toContain('Alla signaturer är giltiga');
    const bad = spawnSync(process.execPath, [cli, 'verify', tampered], { encoding: 'utf8', env: bundleEnvironment() });
    expect(bad.status).toBe(1);
    expect(bad.stdout).toContain('Innehållet har ändrats efter signeringen.');
  });
});
