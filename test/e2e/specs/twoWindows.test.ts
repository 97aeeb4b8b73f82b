import { afterEach, describe, expect, it } from 'vitest';
import { MeetingEditorPage } from '../pages/MeetingEditorPage';
import { MeetingListPage } from '../pages/MeetingListPage';
import { Cleanup } from '../support/cleanup';
import { readAgendaItems } from '../support/minutesDatabase';

const cleanup = new Cleanup();
afterEach(() => cleanup.run());

describe('the same meeting in two browser tabs', () => {
  it('keeps what both tabs typed, and asks only about the § both typed in', async () => {
    const dataDir = cleanup.dataDir();
    const preview = await cleanup.preview(dataDir);
    const browser = await cleanup.browser();
    // Two tabs of one browser profile: the token cookie is shared, as in a person's browser.
    const context = await browser.browser.newContext();
    const firstPage = await context.newPage();
    const first = await (await MeetingListPage.open(firstPage, preview.url)).createMeeting('Styrelsemöte 12/2026');
    const meetingId = first.meetingId();
    const second = await MeetingEditorPage.open(await context.newPage(), preview.origin, meetingId);
    const paragraphs = () => readAgendaItems(dataDir, meetingId).map((item) => item.paragraphs.join(' '));

    // Different §: each tab's text is kept, with no question, and the second tab shows the first's.
    await first.clickIntoText(1);
    await first.type('Ordföranden öppnade mötet.');
    await first.waitUntilSaved();
    await second.clickIntoText(2);
    await second.type('Till justerare valdes Maria Öberg.');
    await second.waitUntilSaved();
    expect(paragraphs().slice(0, 2)).toEqual(['Ordföranden öppnade mötet.', 'Till justerare valdes Maria Öberg.']);
    expect((await second.agendaItems())[0]!.paragraphs).toEqual(['Ordföranden öppnade mötet.']);
    expect(await second.page.getByRole('alert').count()).toBe(0);
    expect(await second.paragraphNumbers()).toEqual((await first.paragraphNumbers()));

    // The same § from the first tab, which has not seen the second's text: it is asked, at the foot of the window.
    await first.clickIntoText(2);
    await first.type(' Protokollet justeras den 10 december.');
    const question = first.page.getByRole('alert');
    await question.waitFor();
    expect(await question.textContent()).toContain('båda har ändrat § 2 Val av justerare');
    await first.page.locator('.save-state[data-state="failed"]').waitFor();
    expect(await first.saveState.textContent()).toBe('Inte sparat');
    await question.getByRole('button', { name: 'Behåll texten härifrån' }).click();
    await first.waitUntilSaved();
    expect(paragraphs().slice(0, 2)).toEqual(['Ordföranden öppnade mötet.', ' Protokollet justeras den 10 december.']);
    await first.reload();
    expect((await first.agendaItems())[1]!.paragraphs).toEqual([' Protokollet justeras den 10 december.']);
  });
});
