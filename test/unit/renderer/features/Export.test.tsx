import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { rmSync } from 'node:fs';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../../../renderer/app/App';
import type { ParagrafApi } from '../../../../shared/contract/api';
import { startServicesProcess, type ServicesProcess } from '../../../helpers/servicesProcess';
import { createTestCertificates, type TestCertificates } from '../../../helpers/testCertificates';

let services: ServicesProcess | undefined;
let certificates: TestCertificates;
let downloads: { name: string; bytes: Buffer }[];

beforeAll(() => {
  certificates = createTestCertificates();
});
afterAll(() => rmSync(certificates.dir, { recursive: true, force: true }));

beforeEach(() => {
  window.localStorage.clear();
  downloads = [];
  const blobs = new Map<string, Blob>();
  // jsdom has no object URLs and does not follow links: record what a click would download.
  vi.stubGlobal('URL', Object.assign(URL, {
    createObjectURL: (blob: Blob) => {
      const url = `blob:test/${blobs.size}`;
      blobs.set(url, blob);
      return url;
    },
    revokeObjectURL: () => undefined,
  }));
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    const blob = blobs.get(this.href);
    if (!blob) return;
    const reader = new FileReader();
    const name = this.download;
    reader.onload = () => downloads.push({ name, bytes: Buffer.from(String(reader.result).split(',')[1] ?? '', 'base64') });
    reader.readAsDataURL(blob);
  });
});
afterEach(async () => {
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
  await services?.stop();
  services = undefined;
});

async function downloaded(index = 0): Promise<{ name: string; bytes: Buffer }> {
  await waitFor(() => expect(downloads.length).toBeGreaterThan(index));
  return downloads[index]!;
}

async function openSampleMeeting(wrap: (api: ParagrafApi) => ParagrafApi = (api) => api): Promise<ParagrafApi> {
  services = await startServicesProcess();
  const { api } = services;
  const meeting = await api.meetings.createSample({});
  window.location.hash = `#/meeting/${meeting.id}`;
  render(<App api={wrap(api)} language="sv" />);
  await screen.findByText('Mötets öppnande');
  return api;
}

