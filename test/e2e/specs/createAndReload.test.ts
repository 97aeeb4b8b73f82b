import { afterEach, describe, expect, it } from 'vitest';
import { MeetingListPage } from '../pages/MeetingListPage';
import { Cleanup } from '../support/cleanup';
import { readAgendaItems } from '../support/minutesDatabase';

const cleanup = new Cleanup();
afterEach(() => cleanup.run());

const boardMeetingTitles = [
  'Mötets öppnande',
  'Val av justerare',
  'Godkännande av dagordningen',
  'Föregående mötesprotokoll',
  'Ekonomisk rapport',
  'Rapporter',
  'Inkomna skrivelser',
  'Beslutsärenden',
  'Övriga frågor',
  'Nästa möte',
  'Mötets avslutande',
];

describe('taking minutes in a new meeting', () => {
  it('keeps every typed word and the § numbers across a reload', async () => {
    const { dataDir, preview, page } = await cleanup.previewInBrowser();

    const list = await MeetingListPage.open(page, preview.url);
    const editor = await list.createMeeting('Styrelsemöte 4/2026');
    expect(await editor.paragraphNumbers()).toEqual(boardMeetingTitles.map((_, index) => String(index + 1)));

    const opening = 'Ordföranden Åsa Öberg hälsade alla välkomna och förklarade mötet öppnat klockan 18.30.';
    const clauses = ['fastställa dagordningen', 'välja Pär Ärlig till justerare jämte ordföranden'];
    await editor.clickIntoText(1);
    await editor.type(opening);
    await editor.addDecision();
    await editor.type(clauses[0]!);
    await editor.nextAttClause();
    await editor.type(clauses[1]!);
    await editor.waitUntilSaved();

    const expectedFirstItem = {
      title: 'Mötets öppnande',
      paragraphs: [opening],
      decisions: [{ lead: 'Styrelsen beslutar', clauses }],
    };
    const meetingId = editor.meetingId();
    expect(readAgendaItems(dataDir, meetingId)[0]).toEqual(expectedFirstItem);
    // The saves went from the preview's request worker, off the page's main thread.
    expect(page.workers().map((worker) => new URL(worker.url()).pathname)).toEqual([expect.stringMatching(/\/assets\/rpcWorker-[\w-]+\.js$/)]);

    await editor.reload();
    const items = await editor.agendaItems();
    expect(items[0]).toEqual(expectedFirstItem);
    const shownText = items
      .map((item) => [item.title, ...item.paragraphs, ...item.decisions.flatMap((decision) => decision.clauses)].join(' '))
      .join(' ');
    for (const word of [opening, ...clauses].join(' ').split(/\s+/)) expect(shownText).toContain(word);
    expect(items.map((item) => item.title)).toEqual(boardMeetingTitles);
    expect(await editor.paragraphNumbers()).toEqual(boardMeetingTitles.map((_, index) => String(index + 1)));
    expect(page.url()).toBe(`${preview.origin}/#/meeting/${meetingId}`);
  });
});
