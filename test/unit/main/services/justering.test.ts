import Database from 'better-sqlite3';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { ParagrafApi } from '../../../../shared/contract/api';
import { createTestServices, type TestServices } from '../../../helpers/createTestServices';

const open: TestServices[] = [];
afterEach(() => {
  for (const services of open.splice(0)) services.dispose();
});

function computer(name: string): TestServices {
  const services = createTestServices();
  open.push(services);
  void services.api.identity.set({ name });
  return services;
}

async function frozenSample(api: ParagrafApi) {
  const meeting = await api.meetings.createSample({});
  const status = await api.justering.send({ meetingId: meeting.id });
  return { meeting, status };
}

function firstParagraphText(document: unknown, itemIndex: number): string {
  const items = (document as { content: { type: string; content?: { type: string; content?: { text?: string }[] }[] }[] }).content.filter((node) => node.type === 'agendaItem');
  const paragraph = items[itemIndex]!.content!.find((node) => node.type === 'paragraph');
  return paragraph?.content?.[0]?.text ?? '';
}

describe('revisions and approvals', () => {
  it('freezes a revision named by its hash and refuses every change to frozen minutes', async () => {
    const secretary = computer('Erik Johansson');
    const { meeting, status } = await frozenSample(secretary.api);
    expect(status.state).toBe('till_justering');
    expect(status.current?.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(status.required.map((entry) => [entry.role, entry.name])).toEqual([
      ['ordförande', 'Anna Lindqvist'],
      ['justerare', 'Maria Öberg'],
    ]);
    const opened = await secretary.api.meetings.open({ id: meeting.id });
    await expect(secretary.api.minutes.save({ meetingId: meeting.id, baseVersion: opened.version, document: opened.document })).rejects.toMatchObject({ code: 'READ_ONLY' });
    await expect(secretary.api.justering.send({ meetingId: meeting.id })).rejects.toMatchObject({ code: 'READ_ONLY' });
  });

  it('is justerat when chair and justerare approved the current revision; a new revision voids it', async () => {
    const secretary = computer('Erik Johansson');
    const { meeting, status } = await frozenSample(secretary.api);
    const hash = status.current!.hash;
    await secretary.api.justering.approve({ meetingId: meeting.id, revisionHash: hash, personName: 'Anna Lindqvist', role: 'ordförande' });
    const approved = await secretary.api.justering.approve({ meetingId: meeting.id, revisionHash: hash, personName: 'Maria Öberg', role: 'justerare' });
    expect(approved.state).toBe('justerat');
    expect(approved.adjustedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);

    const reopened = await secretary.api.justering.newRevision({ meetingId: meeting.id, reason: 'Fel datum i § 6' });
    expect(reopened.state).toBe('utkast');
    expect(reopened.approvals.every((approval) => !approval.current)).toBe(true);
    const opened = await secretary.api.meetings.open({ id: meeting.id });
    await secretary.api.minutes.save({ meetingId: meeting.id, baseVersion: opened.version, document: opened.document });
    const second = await secretary.api.justering.send({ meetingId: meeting.id });
    expect(second.current?.number).toBe(2);
    expect(second.revisions.map((revision) => revision.reason)).toEqual(['Första revisionen', 'Fel datum i § 6']);
    expect(second.required.every((entry) => !entry.approved)).toBe(true);
    await expect(
      secretary.api.justering.approve({ meetingId: meeting.id, revisionHash: hash, personName: 'Maria Öberg', role: 'justerare' }),
    ).rejects.toMatchObject({ code: 'REVISION_CONFLICT' });
  });

  it('keeps an audit trail that neither the API nor SQL can change', async () => {
    const secretary = computer('Erik Johansson');
    const { meeting } = await frozenSample(secretary.api);
    const trail = await secretary.api.justering.audit({ meetingId: meeting.id });
    expect(trail.map((entry) => entry.action)).toEqual(['revision-frozen']);
    expect(trail[0]!.actor).toBe('Erik Johansson');
    const db = new Database(join(secretary.dataDir, 'paragraf.db'));
    expect(() => db.prepare('UPDATE audit_log SET actor = ?').run('någon annan')).toThrow(/cannot be changed/);
    expect(() => db.prepare('DELETE FROM audit_log').run()).toThrow(/cannot be changed/);
    db.close();
    const methods = Object.keys(secretary.api).flatMap((namespace) => Object.keys((secretary.api as unknown as Record<string, object>)[namespace]!).map((name) => `${namespace}.${name}`));
    expect(methods.filter((method) => /audit/i.test(method))).toEqual(['justering.audit']);
  });

  it('shows what changed between two revisions, § by §', async () => {
    const secretary = computer('Erik Johansson');
    const { meeting } = await frozenSample(secretary.api);
    await secretary.api.justering.newRevision({ meetingId: meeting.id, reason: 'Rättelse' });
    const opened = await secretary.api.meetings.open({ id: meeting.id });
    const items = opened.document.content.filter((node) => node.type === 'agendaItem');
    items[0]!.content![1] = { type: 'paragraph', content: [{ type: 'text', text: 'Ordföranden öppnade mötet kl. 18.35.' }] };
    await secretary.api.minutes.save({ meetingId: meeting.id, baseVersion: opened.version, document: opened.document });
    await secretary.api.justering.send({ meetingId: meeting.id });
    const changes = await secretary.api.justering.compare({ meetingId: meeting.id, from: 1, to: 2 });
    const changed = changes.filter((change) => change.status !== 'unchanged');
    expect(changed).toHaveLength(1);
    expect(changed[0]).toMatchObject({ status: 'changed', numberBefore: 1, numberAfter: 1, textAfter: 'Ordföranden öppnade mötet kl. 18.35.' });
  });
});

describe('the round trip across computers', () => {
  it('secretary sends, justerare comments, suggests and approves, secretary takes the answer', async () => {
    const secretary = computer('Erik Johansson');
    const justerare = computer('Maria Öberg');
    const { meeting, status } = await frozenSample(secretary.api);
    const reviewFile = await secretary.api.justering.exportReviewFile({ meetingId: meeting.id });
    expect(reviewFile.fileName).toMatch(/\.paragraf$/);

    const review = await justerare.api.reviews.open({ content: reviewFile.content });
    expect(review.revision.hash).toBe(status.current!.hash);
    const itemId = (review.document as { content: { type: string; attrs?: { id?: string } }[] }).content.filter((node) => node.type === 'agendaItem')[0]!.attrs!.id!;
    const original = firstParagraphText(review.document, 0);
    await justerare.api.reviews.comment({ reviewId: review.reviewId, itemId, text: 'Skriv ut klockslaget.', original, suggestion: `${original} Klockan var 18.30.` });
    await justerare.api.reviews.comment({ reviewId: review.reviewId, itemId, text: 'Bra protokoll.', original: null, suggestion: null });
    const answer = await justerare.api.reviews.answer({ reviewId: review.reviewId, approve: true, role: 'justerare' });

    const imported = await secretary.api.justering.importAnswer({ content: answer.content });
    expect(imported).toMatchObject({ from: 'Maria Öberg', commentsAdded: 2, approval: 'recorded', state: 'till_justering' });
    await expect(secretary.api.justering.importAnswer({ content: answer.content })).rejects.toMatchObject({ code: 'ALREADY_IMPORTED' });

    const withComments = await secretary.api.justering.status({ meetingId: meeting.id });
    expect(withComments.required.find((entry) => entry.role === 'justerare')?.approved).toBe(true);
    const suggestion = withComments.comments.find((comment) => comment.suggestion !== null)!;
    const accepted = await secretary.api.justering.acceptSuggestion({ commentId: suggestion.id });
    expect(accepted.current?.number).toBe(2);
    expect(accepted.state).toBe('till_justering');
    expect(accepted.approvals.find((approval) => approval.personName === 'Maria Öberg')?.current).toBe(false);
    const reopened = await secretary.api.meetings.open({ id: meeting.id });
    expect(firstParagraphText(reopened.document, 0)).toBe(`${original} Klockan var 18.30.`);

    const secondFile = await secretary.api.justering.exportReviewFile({ meetingId: meeting.id });
    const second = await justerare.api.reviews.open({ content: secondFile.content });
    const secondAnswer = await justerare.api.reviews.answer({ reviewId: second.reviewId, approve: true, role: 'justerare' });
    expect((await secretary.api.justering.importAnswer({ content: secondAnswer.content })).approval).toBe('recorded');
    const chair = await secretary.api.justering.approve({ meetingId: meeting.id, revisionHash: accepted.current!.hash, personName: 'Anna Lindqvist', role: 'ordförande' });
    expect(chair.state).toBe('justerat');
  });

  it('records an approval of an older revision as such, not as justering', async () => {
    const secretary = computer('Erik Johansson');
    const justerare = computer('Maria Öberg');
    const { meeting } = await frozenSample(secretary.api);
    const review = await justerare.api.reviews.open({ content: (await secretary.api.justering.exportReviewFile({ meetingId: meeting.id })).content });
    const answer = await justerare.api.reviews.answer({ reviewId: review.reviewId, approve: true, role: 'justerare' });
    await secretary.api.justering.newRevision({ meetingId: meeting.id, reason: 'Ändring efter utskick' });
    await secretary.api.justering.send({ meetingId: meeting.id });
    const imported = await secretary.api.justering.importAnswer({ content: answer.content });
    expect(imported.approval).toBe('older-revision');
    const status = await secretary.api.justering.status({ meetingId: meeting.id });
    expect(status.approvals).toMatchObject([{ personName: 'Maria Öberg', revisionNumber: 1, current: false }]);
    expect(status.state).toBe('till_justering');
  });

  it.each([
    ['altered', (text: string) => text.replace('Mötets öppnande', 'Mötets öppnade')],
    ['truncated', (text: string) => text.slice(0, Math.floor(text.length / 2))],
    ['not JSON at all', () => 'PK\u0003\u0004 not a review'],
    ['with a recomputed checksum but minutes that do not match the hash', (text: string) => {
      const file = JSON.parse(text) as { revision: { document: { content: { type: string; content?: { content?: { text?: string }[] }[] }[] } } };
      const item = file.revision.document.content.find((node) => node.type === 'agendaItem')!;
      item.content![0]!.content![0]!.text = 'Något annat';
      return JSON.stringify(file);
    }],
  ])('refuses a review file that is %s, and keeps nothing', async (_case, spoil) => {
    const secretary = computer('Erik Johansson');
    const justerare = computer('Maria Öberg');
    const { meeting } = await frozenSample(secretary.api);
    const file = await secretary.api.justering.exportReviewFile({ meetingId: meeting.id });
    await expect(justerare.api.reviews.open({ content: spoil(file.content) })).rejects.toMatchObject({ code: 'INVALID_FILE' });
    expect(await justerare.api.reviews.list({})).toEqual([]);
  });

  it('refuses an answer that is altered, for another meeting, or for a revision that does not exist, changing nothing', async () => {
    const secretary = computer('Erik Johansson');
    const justerare = computer('Maria Öberg');
    const other = computer('Någon annan');
    const { meeting } = await frozenSample(secretary.api);
    const review = await justerare.api.reviews.open({ content: (await secretary.api.justering.exportReviewFile({ meetingId: meeting.id })).content });
    const answer = await justerare.api.reviews.answer({ reviewId: review.reviewId, approve: true, role: 'justerare' });

    await expect(secretary.api.justering.importAnswer({ content: answer.content.replace('"approval":{', '"approval" :{') .replace('Maria Öberg', 'Mallory') })).rejects.toMatchObject({ code: 'INVALID_FILE' });
    await expect(other.api.justering.importAnswer({ content: answer.content })).rejects.toMatchObject({ code: 'WRONG_MEETING' });

    const forged = JSON.parse(answer.content) as Record<string, unknown>;
    forged.revisionHash = 'f'.repeat(64);
    const { createHash } = await import('node:crypto');
    const { canonicalJson } = await import('../../../../shared/domain/revisionHash');
    const { checksum: _old, ...fields } = forged;
    forged.checksum = createHash('sha256').update(canonicalJson(fields)).digest('hex');
    await expect(secretary.api.justering.importAnswer({ content: JSON.stringify(forged) })).rejects.toMatchObject({ code: 'INVALID_FILE' });

    const status = await secretary.api.justering.status({ meetingId: meeting.id });
    expect(status.approvals).toEqual([]);
    expect(status.comments).toEqual([]);
    expect((await secretary.api.justering.audit({ meetingId: meeting.id })).map((entry) => entry.action)).toEqual(['revision-frozen', 'review-file-exported']);
  });
});

describe('the signed PDF of a justering', () => {
  it('gathers the signatures of secretary, justerare and chair in turn, each valid', async () => {
    const secretary = computer('Erik Johansson');
    const justerare = computer('Maria Öberg');
    const { verifyPdfBytes } = await import('../../../../main/services/signatures');
    const mine = await secretary.api.certificates.create({ name: 'Erik Johansson', organisation: 'Föreningen Ängsö', email: '', password: 'hemligt-lösen', years: 2 });
    const chairs = await secretary.api.certificates.create({ name: 'Anna Lindqvist', organisation: 'Föreningen Ängsö', email: '', password: 'ordförandens', years: 2 });
    const theirs = await justerare.api.certificates.create({ name: 'Maria Öberg', organisation: 'Föreningen Ängsö', email: '', password: 'annat-lösen', years: 2 });
    const { meeting, status } = await frozenSample(secretary.api);

    await expect(
      secretary.api.justering.exportReviewFile({ meetingId: meeting.id, signature: { certificateId: mine.id, password: 'fel' } }),
    ).rejects.toMatchObject({ code: 'CERTIFICATE_PASSWORD' });
    const reviewFile = await secretary.api.justering.exportReviewFile({ meetingId: meeting.id, signature: { certificateId: mine.id, password: 'hemligt-lösen' } });
    const review = await justerare.api.reviews.open({ content: reviewFile.content });
    expect(review.hasPdf).toBe(true);
    const answer = await justerare.api.reviews.answer({ reviewId: review.reviewId, approve: true, role: 'justerare', signature: { certificateId: theirs.id, password: 'annat-lösen' } });
    const imported = await secretary.api.justering.importAnswer({ content: answer.content });
    expect(imported).toMatchObject({ approval: 'recorded', signedPdf: true });

    await secretary.api.justering.approve({
      meetingId: meeting.id,
      revisionHash: status.current!.hash,
      personName: 'Anna Lindqvist',
      role: 'ordförande',
      signature: { certificateId: chairs.id, password: 'ordförandens' },
    });
    const done = await secretary.api.justering.status({ meetingId: meeting.id });
    expect(done).toMatchObject({ state: 'justerat', pdfSignatures: 3 });
    const pdf = await secretary.api.justering.signedPdf({ meetingId: meeting.id });
    const report = verifyPdfBytes(Buffer.from(pdf.base64, 'base64'));
    expect(report.valid).toBe(true);
    expect(report.signatures.map((signature) => [signature.signerName, signature.reason])).toEqual([
      ['Erik Johansson', 'Sekreterare'],
      ['Maria Öberg', 'Justerare'],
      ['Anna Lindqvist', 'Ordförande'],
    ]);
  }, 60_000);
});