describe('Exportera on the meeting screen', () => {
  it('exports the minutes as an archival PDF offered as a download', async () => {
    const user = userEvent.setup();
    await openSampleMeeting();
    await user.click(screen.getByRole('button', { name: 'Exportera' }));
    const panel = await screen.findByRole('dialog', { name: 'Exportera' });
    expect(within(panel).getByLabelText('PDF för arkiv (PDF/A)')).toBeChecked();
    await user.click(within(panel).getByRole('button', { name: 'Exportera' }));
    const file = await downloaded();
    expect(file.name).toBe('2026-11-12 Styrelsen protokoll.pdf');
    expect(file.bytes.subarray(0, 5).toString()).toBe('%PDF-');
    expect(await within(panel).findByRole('status')).toHaveTextContent('Klart: 2026-11-12 Styrelsen protokoll.pdf');
  });

  it('opens with the focus on its first choice and closes with Escape or a click outside, keeping the choices', async () => {
    const user = userEvent.setup();
    await openSampleMeeting();
    const opener = screen.getByRole('button', { name: 'Exportera' });
    await user.click(opener);
    let panel = await screen.findByRole('dialog', { name: 'Exportera' });
    expect(within(panel).getByLabelText('Protokoll')).toHaveFocus();
    await user.click(within(panel).getByLabelText('Word (.docx)'));
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog', { name: 'Exportera' })).not.toBeInTheDocument();
    expect(opener).toHaveFocus();
    expect(opener).toHaveAttribute('aria-expanded', 'false');

    await user.keyboard('{Enter}');
    panel = await screen.findByRole('dialog', { name: 'Exportera' });
    expect(within(panel).getByLabelText('Word (.docx)')).toBeChecked();
    // A click in the panel keeps it open; one outside it (here on the minutes) closes it.
    await user.click(within(panel).getByLabelText('Kallelse med dagordning'));
    expect(screen.getByRole('dialog', { name: 'Exportera' })).toBeInTheDocument();
    await user.click(screen.getByText('Mötets öppnande'));
    expect(screen.queryByRole('dialog', { name: 'Exportera' })).not.toBeInTheDocument();
    expect(downloads).toEqual([]);
  });

  it('stays open on a click elsewhere while an export runs, so its outcome is seen', async () => {
    const user = userEvent.setup();
    let release = () => undefined as void;
    const held = new Promise<void>((resolve) => (release = resolve));
    await openSampleMeeting((api) => ({ ...api, exports: { ...api.exports, meeting: async (input) => (await held, api.exports.meeting(input)) } }));
    await user.click(screen.getByRole('button', { name: 'Exportera' }));
    const panel = await screen.findByRole('dialog', { name: 'Exportera' });
    await user.click(within(panel).getByRole('button', { name: 'Exportera' }));
    expect(await within(panel).findByRole('button', { name: 'Exporterar …' })).toBeDisabled();
    await user.click(screen.getByText('Mötets öppnande'));
    expect(screen.getByRole('dialog', { name: 'Exportera' })).toBeInTheDocument();
    release();
    expect(await within(panel).findByRole('status')).toHaveTextContent('Klart: 2026-11-12 Styrelsen protokoll.pdf');
    await user.click(screen.getByText('Mötets öppnande'));
    expect(screen.queryByRole('dialog', { name: 'Exportera' })).not.toBeInTheDocument();
  });

  it('makes a protokollsutdrag of the § chosen, and a Word kallelse', async () => {
    const user = userEvent.setup();
    await openSampleMeeting();
    await user.click(screen.getByRole('button', { name: 'Exportera' }));
    const panel = await screen.findByRole('dialog', { name: 'Exportera' });
    await user.click(within(panel).getByLabelText('Protokollsutdrag'));
    const run = within(panel).getByRole('button', { name: 'Exportera' });
    expect(run).toBeDisabled();
    await user.click(await within(panel).findByLabelText('§ 5 Budget för 2027'));
    await user.click(run);
    expect((await downloaded()).name).toBe('2026-11-12 Styrelsen protokollsutdrag § 5.pdf');
    await user.click(within(panel).getByLabelText('Kallelse med dagordning'));
    await user.click(within(panel).getByLabelText('Word (.docx)'));
    await user.click(run);
    const kallelse = await downloaded(1);
    expect(kallelse.name).toBe('2026-11-12 Styrelsen kallelse.docx');
    expect(kallelse.bytes.subarray(0, 2).toString()).toBe('PK');
  });

  it('signs the export, and says so clearly when the password is wrong', async () => {
    const user = userEvent.setup();
    const api = await openSampleMeeting();
    await api.certificates.import({ fileBase64: certificates.asa.toString('base64'), password: certificates.password, label: '' });
    await user.click(screen.getByRole('button', { name: 'Exportera' }));
    const panel = await screen.findByRole('dialog', { name: 'Exportera' });
    await user.click(within(panel).getByLabelText('Signera digitalt'));
    expect(within(panel).getByLabelText('Certifikat')).toHaveDisplayValue(/Åsa Öberg, Föreningen Ängsö/);
    await user.type(within(panel).getByLabelText('Certifikatets lösenord'), 'fel');
    await user.click(within(panel).getByRole('button', { name: 'Exportera' }));
    expect(await within(panel).findByRole('alert')).toHaveTextContent('Lösenordet stämmer inte för certifikatet.');
    await user.clear(within(panel).getByLabelText('Certifikatets lösenord'));
    await user.type(within(panel).getByLabelText('Certifikatets lösenord'), certificates.password);
    await user.click(within(panel).getByRole('button', { name: 'Exportera' }));
    const signed = await downloaded();
    const verified = await api.signatures.verify({ pdfBase64: signed.bytes.toString('base64') });
    expect(verified.valid).toBe(true);
    expect(verified.signatures[0]).toMatchObject({ signerName: 'Åsa Öberg', reason: 'Sekreterare' });
    expect(within(panel).getByLabelText('Certifikatets lösenord')).toHaveValue('');
  });
});

