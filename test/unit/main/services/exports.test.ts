import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { insertMeeting } from '../../../../main/services/meetings';
import { ParagrafError } from '../../../../shared/contract/errors';
import type { ParagrafApi } from '../../../../shared/contract/api';
import { createTestServices, tempDirForThisTest, type TestServices } from '../../../helpers/createTestServices';
import { databaseSnapshot } from '../../../helpers/databaseSnapshot';
import { createTestCertificates, type TestCertificates } from '../../../helpers/testCertificates';
import { largeMeeting } from '../../../fixtures/largeMeeting';

let certificates: TestCertificates;
let services: TestServices;
beforeAll(() => {
  certificates = createTestCertificates();
});
afterAll(() => rmSync(certificates.dir, { recursive: true, force: true }));
afterEach(() => services?.dispose());

async function failure(call: Promise<unknown>): Promise<{ code: string; message: string }> {
  try {
    await call;
  } catch (error) {
    if (error instanceof ParagrafError) return { code: error.code, message: error.message };
    throw error;
  }
  throw new Error('the call succeeded');
}

function bytes(file: { base64: string }): Buffer {
  return Buffer.from(file.base64, 'base64');
}

async function importAsa(api: ParagrafApi) {
  return api.certificates.import({ fileBase64: certificates.asa.toString('base64'), password: certificates.password, label: '' });
}

describe('exports through the contract', () => {
  it('exports the minutes as Word and as PDF, named by date, body and document', async () => {
    services = createTestServices();
    const meeting = await services.api.meetings.createSample({});
    const docx = await services.api.exports.meeting({ meetingId: meeting.id, format: 'docx', document: 'protokoll' });
    expect(docx.fileName).toBe('2026-11-12 Styrelsen protokoll.docx');
    expect(bytes(docx).subarray(0, 2).toString()).toBe('PK');
    const pdf = await services.api.exports.meeting({ meetingId: meeting.id, format: 'pdf', document: 'kallelse' });
    expect(pdf).toMatchObject({ fileName: '2026-11-12 Styrelsen kallelse.pdf', mimeType: 'application/pdf' });
    expect(bytes(pdf).subarray(0, 5).toString()).toBe('%PDF-');
    expect(pdf.byteLength).toBe(bytes(pdf).length);
  });

  it('makes an extract only of § of the meeting', async () => {
    services = createTestServices();
    const meeting = await services.api.meetings.createSample({});
    const opened = await services.api.meetings.open({ id: meeting.id });
    const ids = opened.document.content.filter((node) => node.type === 'agendaItem').map((node) => String(node.attrs?.id));
    const extract = await services.api.exports.meeting({ meetingId: meeting.id, format: 'pdf', document: 'utdrag', itemIds: [ids[4]!] });
    expect(extract.fileName).toBe('2026-11-12 Styrelsen protokollsutdrag § 5.pdf');
    expect((await failure(services.api.exports.meeting({ meetingId: meeting.id, format: 'pdf', document: 'utdrag', itemIds: [] }))).code).toBe('INVALID_INPUT');
    expect((await failure(services.api.exports.meeting({ meetingId: meeting.id, format: 'pdf', document: 'utdrag', itemIds: ['not-in-this-meeting'] }))).code).toBe('INVALID_INPUT');
  });

  it('imports a certificate, signs an export with it, and two more people sign in turn', async () => {
    services = createTestServices();
    const meeting = await services.api.meetings.createSample({});
    const asa = await importAsa(services.api);
    expect(asa).toMatchObject({ subjectName: 'Åsa Öberg', organisation: 'Föreningen Ängsö', issuerName: 'Föreningen Ängsö CA', selfSigned: false, origin: 'imported' });
    const bjorn = await services.api.certificates.import({ fileBase64: certificates.bjorn.toString('base64'), password: certificates.password, label: 'Björn (justerare)' });
    const chair = await services.api.certificates.create({ name: 'Anna Lindqvist', organisation: 'Min förening', email: '', password: 'ordförande 2026', years: 3 });
    expect(chair).toMatchObject({ subjectName: 'Anna Lindqvist', organisation: 'Min förening', selfSigned: true, origin: 'created' });
    expect((await services.api.certificates.list({})).map((item) => item.label).sort()).toEqual(['Anna Lindqvist', 'Björn (justerare)', 'Åsa Öberg']);
    const signed = await services.api.exports.meeting({
      meetingId: meeting.id,
      format: 'pdf',
      document: 'protokoll',
      signature: { certificateId: asa.id, password: certificates.password, role: 'sekreterare' },
    });
    const byChair = await services.api.signatures.sign({ pdfBase64: signed.base64, fileName: signed.fileName, signature: { certificateId: chair.id, password: 'ordförande 2026', role: 'ordförande' } });
    const byAdjuster = await services.api.signatures.sign({ pdfBase64: byChair.base64, fileName: byChair.fileName, signature: { certificateId: bjorn.id, password: certificates.password, role: 'justerare' } });
    expect(byAdjuster.fileName).toBe(signed.fileName);
    const verified = await services.api.signatures.verify({ pdfBase64: byAdjuster.base64 });
    expect(verified.valid).toBe(true);
    expect(verified.signatures.map((signature) => `${signature.signerName}: ${signature.reason}`)).toEqual([
      'Åsa Öberg: Sekreterare',
      'Anna Lindqvist: Ordförande',
      'Björn Ängström: Justerare',
    ]);
    expect(verified.signatures[1]!.selfSigned).toBe(true);
    const download = await services.api.certificates.download({ id: chair.id });
    expect(download.fileName).toBe('Anna Lindqvist.p12');
    await services.api.certificates.remove({ id: chair.id });
    expect((await services.api.certificates.list({})).length).toBe(2);
  });

  it('imports the same certificate twice as one', async () => {
    services = createTestServices();
    const first = await importAsa(services.api);
    const again = await importAsa(services.api);
    expect(again.id).toBe(first.id);
    expect((await services.api.certificates.list({})).length).toBe(1);
  });
});

