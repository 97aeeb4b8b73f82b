import { afterEach, describe, expect, it } from 'vitest';
import { ParagrafError } from '../../../../shared/contract/errors';
import { createTestServices, type TestServices } from '../../../helpers/createTestServices';

let services: TestServices;
afterEach(() => services?.dispose());

/** The key a top-level node of stored minutes goes by in a save by parts. */
function key(node: { type: string; attrs?: Record<string, unknown> }): string {
  return node.type === 'agendaItem' ? `agendaItem:${String(node.attrs?.id)}` : node.type;
}

describe('meetings service', () => {
  it('starts with a default organisation, board and board-meeting template', async () => {
    services = createTestServices();
    const { api } = services;
    expect((await api.organisation.get({})).name).toBe('Min förening');
    const bodies = await api.bodies.list({});
    expect(bodies.map((body) => body.name)).toEqual(['Styrelsen']);
    const templates = await api.templates.list({});
    const board = templates.find((template) => template.id === 'builtin-board-meeting');
    expect(board?.itemTitles[0]).toBe('Mötets öppnande');
    expect(board?.itemTitles.at(-1)).toBe('Mötets avslutande');
  });

  it('creates a meeting from a template and opens its minutes', async () => {
    services = createTestServices();
    const { api } = services;
    const [body] = await api.bodies.list({});
    const created = await api.meetings.create({
      templateId: 'builtin-board-meeting',
      bodyId: body!.id,
      title: 'Styrelsemöte 3/2026',
      date: '2026-11-23',
    });
    const opened = await api.meetings.open({ id: created.id });
    expect(opened.version).toBe(1);
    expect(opened.firstParagraphNumber).toBe(1);
    expect(opened.document.content[0]?.type).toBe('meetingHeader');
    const titles = opened.document.content
      .filter((node) => node.type === 'agendaItem')
      .map((item) => item.content?.[0]?.content?.[0]?.text);
    expect(titles.slice(0, 3)).toEqual(['Mötets öppnande', 'Val av justerare', 'Godkännande av dagordningen']);
    expect((await api.meetings.list({})).map((meeting) => meeting.id)).toEqual([created.id]);
  });

  it('saves minutes with increasing versions and refuses a stale save', async () => {
    services = createTestServices();
    const { api } = services;
    const created = await api.meetings.create({
      templateId: 'builtin-board-meeting',
      bodyId: 'default-board',
      title: 'Möte',
      date: '2026-01-15',
    });
    const opened = await api.meetings.open({ id: created.id });
    const document = structuredClone(opened.document);
    document.content.find((node) => node.type === 'agendaItem')!.content![1] = { type: 'paragraph', content: [{ type: 'text', text: 'Ordföranden öppnade mötet.' }] };
    const saved = await api.minutes.save({ meetingId: created.id, baseVersion: 1, document });
    expect(saved.version).toBe(2);
    await expect(api.minutes.save({ meetingId: created.id, baseVersion: 1, document })).rejects.toMatchObject({
      code: 'REVISION_CONFLICT',
    });
    const reopened = await api.meetings.open({ id: created.id });
    expect(reopened.version).toBe(2);
    expect(JSON.stringify(reopened.document)).toContain('Ordföranden öppnade mötet.');
  });

  it('takes the meeting title and date from the saved header', async () => {
    services = createTestServices();
    const { api } = services;
    const created = await api.meetings.create({
      templateId: 'builtin-board-meeting',
      bodyId: 'default-board',
      title: 'Möte',
      date: '2026-01-15',
    });
    const { document } = await api.meetings.open({ id: created.id });
    document.content[0]!.attrs = { ...document.content[0]!.attrs, title: 'Extra styrelsemöte', date: '2026-02-01' };
    await api.minutes.save({ meetingId: created.id, baseVersion: 1, document });
    const [listed] = await api.meetings.list({});
    expect(listed).toMatchObject({ title: 'Extra styrelsemöte', date: '2026-02-01' });
  });

  it('refuses a document that breaks the schema and keeps the stored one', async () => {
    services = createTestServices();
    const { api } = services;
    const created = await api.meetings.create({
      templateId: 'builtin-board-meeting',
      bodyId: 'default-board',
      title: 'Möte',
      date: '2026-01-15',
    });
    const broken = { type: 'doc' as const, content: [{ type: 'agendaItem', content: [] }] };
    await expect(api.minutes.save({ meetingId: created.id, baseVersion: 1, document: broken })).rejects.toMatchObject({
      code: 'INVALID_DOCUMENT',
    });
    const badDate = (await api.meetings.open({ id: created.id })).document;
    badDate.content[0]!.attrs = { ...badDate.content[0]!.attrs, date: '2026-02-31' };
    await expect(api.minutes.save({ meetingId: created.id, baseVersion: 1, document: badDate })).rejects.toBeInstanceOf(
      ParagrafError,
    );
    expect((await api.meetings.open({ id: created.id })).version).toBe(1);
  });

  it('takes a save by parts: kept nodes from the stored version, changed ones as JSON', async () => {
    services = createTestServices();
    const { api } = services;
    const created = await api.meetings.create({ templateId: 'builtin-board-meeting', bodyId: 'default-board', title: 'Möte', date: '2026-01-15' });
    const { document } = await api.meetings.open({ id: created.id });
    const changed = structuredClone(document.content[2]!);
    changed.content![1] = { type: 'paragraph', content: [{ type: 'text', text: 'Bara den här paragrafen skickades.' }] };
    const parts = document.content.map((node, index) => (index === 2 ? { json: JSON.stringify(changed) } : { keep: key(node) }));
    const saved = await api.minutes.save({ meetingId: created.id, baseVersion: 1, parts });
    expect(saved.version).toBe(2);
    const reopened = await api.meetings.open({ id: created.id });
    expect(reopened.document.content).toHaveLength(document.content.length);
    expect(reopened.document.content[2]).toEqual(changed);
    expect(reopened.document.content[3]).toEqual(document.content[3]);

    await expect(api.minutes.save({ meetingId: created.id, baseVersion: 1, parts })).rejects.toMatchObject({ code: 'REVISION_CONFLICT' });
    await expect(api.minutes.save({ meetingId: created.id, baseVersion: 2, parts: [{ keep: 'agendaItem:nope' }] })).rejects.toMatchObject({ code: 'INVALID_DOCUMENT' });
    await expect(api.minutes.save({ meetingId: created.id, baseVersion: 2, parts: [{ json: '{"type":' }] })).rejects.toMatchObject({ code: 'INVALID_DOCUMENT' });
    await expect(api.minutes.save({ meetingId: created.id, baseVersion: 2, document, parts })).rejects.toMatchObject({ code: 'INVALID_INPUT' });
    await expect(api.minutes.save({ meetingId: created.id, baseVersion: 2 })).rejects.toMatchObject({ code: 'INVALID_INPUT' });
    expect((await api.meetings.open({ id: created.id })).version).toBe(2);
  });

  it('checks the parts a save by parts sends, and their order, against the schema', async () => {
    services = createTestServices();
    const { api } = services;
    const created = await api.meetings.create({ templateId: 'builtin-board-meeting', bodyId: 'default-board', title: 'Möte', date: '2026-01-15' });
    const { document } = await api.meetings.open({ id: created.id });
    const kept = document.content.map((node) => ({ keep: key(node) }));
    const withPart = (index: number, json: unknown) => kept.map((part, at) => (at === index ? { json: JSON.stringify(json) } : part));

    // A § whose title is not first, a node the schema does not know, a bad attribute, a § outside the order.
    const noTitle = { ...document.content[2]!, content: document.content[2]!.content!.slice(1) };
    const unknown = { type: 'marquee', content: [] };
    const badId = { ...document.content[2]!, attrs: { ...document.content[2]!.attrs, id: 42 } };
    for (const parts of [withPart(2, noTitle), withPart(2, unknown), withPart(2, badId), [kept[2]!, ...kept.slice(0, 2), ...kept.slice(3)]]) {
      await expect(api.minutes.save({ meetingId: created.id, baseVersion: 1, parts })).rejects.toMatchObject({ code: 'INVALID_DOCUMENT' });
    }
    const reopened = await api.meetings.open({ id: created.id });
    expect(reopened.version).toBe(1);
    expect(reopened.document).toEqual(document);
  });

  it('a save by parts keeps what another writer stored in between, not what this process saved before', async () => {
    services = createTestServices();
    const { api, ctx } = services;
    const created = await api.meetings.create({ templateId: 'builtin-board-meeting', bodyId: 'default-board', title: 'Möte', date: '2026-01-15' });
    const { document } = await api.meetings.open({ id: created.id });
    const paragraph = (text: string) => ({ type: 'paragraph', content: [{ type: 'text', text }] });
    const withText = (index: number, text: string) => {
      const item = structuredClone(document.content[index]!);
      item.content![1] = paragraph(text);
      return item;
    };
    const keptExcept = (index: number, node: unknown) => document.content.map((child, at) => (at === index ? { json: JSON.stringify(node) } : { keep: key(child) }));

    await api.minutes.save({ meetingId: created.id, baseVersion: 1, parts: keptExcept(2, withText(2, 'Från redigeraren.')) });
    // Another writer (an accepted suggestion, a restored copy) stores version 3 with § 4 changed.
    const other = { ...document, content: document.content.map((child, at) => (at === 2 ? withText(2, 'Från redigeraren.') : at === 3 ? withText(3, 'Från någon annan.') : child)) };
    ctx.db.prepare("UPDATE minutes SET document = ?, version = 3, updated_at = '2026-01-15T10:00:00.000Z' WHERE meeting_id = ?").run(JSON.stringify(other), created.id);

    await api.minutes.save({ meetingId: created.id, baseVersion: 3, parts: keptExcept(5, withText(5, 'Nytt i § 6.')) });
    const stored = JSON.parse((ctx.db.prepare('SELECT document FROM minutes WHERE meeting_id = ?').get(created.id) as { document: string }).document);
    expect(stored.content[3]).toEqual(withText(3, 'Från någon annan.'));
    expect(stored.content[2]).toEqual(withText(2, 'Från redigeraren.'));
    expect(stored.content[5]).toEqual(withText(5, 'Nytt i § 6.'));
    expect(stored).toEqual({ ...other, content: other.content.map((child, at) => (at === 5 ? withText(5, 'Nytt i § 6.') : child)) });
  });

  it('answers NOT_FOUND for a meeting that does not exist', async () => {
    services = createTestServices();
    await expect(services.api.meetings.open({ id: 'no-such-meeting' })).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('removes a draft meeting made by mistake, and later meetings are numbered without its §', async () => {
    services = createTestServices();
    const { api } = services;
    const board = { templateId: 'builtin-board-meeting', bodyId: 'default-board' };
    const mistake = await api.meetings.create({ ...board, title: 'Prov', date: '2026-02-01' });
    const later = await api.meetings.create({ ...board, title: 'Styrelsemöte', date: '2026-03-01' });
    expect((await api.meetings.open({ id: later.id })).firstParagraphNumber).toBe(12);
    expect((await api.meetings.list({})).map((meeting) => meeting.removable)).toEqual([true, true]);

    expect(await api.meetings.remove({ id: mistake.id })).toEqual({ removed: true });
    expect((await api.meetings.list({})).map((meeting) => meeting.id)).toEqual([later.id]);
    expect((await api.meetings.open({ id: later.id })).firstParagraphNumber).toBe(1);
    await expect(api.meetings.open({ id: mistake.id })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    // Its minutes went with it.
    expect(services.ctx.db.prepare('SELECT count(*) AS n FROM minutes WHERE meeting_id = ?').get(mistake.id)).toEqual({ n: 0 });
    await expect(api.meetings.remove({ id: mistake.id })).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('keeps minutes that have been sent for justering, also once they are a draft again', async () => {
    services = createTestServices();
    const { api } = services;
    const meeting = await api.meetings.create({ templateId: 'builtin-board-meeting', bodyId: 'default-board', title: 'Möte', date: '2026-03-01' });
    await api.justering.send({ meetingId: meeting.id });
    expect((await api.meetings.list({}))[0]?.removable).toBe(false);
    await expect(api.meetings.remove({ id: meeting.id })).rejects.toMatchObject({ code: 'READ_ONLY' });

    await api.justering.newRevision({ meetingId: meeting.id, reason: 'Rättelse' });
    const reopened = (await api.meetings.list({}))[0]!;
    expect(reopened.state).toBe('utkast');
    expect(reopened.removable).toBe(false);
    await expect(api.meetings.remove({ id: meeting.id })).rejects.toMatchObject({ code: 'READ_ONLY' });
    expect((await api.meetings.open({ id: meeting.id })).version).toBeGreaterThan(0);
  });
});
