import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildPageModel } from '../../../../main/export/pageModel';
import { toPdf } from '../../../../main/export/pdf/toPdf';
import { openPkcs12 } from '../../../../main/export/sign/pkcs12Read';
import { PdfFile } from '../../../../main/export/sign/pdfFile';
import { signPdf } from '../../../../main/export/sign/signPdf';
import { verifyPdf } from '../../../../main/export/sign/verifyPdf';
import { meetingForExport } from '../../../../main/services/export/meetingForExport';
import { createTestServices } from '../../../helpers/createTestServices';
import { createTestCertificates, type TestCertificates } from '../../../helpers/testCertificates';

let certificates: TestCertificates;
let unsigned: Buffer;
beforeAll(async () => {
  certificates = createTestCertificates();
  const services = createTestServices();
  const meeting = await services.api.meetings.createSample({});
  const exported = meetingForExport(services.ctx, meeting.id);
  unsigned = await toPdf(buildPageModel(exported.document, exported.context, { document: 'protokoll' }));
  services.dispose();
});

function signer(p12: Buffer) {
  return openPkcs12(p12, certificates.password);
}

function signedTwice(): Buffer {
  const first = signPdf(unsigned, { signer: signer(certificates.asa), role: 'Sekreterare', signingTime: new Date() });
  return signPdf(first, { signer: signer(certificates.bjorn), role: 'Justerare', signingTime: new Date() });
}

afterAll(() => rmSync(certificates.dir, { recursive: true, force: true }));

describe('signing a PDF', () => {
  it('adds each signature as an incremental update and leaves the bytes before it untouched', () => {
    const first = signPdf(unsigned, { signer: signer(certificates.asa), role: 'Sekreterare', signingTime: new Date() });
    expect(first.subarray(0, unsigned.length).equals(unsigned)).toBe(true);
    const second = signPdf(first, { signer: signer(certificates.bjorn), role: 'Justerare', signingTime: new Date() });
    expect(second.subarray(0, first.length).equals(first)).toBe(true);
    const result = verifyPdf(second);
    expect(result.valid).toBe(true);
    expect(result.signatures.map((signature) => [signature.signerName, signature.reason, signature.laterChanges])).toEqual([
      ['Åsa Öberg', 'Sekreterare', 'signatures'],
      ['Björn Ängström', 'Justerare', 'none'],
    ]);
    expect(result.signatures[0]).toMatchObject({ organisation: 'Föreningen Ängsö', issuerName: 'Föreningen Ängsö CA', fieldName: 'Signatur 1 Sekreterare' });
  });

  it('gives the widget the print flag and an appearance, as PDF/A requires', () => {
    const signed = signPdf(unsigned, { signer: signer(certificates.asa), role: 'Ordförande', signingTime: new Date() });
    const file = PdfFile.read(signed);
    const form = file.dict(file.catalog().get('AcroForm'))!;
    expect(form.get('SigFlags')).toBe(3);
    const fields = file.resolve(form.get('Fields')) as unknown[];
    const widget = file.dict(fields[0] as never)!;
    expect(widget.get('F')).toBe(4);
    expect(file.dict(widget.get('AP'))?.has('N')).toBe(true);
  });

  it('reports a PDF changed by one byte after signing as invalid, wherever the byte is', () => {
    const signed = signedTwice();
    for (const at of [20, Math.floor(signed.length / 3), Math.floor(signed.length / 2), signed.length - 20]) {
      const changed = Buffer.from(signed);
      changed[at] = changed[at]! ^ 0x01;
      const result = verifyPdf(changed);
      expect(result.valid, `byte ${at}`).toBe(false);
    }
  });

  it('reports an update that changes a page after the signatures, and bytes appended after them', () => {
    const signed = signedTwice();
    const file = PdfFile.read(signed);
    const page = file.firstPage();
    const contentsRef = file.dict(page)!.get('Contents') as { num: number };
    const forged = `${contentsRef.num} 0 obj\n<< /Length 44 >>\nstream\nBT /F1 12 Tf 72 72 Td (Falskt beslut) Tj ET\nendstream\nendobj\n`;
    const xrefAt = signed.length + 1;
    const update = `\n${forged}xref\n${contentsRef.num} 1\n${String(signed.length + 1).padStart(10, '0')} 00000 n \ntrailer\n<< /Size ${file.size} /Root ${(file.trailer.get('Root') as { num: number }).num} 0 R /Prev ${file.startxref} >>\nstartxref\n${xrefAt + forged.length}\n%%EOF\n`;
    const result = verifyPdf(Buffer.concat([signed, Buffer.from(update, 'latin1')]));
    expect(result.valid).toBe(false);
    expect(result.signatures.every((signature) => signature.problems.includes('changed-after-signing'))).toBe(true);
    const appended = verifyPdf(Buffer.concat([signed, Buffer.from('\n% ändrat efteråt\n', 'latin1')]));
    expect(appended.valid).toBe(false);
  });

  it('signs a PDF with cross-reference streams and object streams (as other programs write) with an xref stream', () => {
    const dir = certificates.dir;
    writeFileSync(join(dir, 'plain.pdf'), unsigned);
    execFileSync('qpdf', ['--object-streams=generate', join(dir, 'plain.pdf'), join(dir, 'streams.pdf')]);
    const streams = readFileSync(join(dir, 'streams.pdf'));
    expect(PdfFile.read(streams).xrefKind).toBe('stream');
    const signed = signPdf(streams, { signer: signer(certificates.asa), role: 'Sekreterare', signingTime: new Date() });
    const twice = signPdf(signed, { signer: signer(certificates.bjorn), role: 'Justerare', signingTime: new Date() });
    expect(PdfFile.read(twice).xrefKind).toBe('stream');
    expect(verifyPdf(twice).valid).toBe(true);
    writeFileSync(join(dir, 'streams-signed.pdf'), twice);
    expect(execFileSync('qpdf', ['--check', join(dir, 'streams-signed.pdf')], { encoding: 'utf8' })).toContain('No syntax or stream encoding errors');
  });

  it('refuses what is not a PDF', () => {
    expect(() => signPdf(Buffer.from('inte en pdf'), { signer: signer(certificates.asa), role: 'Sekreterare', signingTime: new Date() })).toThrow('not a PDF');
    expect(() => verifyPdf(Buffer.from('inte en pdf'))).toThrow('not a PDF');
  });
});
