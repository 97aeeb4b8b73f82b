import { afterEach, describe, expect, it } from 'vitest';
import { MeetingListPage } from '../pages/MeetingListPage';
import { Cleanup } from '../support/cleanup';
import { integrityCheck, readAgendaItems } from '../support/minutesDatabase';

const cleanup = new Cleanup();
afterEach(() => cleanup.run());

describe('closing Paragraf and starting it again', () => {
  it('keeps the minutes when the preview is stopped normally (SIGTERM) and restarted on the same folder', async () => {
    const dataDir = cleanup.dataDir();
    const first = await cleanup.preview(dataDir);
    const browser = await cleanup.browser();
    const page = await browser.newPage();

    const list = await MeetingListPage.open(page, first.url);
    const editor = await list.createMeeting('Styrelsemöte 5/2026');
    const meetingId = editor.meetingId();
    const report = 'Kassören redovisade resultatet för första kvartalet; föreningens likviditet är god.';
    await editor.clickIntoText(5);
    await editor.type(report);
    await editor.waitUntilSaved();

    expect(await first.stop()).toBe(0);
    expect(first.stderr()).toBe('');

    const second = await cleanup.preview(dataDir);
    expect(second.url).not.toBe(first.url);
    const reopenedList = await MeetingListPage.open(page, second.url);
    const reopened = await reopenedList.openMeeting('Styrelsemöte 5/2026');
    expect(reopened.meetingId()).toBe(meetingId);
    const items = await reopened.agendaItems();
    expect(items[4]).toEqual({ title: 'Ekonomisk rapport', paragraphs: [report], decisions: [] });
    expect(await reopened.paragraphNumbers()).toHaveLength(11);
    expect(readAgendaItems(dataDir, meetingId)[4]?.paragraphs).toEqual([report]);
    expect(integrityCheck(dataDir)).toBe('ok');
  });
});
