import { randomBytes } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { MeetingListPage } from '../pages/MeetingListPage';
import { Cleanup } from '../support/cleanup';
import { databaseFile, integrityCheck, readAgendaItems } from '../support/minutesDatabase';
import { runPreviewUntilExit } from '../support/preview';

const cleanup = new Cleanup();
afterEach(() => cleanup.run());

function movedAsideFiles(dataDir: string): string[] {
  return readdirSync(dataDir).filter((name) => /^paragraf\.db\.skadad-/.test(name));
}

describe('a database that cannot be used', () => {
  it('moves a corrupt database aside, says so, and starts a fresh one that saves', async () => {
    const dataDir = cleanup.dataDir();
    const garbage = Buffer.concat([Buffer.from('detta är ingen databas\n'), randomBytes(64 * 1024)]);
    writeFileSync(databaseFile(dataDir), garbage);

    const preview = await cleanup.preview(dataDir);
    expect(await preview.waitForStderr('Databasen var skadad')).toContain('Databasen var skadad');

    const [movedAside, ...others] = movedAsideFiles(dataDir);
    expect(others).toEqual([]);
    expect(movedAside, 'the corrupt file is kept beside the new database').toBeDefined();
    expect(readFileSync(join(dataDir, movedAside!)).equals(garbage), 'the corrupt file is moved, not changed').toBe(true);

    const browser = await cleanup.browser();
    const page = await browser.newPage();
    const list = await MeetingListPage.open(page, preview.url);
    await list.recoveredDatabaseNotice.waitFor();
    expect(await list.recoveredDatabaseNotice.textContent()).toContain(movedAside);

    const editor = await list.createMeeting('Styrelsemöte efter återställning');
    const text = 'Mötet hölls trots att den gamla databasen var skadad.';
    await editor.clickIntoText(1);
    await editor.type(text);
    await editor.waitUntilSaved();
    expect(readAgendaItems(dataDir, editor.meetingId())[0]?.paragraphs).toEqual([text]);
    expect(integrityCheck(dataDir)).toBe('ok');
  });

  it('refuses a second preview on the same folder with a clear message and leaves the first one working', async () => {
    const dataDir = cleanup.dataDir();
    const first = await cleanup.preview(dataDir);

    const second = await runPreviewUntilExit(dataDir);
    expect(second.code).not.toBe(0);
    expect(second.code).not.toBeNull();
    expect(second.stderr).toContain(`Paragraf är redan öppet med datamappen ${dataDir}`);
    expect(second.stderr).not.toMatch(/SQLITE_BUSY|database is locked/i);
    expect(second.stdout).not.toContain('Öppna:');
    expect(movedAsideFiles(dataDir), 'a locked database is not taken for a corrupt one').toEqual([]);

    const browser = await cleanup.browser();
    const page = await browser.newPage();
    const editor = await (await MeetingListPage.open(page, first.url)).createMeeting();
    await editor.clickIntoText(2);
    await editor.type('Anna Lind');
    await editor.waitUntilSaved();
    expect(readAgendaItems(dataDir, editor.meetingId())[1]?.paragraphs).toEqual(['Anna Lind']);
  });
});