describe('the Certifikat screen', () => {
  async function openCertificates(prepare: (api: ParagrafApi) => Promise<void> = async () => undefined): Promise<ParagrafApi> {
    services = await startServicesProcess();
    await prepare(services.api);
    window.location.hash = '#/certificates';
    render(<App api={services.api} language="sv" />);
    await screen.findByRole('heading', { name: 'Certifikat', level: 1 });
    return services.api;
  }

  it('imports a .p12 with its password, refusing a wrong one, and lists it', async () => {
    const user = userEvent.setup();
    const api = await openCertificates();
    const form = screen.getByRole('form', { name: 'Importera certifikat' });
    await user.upload(within(form).getByLabelText('Certifikatfil (.p12 eller .pfx)'), new File([new Uint8Array(certificates.asa)], 'asa.p12', { type: 'application/x-pkcs12' }));
    await user.type(within(form).getByLabelText('Lösenord'), 'fel');
    await user.click(within(form).getByRole('button', { name: 'Importera' }));
    expect(await within(form).findByRole('alert')).toHaveTextContent('Lösenordet stämmer inte');
    expect(await api.certificates.list({})).toEqual([]);
    await user.clear(within(form).getByLabelText('Lösenord'));
    await user.type(within(form).getByLabelText('Lösenord'), certificates.password);
    await user.click(within(form).getByRole('button', { name: 'Importera' }));
    expect(await within(form).findByRole('status')).toHaveTextContent('Certifikatet för Åsa Öberg är importerat.');
    const row = (await screen.findByRole('cell', { name: 'Åsa Öberg' })).closest('tr')!;
    expect(within(row).getByRole('cell', { name: 'Föreningen Ängsö CA' })).toBeInTheDocument();
  });

  it('says a file is not a certificate', async () => {
    const user = userEvent.setup();
    await openCertificates();
    const form = screen.getByRole('form', { name: 'Importera certifikat' });
    // The file field speaks the app's language, whatever the browser's is, and names the file chosen.
    const field = within(form).getByLabelText('Certifikatfil (.p12 eller .pfx)');
    expect(field).toHaveAccessibleDescription('Ingen fil vald');
    expect(within(form).getByText('Välj fil …')).toBeInTheDocument();
    await user.upload(field, new File(['inte ett certifikat'], 'brev.p12'));
    expect(field).toHaveAccessibleDescription('brev.p12');
    await user.click(within(form).getByRole('button', { name: 'Importera' }));
    expect(await within(form).findByRole('alert')).toHaveTextContent('Filen är inte ett certifikat som Paragraf kan läsa.');
  });

  it('creates a certificate for the organisation once the passwords agree', async () => {
    const user = userEvent.setup();
    await openCertificates();
    const form = await screen.findByRole('form', { name: 'Skapa certifikat för organisationen' });
    await waitFor(() => expect(within(form).getByLabelText('Organisation')).toHaveValue('Min förening'));
    await user.type(within(form).getByLabelText('Namn på den som signerar'), 'Erik Johansson');
    await user.type(within(form).getByLabelText('Lösenord (minst 8 tecken)'), 'kort');
    expect(within(form).getByText('Lösenordet måste ha minst 8 tecken.')).toBeInTheDocument();
    await user.type(within(form).getByLabelText('Lösenord (minst 8 tecken)'), 'are lösen');
    await user.type(within(form).getByLabelText('Upprepa lösenordet'), 'kortare');
    expect(within(form).getByText('Lösenorden är inte lika.')).toBeInTheDocument();
    expect(within(form).getByRole('button', { name: 'Skapa certifikat' })).toBeDisabled();
    await user.type(within(form).getByLabelText('Upprepa lösenordet'), ' lösen');
    await user.click(within(form).getByRole('button', { name: 'Skapa certifikat' }));
    expect(await within(form).findByRole('status', {}, { timeout: 20_000 })).toHaveTextContent('Certifikatet för Erik Johansson är skapat.');
    const row = (await screen.findByRole('cell', { name: 'Erik Johansson' })).closest('tr')!;
    expect(within(row).getByRole('cell', { name: 'Eget (självsignerat)' })).toBeInTheDocument();
  }, 30_000);

  it('signs a PDF in turn and verifies it; a changed PDF is reported invalid', async () => {
    const user = userEvent.setup();
    let exported = { base64: '', fileName: '' };
    await openCertificates(async (api) => {
      const meeting = await api.meetings.createSample({});
      const first = await api.certificates.import({ fileBase64: certificates.asa.toString('base64'), password: certificates.password, label: '' });
      await api.certificates.import({ fileBase64: certificates.bjorn.toString('base64'), password: certificates.password, label: '' });
      exported = await api.exports.meeting({
        meetingId: meeting.id,
        format: 'pdf',
        document: 'protokoll',
        signature: { certificateId: first.id, password: certificates.password, role: 'sekreterare' },
      });
    });
    const sign = await screen.findByRole('form', { name: 'Signera PDF' });
    await user.upload(within(sign).getByLabelText('PDF-fil'), new File([new Uint8Array(Buffer.from(exported.base64, 'base64'))], exported.fileName, { type: 'application/pdf' }));
    await waitFor(() => expect(within(sign).getByLabelText('Certifikat').querySelectorAll('option').length).toBe(2));
    await user.selectOptions(within(sign).getByLabelText('Certifikat'), within(sign).getByRole('option', { name: /Björn Ängström/ }));
    expect(within(sign).getByLabelText('Signerar som')).toHaveDisplayValue('Justerare');
    await user.type(within(sign).getByLabelText('Certifikatets lösenord'), certificates.password);
    await user.click(within(sign).getByRole('button', { name: 'Signera' }));
    const signed = await downloaded();
    expect(signed.name).toBe(exported.fileName);
    const verify = screen.getByRole('form', { name: 'Verifiera PDF' });
    await user.upload(within(verify).getByLabelText('PDF-fil att kontrollera'), new File([new Uint8Array(signed.bytes)], signed.name, { type: 'application/pdf' }));
    await user.click(within(verify).getByRole('button', { name: 'Verifiera' }));
    const result = await within(verify).findByRole('status');
    expect(result).toHaveTextContent('Alla signaturer är giltiga och dokumentet är oförändrat sedan det signerades.');
    expect(result).toHaveTextContent('Åsa Öberg, Föreningen Ängsö');
    expect(result).toHaveTextContent('Björn Ängström, Föreningen Ängsö');
    const changed = Buffer.from(signed.bytes);
    changed[2000] = changed[2000]! ^ 0x01;
    await user.upload(within(verify).getByLabelText('PDF-fil att kontrollera'), new File([new Uint8Array(changed)], 'ändrad.pdf', { type: 'application/pdf' }));
    await user.click(within(verify).getByRole('button', { name: 'Verifiera' }));
    await waitFor(() => expect(within(verify).getByRole('status')).toHaveTextContent('Dokumentet är inte giltigt signerat.'));
    expect(within(verify).getByRole('status')).toHaveTextContent('Innehållet har ändrats efter signeringen.');
  });
});
