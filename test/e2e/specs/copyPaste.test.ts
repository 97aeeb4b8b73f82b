import { afterEach, describe, expect, it } from 'vitest';
import { MeetingListPage } from '../pages/MeetingListPage';
import { Cleanup } from '../support/cleanup';
import { readStoredMinutes } from '../support/minutesDatabase';
import type { DocNodeJson } from '../../../shared/document/types';

const cleanup = new Cleanup();
afterEach(() => cleanup.run());

/** The entries of the § with this title, as stored. */
function entriesOf(document: DocNodeJson, title: string, nth = 0): DocNodeJson[] {
  const items = (document.content ?? []).filter((node) => node.type === 'agendaItem' && node.content?.[0]?.content?.[0]?.text === title);
  return items[nth]?.content?.slice(1) ?? [];
}

describe("copying and pasting in Chromium, through the system's clipboard", () => {
  it('a copy reads as the minutes in other programs, and pasted back gives the same vote, decision and reservation', async () => {
    const { dataDir, preview, page } = await cleanup.previewInBrowser();
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(preview.url).origin });
    const editor = await (await MeetingListPage.open(page, preview.url)).openSample();

    // From the start of the budget §'s text to the end of its reservation, copied with the keyboard.
    await editor.selectBodyOf('Budget för 2027');
    await page.keyboard.press('Control+c');
    const text = await page.evaluate(() => navigator.clipboard.readText());
    expect(text).toContain('\n\nMed 4 ja-röster mot 1 nej-röst bifaller styrelsen förslaget.\n\n');
    expect(text).toContain('Styrelsen beslutar\natt föreslå årsmötet att fastställa budgeten för 2027\natt medlemsavgiften ska vara oförändrad 300 kr');
    expect(text).toMatch(/reserverar sig mot beslutet\. Jag reserverar mig mot beslutet till förmån för mitt eget yrkande\.$/);

    // Pasted into a new paragraph at the end of the last §.
    await page.getByText('förklarade mötet avslutat', { exact: false }).click();
    await page.keyboard.press('End');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Control+v');
    // The paste is on screen (a second vote), and then stored: the Enter before it was saved already.
    await expect.poll(() => page.locator('.ProseMirror .vote').count()).toBe(2);
    await editor.waitUntilSaved();
    const storedEntries = () => entriesOf(readStoredMinutes(dataDir, editor.meetingId())!.document, 'Mötets avslutande').filter((node) => node.type !== 'paragraph');
    await expect.poll(() => storedEntries().map((node) => node.type), { timeout: 10_000 }).toEqual(['vote', 'decision', 'reservation']);

    const stored = readStoredMinutes(dataDir, editor.meetingId())!.document;
    const original = entriesOf(stored, 'Budget för 2027');
    const pasted = storedEntries();
    expect(pasted.map((node) => node.type)).toEqual(['vote', 'decision', 'reservation']);
    const [vote, decision, reservation] = pasted as [DocNodeJson, DocNodeJson, DocNodeJson];
    const originalVote = original.find((node) => node.type === 'vote')!;
    expect({ ...vote.attrs, id: null }).toEqual({ ...originalVote.attrs, id: null });
    expect(vote.attrs!.id).not.toBe(originalVote.attrs!.id);
    expect(decision.attrs!.lead).toBe('Styrelsen beslutar');
    expect(decision.content!.map((clause) => clause.content?.[0]?.text)).toEqual(['föreslå årsmötet att fastställa budgeten för 2027', 'medlemsavgiften ska vara oförändrad 300 kr']);
    // The copied reservation names the copied decision; the original still names the original.
    expect(reservation.attrs!.decisionId).toBe(decision.attrs!.id);
    const originalDecision = original.find((node) => node.type === 'decision')!;
    expect(original.find((node) => node.type === 'reservation')!.attrs!.decisionId).toBe(originalDecision.attrs!.id);
    expect(decision.attrs!.id).not.toBe(originalDecision.attrs!.id);
  });
});
