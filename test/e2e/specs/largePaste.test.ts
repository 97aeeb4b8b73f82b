import { afterEach, describe, expect, it } from 'vitest';
import { MeetingListPage } from '../pages/MeetingListPage';
import { Cleanup } from '../support/cleanup';
import { readAgendaItems } from '../support/minutesDatabase';
import { generatePlainText } from '../support/swedishText';

const cleanup = new Cleanup();
afterEach(() => cleanup.run());

/** The longest the page's main thread may be busy in one go during the paste. */
const maxBlockedMs = 1000;

interface Responsiveness {
  longestTaskMs: number;
  longestFrameGapMs: number;
  longTasks: number;
}

describe('pasting a very large plain text', () => {
  it('pastes 5 MB into a paragraph without freezing the page and saves all of it', async () => {
    const { dataDir, preview, page } = await cleanup.previewInBrowser();
    const editor = await (await MeetingListPage.open(page, preview.url)).createMeeting('Styrelsemöte med bilaga');
    const meetingId = editor.meetingId();

    const text = generatePlainText(5 * 1024 * 1024);
    expect(Buffer.byteLength(text)).toBeGreaterThanOrEqual(5 * 1024 * 1024);
    const lines = text.split(/(?:\r\n?|\n)+/);
    expect(lines.length).toBeGreaterThan(10_000);

    await editor.clickIntoText(1);
    await editor.type('Bilaga: ');

    // In the page: every long task (over 50 ms) and every gap between animation frames.
    await page.evaluate(() => {
      const watch = { longestTaskMs: 0, longestFrameGapMs: 0, longTasks: 0, running: true };
      (window as unknown as { responsiveness: typeof watch }).responsiveness = watch;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) {
          watch.longTasks += 1;
          watch.longestTaskMs = Math.max(watch.longestTaskMs, entry.duration);
        }
      }).observe({ type: 'longtask' });
      let last = performance.now();
      const frame = (now: number) => {
        watch.longestFrameGapMs = Math.max(watch.longestFrameGapMs, now - last);
        last = now;
        if (watch.running) requestAnimationFrame(frame);
      };
      requestAnimationFrame(frame);
    });

    await editor.pastePlainText(text);
    // Typing goes on at once, while the paste may still be going in.
    await editor.type(' SLUT', 5);
    await editor.waitUntilSaved(60_000);

    const responsiveness = await page.evaluate(async () => {
      // One more frame, so a gap that is still open when the save ends is counted too.
      await new Promise((resolve) => requestAnimationFrame(resolve));
      const watch = (window as unknown as { responsiveness: Responsiveness & { running: boolean } }).responsiveness;
      watch.running = false;
      return { longestTaskMs: watch.longestTaskMs, longestFrameGapMs: watch.longestFrameGapMs, longTasks: watch.longTasks };
    });
    expect(responsiveness.longestTaskMs, JSON.stringify(responsiveness)).toBeLessThan(maxBlockedMs);
    expect(responsiveness.longestFrameGapMs, JSON.stringify(responsiveness)).toBeLessThan(maxBlockedMs);

    const expected = [...lines];
    expected[0] = `Bilaga: ${expected[0]}`;
    expected[expected.length - 1] = `${expected.at(-1)} SLUT`;
    const stored = readAgendaItems(dataDir, meetingId);
    const storedParagraphs = stored[0]!.paragraphs;
    expect(storedParagraphs.at(-1)).toBe(expected.at(-1));
    expect(storedParagraphs.length).toBe(expected.length);
    const firstDifference = storedParagraphs.findIndex((paragraph, index) => paragraph !== expected[index]);
    expect(firstDifference, 'every pasted line is stored as a paragraph, in order').toBe(-1);
    expect(stored.map((item) => item.title).slice(0, 2)).toEqual(['Mötets öppnande', 'Val av justerare']);

    const shown = await editor.item(1).locator(':scope > p').last().textContent();
    expect(shown).toBe(expected.at(-1));
    expect(await editor.paragraphNumbers()).toEqual(Array.from({ length: 11 }, (_, index) => String(index + 1)));
  });
});
