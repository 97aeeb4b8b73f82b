import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createTestCertificates } from '../../helpers/testCertificates';
import { JusteringPanelPage } from '../pages/JusteringPanelPage';
import { MeetingEditorPage } from '../pages/MeetingEditorPage';
import { MeetingListPage } from '../pages/MeetingListPage';
import { ReviewPage } from '../pages/ReviewPage';
import { Cleanup } from '../support/cleanup';
import { rpc } from '../support/http';
import type { RunningPreview } from '../support/preview';

const cleanup = new Cleanup();
afterEach(() => cleanup.run());

async function call<T>(preview: RunningPreview, method: string, input: unknown): Promise<T> {
  const response = JSON.parse((await rpc(preview.port, method, input, preview.token)).body) as { ok: boolean; value: T; error?: unknown };
  if (!response.ok) throw new Error(`${method}: ${JSON.stringify(response.error)}`);
  return response.value;
}

describe('justering with the justerare on another computer', () => {
  it('sends, comments, approves with signatures, voids on a new revision, approves again; pdfsig trusts the result', async () => {
    const certificates = createTestCertificates();
    const files = cleanup.dataDir();
    const secretary = await cleanup.preview(cleanup.dataDir());
    const justerare = await cleanup.preview(cleanup.dataDir());
    const browser = await cleanup.browser();

    // Two computers: each with its user's name and certificate.
    await call(secretary, 'identity.set', { name: 'Åsa Öberg' });
    await call(justerare, 'identity.set', { name: 'Björn Ängström' });
    const p12 = (certificate: Buffer) => ({ fileBase64: certificate.toString('base64'), password: certificates.password, label: '' });
    await call(secretary, 'certificates.import', p12(certificates.asa));
    await call(justerare, 'certificates.import', p12(certificates.bjorn));
    await call(secretary, 'certificates.create', { name: 'Anna Lindqvist', organisation: 'Föreningen Ängsö', email: '', password: 'ordförandens lösen', years: 2 });

    // The example meeting, with Björn elected justerare in its attendance roles.
    const sample = await call<{ id: string }>(secretary, 'meetings.createSample', {});
    const opened = await call<{ version: number; document: { content: { type: string; attrs?: { roles?: { role: string; name: string }[] } }[] } }>(secretary, 'meetings.open', { id: sample.id });
    for (const role of opened.document.content[1]!.attrs!.roles!) if (role.role === 'justerare') role.name = 'Björn Ängström';
    await call(secretary, 'minutes.save', { meetingId: sample.id, baseVersion: opened.version, document: opened.document });

    const secretaryPage = await browser.newPage();
    await MeetingListPage.open(secretaryPage, secretary.url);
    await MeetingEditorPage.open(secretaryPage, secretary.origin, sample.id);
    let panel = await JusteringPanelPage.open(secretaryPage);
    await panel.send();
    expect(await panel.state.textContent()).toBe('Till justering');
    await panel.signWith('Åsa Öberg', certificates.password);
    const reviewFile = await panel.exportReviewFile(files);
    expect(reviewFile).toMatch(/rev 1\.paragraf$/);

    const justererPage = await browser.newPage();
    await MeetingListPage.open(justererPage, justerare.url);
    let review = await ReviewPage.openFile(justererPage, reviewFile);
    await review.suggest('§ 1 Mötets öppnande', 'Skriv ut klockslaget.', 'Ordföranden förklarade mötet öppnat kl. 18.30.');
    const answer = await review.approve('Björn Ängström', certificates.password, files);

    expect(await panel.importAnswer(answer)).toBe(
      'Svar från Björn Ängström: 1 kommentarer. Justeringen är registrerad. Den signerade PDF:en är sparad.',
    );
    expect(await panel.importAnswer(answer)).toContain('redan inläst');
    await panel.signWith('Anna Lindqvist', 'ordförandens lösen');
    await panel.approveHere('Anna Lindqvist', 'Ordförande');
    await panel.root.locator('h2 .state-badge', { hasText: 'Justerat' }).waitFor();

    // A later change: a new revision voids every approval, and the UI says so.
    const warning = await panel.newRevision('Klockslaget enligt justerarens förslag');
    expect(warning).toContain('En ny revision upphäver alla justeringar av revision 1');
    panel = await JusteringPanelPage.open(secretaryPage);
    expect(await panel.root.getByText('gäller en äldre revision, räknas inte').count()).toBe(2);
    const editor = new MeetingEditorPage(secretaryPage);
    await editor.clickIntoText(1);
    await editor.type(' Klockan var 18.30.');
    await editor.waitUntilSaved();
    await panel.send();
    await panel.signWith('Åsa Öberg', certificates.password);
    const secondReview = await panel.exportReviewFile(files);
    expect(secondReview).toMatch(/rev 2\.paragraf$/);

    await MeetingListPage.open(justererPage, justerare.url);
    review = await ReviewPage.openFile(justererPage, secondReview);
    const secondAnswer = await review.approve('Björn Ängström', certificates.password, files);
    expect(await panel.importAnswer(secondAnswer)).toContain('Justeringen är registrerad.');
    await panel.signWith('Anna Lindqvist', 'ordförandens lösen');
    await panel.approveHere('Anna Lindqvist', 'Ordförande');
    await panel.root.locator('h2 .state-badge', { hasText: 'Justerat' }).waitFor();
    const status = await call<{ revisions: unknown[]; pdfSignatures: number }>(secretary, 'justering.status', { meetingId: sample.id });
    expect(status).toMatchObject({ pdfSignatures: 3 });
    expect(status.revisions).toHaveLength(2);

    // The archived PDF proves the justering on its own: pdfsig checks every signature.
    const pdf = await panel.downloadSignedPdf(files);
    const nss = join(files, 'nss');
    mkdirSync(nss);
    writeFileSync(join(files, 'ca.crt'), certificates.caPem);
    execFileSync('certutil', ['-N', '-d', `sql:${nss}`, '--empty-password']);
    execFileSync('certutil', ['-A', '-d', `sql:${nss}`, '-n', 'Föreningen Ängsö CA', '-t', 'CT,C,C', '-i', join(files, 'ca.crt')]);
    const report = spawnSync('pdfsig', ['-nssdir', `sql:${nss}`, pdf], { encoding: 'utf8' }).stdout;
    const signatures = report.split(/Signature #\d+:/).slice(1);
    expect(signatures.map((signature) => /Signer Certificate Common Name: (.+)/.exec(signature)?.[1])).toEqual([
      'Åsa Öberg',
      'Björn Ängström',
      'Anna Lindqvist',
    ]);
    for (const signature of signatures) expect(signature).toContain('Signature Validation: Signature is Valid.');
    expect(signatures[0]).toContain('Certificate Validation: Certificate is Trusted.');
    expect(signatures[1]).toContain('Certificate Validation: Certificate is Trusted.');
    expect(signatures[2]).toContain('Total document signed');
    const text = spawnSync('pdftotext', ['-enc', 'UTF-8', pdf, '-'], { encoding: 'utf8' }).stdout;
    expect(text.replace(/\s+/g, ' ')).toContain('Klockan var 18.30.');
  }, 240_000);
});
