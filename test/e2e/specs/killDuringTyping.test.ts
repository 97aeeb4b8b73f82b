import { afterEach, describe, expect, it } from 'vitest';
import { MeetingEditorPage, type TypedCharacter } from '../pages/MeetingEditorPage';
import { MeetingListPage } from '../pages/MeetingListPage';
import { Cleanup } from '../support/cleanup';
import { integrityCheck, readAgendaItems } from '../support/minutesDatabase';

const cleanup = new Cleanup();
afterEach(() => cleanup.run());

/** What the secretary keeps typing into § 1 while something dies. */
const sentence =
  'Ordföranden öppnade mötet och konstaterade att kallelse skett i behörig ordning. ' +
  'Föreningens kassör Märta Åkesson redogjorde för läget i ekonomin och för de större utgifterna under våren, ' +
  'bland annat reparationen av taket på föreningslokalen och inköpet av nya stolar till samlingssalen. ' +
  'Styrelsen diskuterade därefter hur medlemsavgiften ska användas under nästa år och vilka aktiviteter som prioriteras. ' +
  'Ledamöterna var överens om att höstens öppet hus ska genomföras som tidigare år, med fika och utställning i entrén.';

/** Everything typed up to one second before the kill must have reached the database. */
const durabilityWindowMs = 1000;

function typedText(typed: TypedCharacter[], until = Number.POSITIVE_INFINITY): string {
  return typed
    .filter((character) => character.at <= until)
    .map((character) => character.char)
    .join('');
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Something between 2.5 and 3.5 s into the typing, so the kill lands anywhere in the 500 ms throttle. */
function killDelayMs(): number {
  return 2500 + Math.floor(Math.random() * 1000);
}

async function startTyping(editor: MeetingEditorPage, shouldStop: () => boolean) {
  await editor.clickIntoText(1);
  return editor.typeRecorded(sentence, { delayMs: 25, jitterMs: 20, shouldStop });
}

describe('nothing typed is lost when a process dies', () => {
  it('keeps what was typed up to a second before the preview server is killed (SIGKILL)', async () => {
    const { dataDir, preview, browser, page } = await cleanup.previewInBrowser();
    const editor = await (await MeetingListPage.open(page, preview.url)).createMeeting('Styrelsemöte 6/2026');
    const meetingId = editor.meetingId();

    let stopTyping = false;
    const typing = startTyping(editor, () => stopTyping);
    const delay = killDelayMs();
    await sleep(delay);
    const killedAt = Date.now();
    await preview.kill();
    const onScreenAtKill = (await editor.agendaItems())[0]!.paragraphs[0] ?? '';
    // The secretary types on for a moment before noticing anything.
    await sleep(500);
    stopTyping = true;
    const { typed, error } = await typing;
    expect(error).toBeNull();

    const required = typedText(typed, killedAt - durabilityWindowMs);
    expect(required.length, 'enough was typed before the kill for the check to mean something').toBeGreaterThan(20);
    expect(onScreenAtKill.startsWith(required)).toBe(true);

    const restarted = await cleanup.preview(dataDir);
    const stored = readAgendaItems(dataDir, meetingId)[0]!.paragraphs[0] ?? '';
    const context = `kill after ${delay} ms; required ${JSON.stringify(required)}; stored ${JSON.stringify(stored)}`;
    expect(stored.startsWith(required), context).toBe(true);
    expect(onScreenAtKill.startsWith(stored), `only what was on screen is stored; ${context}`).toBe(true);
    expect(integrityCheck(dataDir)).toBe('ok');

    const reopenedPage = await browser.newPage();
    await MeetingListPage.open(reopenedPage, restarted.url);
    const reopened = await MeetingEditorPage.open(reopenedPage, restarted.origin, meetingId);
    expect((await reopened.agendaItems())[0]!.paragraphs).toEqual([stored]);
  });

  it('keeps what was typed up to a second before the browser is killed (SIGKILL)', async () => {
    const { dataDir, preview, browser, page } = await cleanup.previewInBrowser();
    const editor = await (await MeetingListPage.open(page, preview.url)).createMeeting('Styrelsemöte 7/2026');
    const meetingId = editor.meetingId();

    const typing = startTyping(editor, () => false);
    const delay = killDelayMs();
    await sleep(delay);
    const killedAt = Date.now();
    await browser.kill();
    const { typed, error } = await typing;
    expect(error, 'typing ends because the browser died').not.toBeNull();

    const required = typedText(typed, killedAt - durabilityWindowMs);
    expect(required.length, 'enough was typed before the kill for the check to mean something').toBeGreaterThan(20);

    // A save the browser sent just before dying is either stored whole or not at all.
    await sleep(200);
    const stored = readAgendaItems(dataDir, meetingId)[0]!.paragraphs[0] ?? '';
    const context = `kill after ${delay} ms; required ${JSON.stringify(required)}; stored ${JSON.stringify(stored)}`;
    expect(stored.startsWith(required), context).toBe(true);
    expect(sentence.startsWith(stored), `nothing but what was typed is stored; ${context}`).toBe(true);
    expect(integrityCheck(dataDir)).toBe('ok');

    const newBrowser = await cleanup.browser();
    const newPage = await newBrowser.newPage();
    await MeetingListPage.open(newPage, preview.url);
    const reopened = await MeetingEditorPage.open(newPage, preview.origin, meetingId);
    expect((await reopened.agendaItems())[0]!.paragraphs).toEqual([stored]);
    expect(readAgendaItems(dataDir, meetingId)[0]!.paragraphs).toEqual([stored]);
  });
});