describe('bad input gets a clear answer and changes nothing in the database', () => {
  it('a wrong certificate password, at import and when signing', async () => {
    services = createTestServices();
    const meeting = await services.api.meetings.createSample({});
    const asa = await importAsa(services.api);
    const before = databaseSnapshot(services.ctx.db);
    expect((await failure(services.api.certificates.import({ fileBase64: certificates.bjorn.toString('base64'), password: 'fel', label: '' }))).code).toBe('CERTIFICATE_PASSWORD');
    const signing = services.api.exports.meeting({ meetingId: meeting.id, format: 'pdf', document: 'protokoll', signature: { certificateId: asa.id, password: 'fel', role: 'sekreterare' } });
    expect((await failure(signing)).code).toBe('CERTIFICATE_PASSWORD');
    expect(databaseSnapshot(services.ctx.db)).toBe(before);
  });

  it('an expired certificate, at import and when a stored one has expired since', async () => {
    let now = new Date();
    services = createTestServices({ now: () => now });
    const meeting = await services.api.meetings.createSample({});
    const shortLived = await services.api.certificates.import({ fileBase64: certificates.shortLived.toString('base64'), password: certificates.password, label: '' });
    now = new Date(Date.now() + 30 * 86_400_000);
    const before = databaseSnapshot(services.ctx.db);
    const expired = await failure(services.api.certificates.import({ fileBase64: certificates.shortLived.toString('base64'), password: certificates.password, label: 'igen' }));
    expect(expired.code).toBe('CERTIFICATE_EXPIRED');
    expect(expired.message).toMatch(/^\d{4}-\d{2}-\d{2} – \d{4}-\d{2}-\d{2}$/);
    const signing = services.api.exports.meeting({ meetingId: meeting.id, format: 'pdf', document: 'protokoll', signature: { certificateId: shortLived.id, password: certificates.password, role: 'justerare' } });
    expect((await failure(signing)).code).toBe('CERTIFICATE_EXPIRED');
    expect(databaseSnapshot(services.ctx.db)).toBe(before);
  });

  it('a file that is not a certificate, or one without its key', async () => {
    services = createTestServices();
    const before = databaseSnapshot(services.ctx.db);
    for (const file of [Buffer.from('%PDF-1.7\nnot a certificate'), Buffer.from(certificates.caPem), certificates.certificateOnly]) {
      expect((await failure(services.api.certificates.import({ fileBase64: file.toString('base64'), password: certificates.password, label: '' }))).code).toBe('CERTIFICATE_UNREADABLE');
    }
    expect((await failure(services.api.signatures.verify({ pdfBase64: certificates.asa.toString('base64') }))).code).toBe('PDF_UNREADABLE');
    expect(databaseSnapshot(services.ctx.db)).toBe(before);
  });

  it('an export folder that cannot be written', async () => {
    services = createTestServices();
    await services.api.meetings.createSample({});
    const blocked = join(tempDirForThisTest(), 'en fil');
    writeFileSync(blocked, 'a file where the folder should be');
    const before = databaseSnapshot(services.ctx.db);
    const answer = await failure(services.api.exports.archive({ bodyId: 'default-board', year: 2026, folder: join(blocked, 'arkiv') }));
    expect(answer).toEqual({ code: 'FOLDER_NOT_WRITABLE', message: join(blocked, 'arkiv') });
    expect(databaseSnapshot(services.ctx.db)).toBe(before);
  });

  it('a meeting with 500 § and a 20-page paste exports whole, with names outside Latin-1', async () => {
    services = createTestServices();
    const meeting = insertMeeting(services.ctx, { bodyId: 'default-board', title: 'Långt möte', kind: 'protokoll', date: '2026-06-15' }, largeMeeting(500, 20));
    const before = databaseSnapshot(services.ctx.db);
    const pdf = bytes(await services.api.exports.meeting({ meetingId: meeting.id, format: 'pdf', document: 'protokoll' }));
    const docx = bytes(await services.api.exports.meeting({ meetingId: meeting.id, format: 'docx', document: 'protokoll' }));
    const pages = Number(/\/Type \/Pages[\s\S]*?\/Count (\d+)/.exec(pdf.toString('latin1'))?.[1]);
    expect(pages).toBeGreaterThan(100);
    expect(docx.length).toBeGreaterThan(10_000);
    expect(databaseSnapshot(services.ctx.db)).toBe(before);
  }, 60_000);
});

