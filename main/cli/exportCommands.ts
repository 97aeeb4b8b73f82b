// The command line's export, sign and verify commands: argument parsing and printing only;
// the work is done by the same services the app calls.
import { readFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { ParagrafError } from '../../shared/contract/errors';
import { exportDocuments, signerRoles, type ExportDocument, type SignerRole } from '../../shared/contract/exportModels';
import { startupFailureMessage } from '../app/startupMessages';
import { appVersion } from '../app/version';
import { exportArchive } from '../services/archive';
import { signerFromPkcs12 } from '../services/certificates';
import type { ServiceContext } from '../services/context';
import { writeWhole } from '../services/export/writeWhole';
import { exportMeetingBytes } from '../services/exports';
import { addSignature, verifyPdfBytes } from '../services/signatures';
import { startServices } from '../services/startServices';
import { failureText, verificationText } from './cliMessages';

/** The usage lines of these commands, for the command line's help. */
export const exportUsage = `  export --data-dir DIR --meeting ID --format docx|pdf --out FIL
         [--document protokoll|kallelse|utdrag] [--items ID,ID …]
         [--sign FIL.p12 --password LÖSENORD --role sekreterare|ordförande|justerare]
                          exporterar ett möte som Word eller arkiv-PDF, signerad om --sign anges
  export --data-dir DIR --body ID --year ÅR --out MAPP
                          arkiverar alla möten ett organ hade ett år (PDF/A, Word, förteckning)
  sign FIL.pdf --p12 FIL.p12 --password LÖSENORD --role ROLL [--out FIL]
                          lägger till en signatur i en PDF; tidigare signaturer förblir giltiga
  verify FIL.pdf          kontrollerar PDF:ens signaturer (slutkod 0 bara om alla är giltiga)
  Lösenordet kan också ges i miljövariabeln PARAGRAF_CERT_PASSWORD.`;

/** The commands this module runs. */
export const exportCommands = ['export', 'sign', 'verify'] as const;

class UsageError extends Error {}

function readFile(path: string): Buffer {
  try {
    return readFileSync(path);
  } catch {
    throw new UsageError(`Kan inte läsa filen ${path}.`);
  }
}

function role(value: string | undefined, fallback: SignerRole): SignerRole {
  if (value === undefined) return fallback;
  if (!(signerRoles as readonly string[]).includes(value)) throw new UsageError(`Okänd roll: ${value} (${signerRoles.join(', ')}).`);
  return value as SignerRole;
}

function password(value: string | undefined): string {
  const given = value ?? process.env.PARAGRAF_CERT_PASSWORD;
  if (given === undefined) throw new UsageError('Ange certifikatets lösenord med --password (eller PARAGRAF_CERT_PASSWORD).');
  return given;
}

function kilobytes(bytes: Buffer): string {
  return `${Math.max(1, Math.round(bytes.length / 1024))} kB`;
}

async function withServices(dataDir: string | undefined, run: (ctx: ServiceContext) => Promise<number>): Promise<number> {
  if (!dataDir) throw new UsageError('Ange datamappen med --data-dir DIR.');
  const folder = resolve(dataDir);
  let services;
  try {
    services = startServices({ dataDir: folder, version: appVersion });
  } catch (error) {
    console.error(startupFailureMessage(error, folder));
    return 3;
  }
  try {
    return await run(services.ctx);
  } finally {
    services.close();
  }
}

async function runExport(args: string[]): Promise<number> {
  const { values } = parseArgs({
    args,
    strict: true,
    options: {
      'data-dir': { type: 'string' },
      meeting: { type: 'string' },
      body: { type: 'string' },
      year: { type: 'string' },
      format: { type: 'string' },
      document: { type: 'string' },
      items: { type: 'string' },
      out: { type: 'string' },
      sign: { type: 'string' },
      password: { type: 'string' },
      role: { type: 'string' },
    },
  });
  if (!values.out) throw new UsageError('Ange vart filen ska skrivas med --out.');
  const out = resolve(values.out);
  if (values.body) {
    const year = Number(values.year);
    if (!Number.isInteger(year)) throw new UsageError('Ange året med --year, t.ex. --year 2026.');
    return withServices(values['data-dir'], async (ctx) => {
      const result = await exportArchive(ctx, { bodyId: values.body!, year, folder: out });
      console.log(`Arkivet för ${year} skrevs till ${result.folder}: ${result.files.length} filer.`);
      for (const file of result.files) console.log(`  ${file}`);
      return 0;
    });
  }
  if (!values.meeting) throw new UsageError('Ange mötet med --meeting ID (eller organet med --body ID --year ÅR).');
  if (values.format !== 'docx' && values.format !== 'pdf') throw new UsageError('Ange formatet med --format docx eller --format pdf.');
  const document = (values.document ?? 'protokoll') as ExportDocument;
  if (!exportDocuments.includes(document)) throw new UsageError(`Okänt dokument: ${values.document} (${exportDocuments.join(', ')}).`);
  const p12 = values.sign ? readFile(resolve(values.sign)) : undefined;
  const format = values.format;
  return withServices(values['data-dir'], async (ctx) => {
    const signer = p12 ? { signer: signerFromPkcs12(ctx, p12, password(values.password)), role: role(values.role, 'sekreterare') } : undefined;
    const itemIds = values.items?.split(',').map((id) => id.trim()).filter(Boolean);
    const file = await exportMeetingBytes(ctx, { meetingId: values.meeting!, format, document, itemIds, signer });
    writeWhole(out, file.bytes);
    const signed = signer ? `, signerad av ${signer.signer.certificate.subjectName}` : '';
    console.log(`Skrev ${out} (${kilobytes(file.bytes)}${signed}).`);
    return 0;
  });
}

async function runSign(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    strict: true,
    allowPositionals: true,
    options: { p12: { type: 'string' }, password: { type: 'string' }, role: { type: 'string' }, out: { type: 'string' } },
  });
  const [input] = positionals;
  if (!input || !values.p12) throw new UsageError('Användning: paragraf sign FIL.pdf --p12 FIL.p12 --password LÖSENORD --role ROLL');
  const pdf = readFile(resolve(input));
  const p12 = readFile(resolve(values.p12));
  // Signing a file needs no data folder, only the clock.
  const ctx = { now: () => new Date() };
  const signer = signerFromPkcs12(ctx, p12, password(values.password));
  const signed = addSignature(ctx, pdf, signer, role(values.role, 'justerare'));
  const out = resolve(values.out ?? input);
  writeWhole(out, signed);
  console.log(`Signerade ${basename(out)} som ${signer.certificate.subjectName}; filen har nu ${verifyPdfBytes(signed).signatures.length} signaturer.`);
  return 0;
}

function runVerify(args: string[]): number {
  const { positionals } = parseArgs({ args, strict: true, allowPositionals: true, options: {} });
  if (positionals.length === 0) throw new UsageError('Användning: paragraf verify FIL.pdf [FIL.pdf …]');
  let valid = true;
  for (const path of positionals) {
    const result = verifyPdfBytes(readFile(resolve(path)));
    for (const line of verificationText(basename(path), result)) console.log(line);
    valid &&= result.valid;
  }
  return valid ? 0 : 1;
}

/** Runs export, sign or verify; prints Swedish messages and returns the exit code. */
export async function runExportCommand(command: (typeof exportCommands)[number], args: string[]): Promise<number> {
  try {
    if (command === 'export') return await runExport(args);
    if (command === 'sign') return await runSign(args);
    return runVerify(args);
  } catch (error) {
    if (error instanceof UsageError || (error instanceof Error && 'code' in error && String((error as { code: unknown }).code).startsWith('ERR_PARSE_ARGS'))) {
      console.error(error.message);
      return 2;
    }
    console.error(failureText(error));
    return error instanceof ParagrafError && error.code === 'PDF_UNREADABLE' ? 2 : 1;
  }
}
