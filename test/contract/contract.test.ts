import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ParagrafApi } from '../../shared/contract/api';
import { createHttpTestServices } from '../helpers/createHttpTestServices';
import { createTestServices } from '../helpers/createTestServices';

interface Harness {
  api: ParagrafApi;
  dispose: () => void | Promise<void>;
}

const transports: [string, () => Promise<Harness>][] = [
  ['in-memory client', async () => createTestServices()],
  ['HTTP client over the preview bridge', () => createHttpTestServices()],
];

describe.each(transports)('the contract through the %s', (_name, create) => {
  let harness: Harness;
  beforeEach(async () => {
    harness = await create();
  });
  afterEach(async () => {
    await harness.dispose();
  });

  it('creates, opens, saves and lists a meeting', async () => {
    const { api } = harness;
    const created = await api.meetings.create({
      templateId: 'builtin-board-meeting',
      bodyId: 'default-board',
      title: 'Styrelsemöte – Åsa, Örjan & Ängla',
      date: '2026-03-12',
    });
    const opened = await api.meetings.open({ id: created.id });
    const saved = await api.minutes.save({ meetingId: created.id, baseVersion: opened.version, document: opened.document });
    expect(saved.version).toBe(opened.version + 1);
    const listed = await api.meetings.list({});
    expect(listed.map((meeting) => meeting.title)).toEqual(['Styrelsemöte – Åsa, Örjan & Ängla']);
  });

  it.each([
    ['a date that does not exist', { date: '2026-02-31' }],
    ['a date in the wrong form', { date: '12/3/2026' }],
    ['an empty title', { title: '   ' }],
    ['a title of 201 characters', { title: 'x'.repeat(201) }],
    ['an id with a path in it', { templateId: '../../etc/passwd' }],
    ['an unknown field', { extra: true }],
    ['a number where text belongs', { title: 42 }],
  ])('refuses meetings.create with %s as INVALID_INPUT and writes nothing', async (_case, change) => {
    const { api } = harness;
    const input = { templateId: 'builtin-board-meeting', bodyId: 'default-board', title: 'Möte', date: '2026-03-12', ...change };
    await expect(api.meetings.create(input as never)).rejects.toMatchObject({ code: 'INVALID_INPUT' });
    expect(await api.meetings.list({})).toEqual([]);
  });

  it('refuses a save whose document is not minutes, and a negative version', async () => {
    const { api } = harness;
    const created = await api.meetings.create({ templateId: 'builtin-board-meeting', bodyId: 'default-board', title: 'M', date: '2026-03-12' });
    const { document } = await api.meetings.open({ id: created.id });
    await expect(api.minutes.save({ meetingId: created.id, baseVersion: 1, document: 'text' as never })).rejects.toMatchObject({ code: 'INVALID_INPUT' });
    await expect(api.minutes.save({ meetingId: created.id, baseVersion: -1, document })).rejects.toMatchObject({ code: 'INVALID_INPUT' });
    const unknownNode = { type: 'doc' as const, content: [{ type: 'script', text: 'alert(1)' }] };
    await expect(api.minutes.save({ meetingId: created.id, baseVersion: 1, document: unknownNode })).rejects.toMatchObject({ code: 'INVALID_DOCUMENT' });
    expect((await api.meetings.open({ id: created.id })).version).toBe(1);
  });

  it('answers NOT_FOUND for a template, body or meeting that does not exist', async () => {
    const { api } = harness;
    await expect(api.meetings.create({ templateId: 'nope', bodyId: 'default-board', title: 'M', date: '2026-03-12' })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(api.meetings.create({ templateId: 'builtin-board-meeting', bodyId: 'nope', title: 'M', date: '2026-03-12' })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(api.meetings.open({ id: 'nope' })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect(await api.meetings.list({})).toEqual([]);
  });

  it('removes a draft meeting, and refuses a removal with a bad id without removing anything', async () => {
    const { api } = harness;
    const created = await api.meetings.create({ templateId: 'builtin-board-meeting', bodyId: 'default-board', title: 'M', date: '2026-03-12' });
    for (const input of [{ id: '../minutes' }, { id: created.id, extra: true }, { id: 42 }, {}]) {
      await expect(api.meetings.remove(input as never)).rejects.toMatchObject({ code: 'INVALID_INPUT' });
    }
    expect((await api.meetings.list({})).map((meeting) => meeting.id)).toEqual([created.id]);
    await api.meetings.remove({ id: created.id });
    expect(await api.meetings.list({})).toEqual([]);
  });

  it('renames the organisation and its board', async () => {
    const { api } = harness;
    await api.organisation.rename({ name: '  Föreningen Ängsö  ' });
    expect((await api.organisation.get({})).name).toBe('Föreningen Ängsö');
    await api.bodies.rename({ id: 'default-board', name: 'Föreningsstyrelsen' });
    expect((await api.bodies.list({}))[0]?.name).toBe('Föreningsstyrelsen');
  });

  it('carries exported files as base64 intact, and refuses files that are not what they claim', async () => {
    const { api } = harness;
    const sample = await api.meetings.createSample({});
    const word = await api.exports.meeting({ meetingId: sample.id, format: 'docx', document: 'kallelse' });
    expect(Buffer.from(word.base64, 'base64').length).toBe(word.byteLength);
    const pdf = await api.exports.meeting({ meetingId: sample.id, format: 'pdf', document: 'protokoll' });
    expect(await api.signatures.verify({ pdfBase64: pdf.base64 })).toEqual({ pdf: true, signatures: [], valid: false });
    await expect(api.signatures.verify({ pdfBase64: 'not base64!' })).rejects.toMatchObject({ code: 'INVALID_INPUT' });
    await expect(api.signatures.verify({ pdfBase64: Buffer.from('Åsa').toString('base64') })).rejects.toMatchObject({ code: 'PDF_UNREADABLE' });
    await expect(api.certificates.import({ fileBase64: pdf.base64, password: 'x', label: '' })).rejects.toMatchObject({ code: 'CERTIFICATE_UNREADABLE' });
    expect(await api.certificates.list({})).toEqual([]);
  });
});