describe('the archive of a body’s year', () => {
  it('writes every meeting of the year as PDF and Word with a list of SHA-256 sums', async () => {
    services = createTestServices();
    await services.api.meetings.createSample({});
    await services.api.meetings.createSample({});
    insertMeeting(services.ctx, { bodyId: 'default-board', title: 'Förra året', kind: 'protokoll', date: '2025-03-01' }, largeMeeting(2, 0, '2025-03-01'));
    const folder = join(tempDirForThisTest(), 'arkiv', '2026');
    const result = await services.api.exports.archive({ bodyId: 'default-board', year: 2026, folder });
    expect(result.files).toEqual([
      '2026-11-12 Styrelsen protokoll.pdf',
      '2026-11-12 Styrelsen protokoll.docx',
      '2026-11-12 Styrelsen protokoll (2).pdf',
      '2026-11-12 Styrelsen protokoll (2).docx',
      'förteckning.txt',
    ]);
    expect(readdirSync(folder).sort()).toEqual([...result.files].sort());
    const listing = readFileSync(join(folder, 'förteckning.txt'), 'utf8');
    expect(listing).toMatch(/^[0-9a-f]{64} {2}2026-11-12 Styrelsen protokoll\.pdf$/m);
    expect(existsSync(join(folder, '2026-11-12 Styrelsen protokoll.pdf.tmp'))).toBe(false);
  });
});
