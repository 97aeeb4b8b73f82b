import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { runExportCommand } from '../../../../main/cli/exportCommands';
import { createTempDir, createTestServices } from '../../../helpers/createTestServices';
import { createTestCertificates, type TestCertificates } from '../../../helpers/testCertificates';

let certificates: TestCertificates;
let dataDir: string;
let meetingId: string;
let out: string;

beforeAll(async () => {
  certificates = createTestCertificates();
  dataDir = createTempDir();
  out = createTempDir('paragraf-cli-out-');
  const services = createTestServices({ dataDir });
  meetingId = (await services.api.meetings.createSample({})).id;
  services.dispose();
});
afterAll(() => {
  for (const dir of [certificates.dir, dataDir, out]) rmSync(dir, { recursive: true, force: true });
});

async function run(command: 'export' | 'sign' | 'verify', args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const stdout: string[] = [];
  const stderr: string[] = [];
  const log = vi.spyOn(console, 'log').mockImplementation((...parts: unknown[]) => void stdout.push(parts.join(' ')));
  const error = vi.spyOn(console, 'error').mockImplementation((...parts: unknown[]) => void stderr.push(parts.join(' ')));
  try {
    const code = await runExportCommand(command, args);
    return { code, stdout: stdout.join('\n'), stderr: stderr.join('\n') };
  } finally {
    log.mockRestore();
    error.mockRestore();
  }
}

describe('paragraf export, sign and verify', () => {
  it('exports a signed PDF, a second person signs it, and verify says both are valid', async () => {
    const p12 = join(certificates.dir, 'asa.p12');
    writeFileSync(p12, certificates.asa);
    writeFileSync(join(certificates.dir, 'bjorn.p12'), certificates.bjorn);
    const pdf = join(out, 'protokoll.pdf');
    const exported = await run('export', ['--data-dir', dataDir, '--meeting', meetingId, '--format', 'pdf', '--out', pdf, '--sign', p12, '--password', certificates.password]);
    expect(exported).toMatchObject({ code: 0, stderr: '' });
    expect(exported.stdout).toContain('signerad av Åsa Öberg');
    const signed = await run('sign', [pdf, '--p12', join(certificates.dir, 'bjorn.p12'), '--password', certificates.password, '--role', 'justerare']);
    expect(signed.stdout).toBe('Signerade protokoll.pdf som Björn Ängström; filen har nu 2 signaturer.');
    const verified = await run('verify', [pdf]);
    expect(verified.code).toBe(0);
    expect(verified.stdout.split('\n')[0]).toBe('protokoll.pdf: Alla signaturer är giltiga och dokumentet är oförändrat sedan det signerades.');
    expect(verified.stdout).toContain('1. Åsa Öberg (Föreningen Ängsö), Sekreterare');
    expect(verified.stdout).toContain('2. Björn Ängström (Föreningen Ängsö), Justerare');
  });

  it('exits non-zero for a changed PDF, an unsigned one, and a file that is not a PDF', async () => {
    const pdf = join(out, 'protokoll.pdf');
    const changed = readFileSync(pdf);
    const middle = Math.floor(changed.length / 2);
    changed[middle] = changed[middle]! ^ 0x01;
    writeFileSync(join(out, 'ändrad.pdf'), changed);
    const tampered = await run('verify', [join(out, 'ändrad.pdf')]);
    expect(tampered.code).toBe(1);
    expect(tampered.stdout).toContain('Dokumentet är inte giltigt signerat.');
    expect(tampered.stdout).toContain('Innehållet har ändrats efter signeringen.');
    await run('export', ['--data-dir', dataDir, '--meeting', meetingId, '--format', 'pdf', '--out', join(out, 'osignerad.pdf')]);
    expect((await run('verify', [join(out, 'osignerad.pdf')])).code).toBe(1);
    const notPdf = await run('verify', [join(certificates.dir, 'asa.p12')]);
    expect(notPdf).toMatchObject({ code: 2, stderr: 'Filen är inte en PDF som Paragraf kan läsa och signera.' });
  });

  it('says in Swedish what is wrong: password, certificate, folder, arguments', async () => {
    const wrong = await run('export', ['--data-dir', dataDir, '--meeting', meetingId, '--format', 'pdf', '--out', join(out, 'x.pdf'), '--sign', join(certificates.dir, 'asa.p12'), '--password', 'fel']);
    expect(wrong).toMatchObject({ code: 1, stderr: 'Lösenordet stämmer inte för certifikatet. Försök igen; ingenting har ändrats.' });
    const blocked = join(out, 'fil');
    writeFileSync(blocked, 'x');
    const folder = await run('export', ['--data-dir', dataDir, '--body', 'default-board', '--year', '2026', '--out', join(blocked, 'arkiv')]);
    expect(folder.stderr).toBe(`Paragraf kan inte skriva i mappen ${join(blocked, 'arkiv')}. Välj en annan mapp eller kontrollera behörigheterna.`);
    expect((await run('export', ['--data-dir', dataDir, '--meeting', meetingId, '--out', join(out, 'x.pdf')])).stderr).toBe('Ange formatet med --format docx eller --format pdf.');
    expect((await run('export', ['--data-dir', dataDir, '--meeting', meetingId, '--format', 'odt', '--out', 'x'])).code).toBe(2);
  });

  it('writes the archive of a body’s year', async () => {
    const archive = await run('export', ['--data-dir', dataDir, '--body', 'default-board', '--year', '2026', '--out', join(out, 'arkiv')]);
    expect(archive.code).toBe(0);
    expect(archive.stdout).toContain('2026-11-12 Styrelsen protokoll.pdf');
    expect(archive.stdout).toContain('förteckning.txt');
  });
});
