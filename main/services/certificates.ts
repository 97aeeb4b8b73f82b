import { ParagrafError } from '../../shared/contract/errors';
import type { CertificateInfo, ExportedFile } from '../../shared/contract/exportModels';
import type { CmsSigner } from '../export/sign/cms';
import { notValidNow } from '../export/sign/certificateErrors';
import { createSelfSignedCertificate } from '../export/sign/createCertificate';
import { openPkcs12, type OpenedPkcs12 } from '../export/sign/pkcs12Read';
import { writePkcs12 } from '../export/sign/pkcs12Write';
import { validAt } from '../export/sign/x509';
import type { ServiceContext } from './context';
import { exportedFile, fileBytes, mimeTypes, safeFileName } from './export/exportedFile';

interface CertificateRow {
  id: string;
  label: string;
  subject_name: string;
  organisation: string;
  issuer_name: string;
  serial_number: string;
  not_before: string;
  not_after: string;
  fingerprint: string;
  self_signed: number;
  origin: 'imported' | 'created';
  created_at: string;
}

const columns = `id, label, subject_name, organisation, issuer_name, serial_number, not_before, not_after,
  fingerprint, self_signed, origin, created_at`;

function toInfo(row: CertificateRow): CertificateInfo {
  return {
    id: row.id,
    label: row.label,
    subjectName: row.subject_name,
    organisation: row.organisation,
    issuerName: row.issuer_name,
    serialNumber: row.serial_number,
    notBefore: row.not_before,
    notAfter: row.not_after,
    fingerprint: row.fingerprint,
    selfSigned: row.self_signed === 1,
    origin: row.origin,
    createdAt: row.created_at,
  };
}

/** The certificates Paragraf keeps, newest first. */
export function listCertificates(ctx: ServiceContext): CertificateInfo[] {
  const rows = ctx.db.prepare(`SELECT ${columns} FROM certificates ORDER BY created_at DESC`).all() as CertificateRow[];
  return rows.map(toInfo);
}

function getCertificate(ctx: ServiceContext, id: string): CertificateInfo {
  const row = ctx.db.prepare(`SELECT ${columns} FROM certificates WHERE id = ?`).get(id) as CertificateRow | undefined;
  if (!row) throw new ParagrafError('NOT_FOUND', `no certificate ${id}`);
  return toInfo(row);
}

function storedPkcs12(ctx: ServiceContext, id: string): Buffer {
  const row = ctx.db.prepare('SELECT pkcs12 FROM certificates WHERE id = ?').get(id) as { pkcs12: Buffer } | undefined;
  if (!row) throw new ParagrafError('NOT_FOUND', `no certificate ${id}`);
  return row.pkcs12;
}

/** A certificate that cannot sign today is refused, with the dates it is valid between. */
export function assertUsable(opened: OpenedPkcs12, now: Date): void {
  if (!validAt(opened.certificate, now)) throw notValidNow(opened.certificate.notBefore, opened.certificate.notAfter);
}

function store(ctx: ServiceContext, opened: OpenedPkcs12, pkcs12: Buffer, label: string, origin: CertificateRow['origin']): CertificateInfo {
  const facts = opened.certificate;
  const existing = ctx.db.prepare(`SELECT ${columns} FROM certificates WHERE fingerprint = ?`).get(facts.fingerprint) as CertificateRow | undefined;
  // The same certificate imported twice is the same certificate: one row, no error.
  if (existing) return toInfo(existing);
  const id = globalThis.crypto.randomUUID();
  ctx.db
    .prepare(
      `INSERT INTO certificates (${columns}, pkcs12) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    )
    .run(
      id,
      label || facts.subjectName,
      facts.subjectName,
      facts.organisation,
      facts.issuerName,
      facts.serialNumber,
      facts.notBefore.toISOString(),
      facts.notAfter.toISOString(),
      facts.fingerprint,
      facts.selfSigned ? 1 : 0,
      origin,
      ctx.now().toISOString(),
      pkcs12,
    );
  return getCertificate(ctx, id);
}

/**
 * Imports a PKCS#12 file (.p12/.pfx). The password opens it once, to check that it holds a key
 * and a certificate valid today; the file is stored as it came and the password is forgotten.
 */
export function importCertificate(ctx: ServiceContext, input: { fileBase64: string; password: string; label: string }): CertificateInfo {
  const bytes = fileBytes(input.fileBase64);
  const opened = openPkcs12(bytes, input.password);
  assertUsable(opened, ctx.now());
  return store(ctx, opened, bytes, input.label, 'imported');
}

/** Makes a certificate for a person in the organisation: a new key, self-signed, protected by the password given. */
export async function createCertificate(
  ctx: ServiceContext,
  input: { name: string; organisation: string; email: string; password: string; years: number },
): Promise<CertificateInfo> {
  const now = ctx.now();
  const notAfter = new Date(now);
  notAfter.setUTCFullYear(notAfter.getUTCFullYear() + input.years);
  const { certificateDer, privateKey } = await createSelfSignedCertificate({
    name: input.name,
    organisation: input.organisation,
    email: input.email,
    notBefore: new Date(now.getTime() - 60_000),
    notAfter,
  });
  const pkcs12 = writePkcs12(certificateDer, privateKey, input.password, input.name);
  return store(ctx, openPkcs12(pkcs12, input.password), pkcs12, input.name, 'created');
}

/** Forgets a certificate; PDFs it signed stay signed. */
export function removeCertificate(ctx: ServiceContext, input: { id: string }): { removed: true } {
  getCertificate(ctx, input.id);
  ctx.db.prepare('DELETE FROM certificates WHERE id = ?').run(input.id);
  return { removed: true };
}

/** The stored .p12, for a backup or for signing on another computer; still protected by its password. */
export function downloadCertificate(ctx: ServiceContext, input: { id: string }): ExportedFile {
  const certificate = getCertificate(ctx, input.id);
  return exportedFile(storedPkcs12(ctx, input.id), `${safeFileName(certificate.label)}.p12`, mimeTypes.p12);
}

/** Opens a PKCS#12 for one signature: the password is checked, and the certificate must be valid now. */
export function signerFromPkcs12(ctx: Pick<ServiceContext, 'now'>, pkcs12: Buffer, password: string): CmsSigner {
  const opened = openPkcs12(pkcs12, password);
  assertUsable(opened, ctx.now());
  return opened;
}

/** A stored certificate opened with its password, ready to sign. */
export function storedSigner(ctx: ServiceContext, certificateId: string, password: string): CmsSigner {
  return signerFromPkcs12(ctx, storedPkcs12(ctx, certificateId), password);
}
