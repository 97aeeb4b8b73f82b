// `node test/bench/caretCost.mjs`: what putting the caret after a typed character costs inside a
// key press, the largest single step left in an editor keystroke. A tool for working on the bench's
// keystroke figure, run by hand after `npm run build`.
//
// Each time the caret is set during a key press (Selection.collapse, as the editor does after it has
// put the character in), the time is split in two: the layout the new character needs, forced
// first, and then the caret itself, where the browser also brings its selection bookkeeping for
// input methods up to date (`Editor::SyncSelection` in a trace; it runs only while an input event is
// handled, so a caret set from a script outside a key costs almost nothing).
//
// Measured in the 200-§ meeting at § 3, § 100 and § 197, and in plain contenteditable pages doing
// the same per key: one paragraph; 3 000 paragraphs; and the same 3 000 paragraphs in 200 sections
// with `content-visibility: auto`, as the minutes' § are. KEYS=n keys per place (default 100).

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { typeHumanly } from './keyboard.mjs';
import { chromiumArgs, createLongMeeting, startPreview } from './preview.mjs';
import { seededRandom } from './random.mjs';
import { summarize, table } from './stats.mjs';

const keys = Number(process.env.KEYS ?? 100);
const sentence = 'Styrelsen diskuterade förslaget om ny belysning på gården och konstaterade att kostnaden ryms i budgeten. ';
const typed = sentence.repeat(Math.ceil(keys / sentence.length)).slice(0, keys);

/** In the page, before its scripts: times every caret set during a key press, layout first. */
function installCaretTimer() {
  const collapse = Selection.prototype.collapse;
  let inKeyPress = false;
  window.caretCost = { layout: [], caret: [] };
  window.addEventListener('keypress', () => (inKeyPress = true), true);
  window.addEventListener('keyup', () => (inKeyPress = false), true);
  Selection.prototype.collapse = function timedCollapse(...args) {
    if (!inKeyPress) return collapse.apply(this, args);
    const started = performance.now();
    void document.body.offsetHeight;
    const laidOut = performance.now();
    const result = collapse.apply(this, args);
    window.caretCost.layout.push(laidOut - started);
    window.caretCost.caret.push(performance.now() - laidOut);
    return result;
  };
}

/** A plain contenteditable page that types a key press itself, as the editor does. */
function plainPage(kind) {
  const paragraph = '<p>Styrelsen diskuterade förslaget och konstaterade att kostnaden ryms i budgeten.</p>';
  let body;
  if (kind === 'one') body = '<p id="typed">Början</p>';
  else if (kind === 'flat') body = `${paragraph.repeat(1500)}<p id="typed">Början</p>${paragraph.repeat(1500)}`;
  else {
    body = Array.from(
      { length: 200 },
      (_, index) =>
        `<section style="content-visibility: auto; contain-intrinsic-size: auto 20rem">${paragraph.repeat(15)}${index === 100 ? '<p id="typed">Början</p>' : ''}</section>`,
    ).join('');
  }
  return `<!doctype html><html lang="sv"><body><div id="editable" contenteditable="true" style="max-width: 46rem; margin: auto; line-height: 1.5">${body}</div></body></html>`;
}

function typeItselfInPage() {
  const editable = document.getElementById('editable');
  const text = document.getElementById('typed').firstChild;
  editable.addEventListener('keypress', (event) => {
    event.preventDefault();
    text.insertData(text.length, event.key);
    document.getSelection().collapse(text, text.length);
  });
  document.getElementById('typed').scrollIntoView({ block: 'center' });
  editable.focus();
  document.getSelection().collapse(text, text.length);
}

async function measure(page, random) {
  const cdp = await page.context().newCDPSession(page);
  await page.evaluate(() => (window.caretCost = { layout: [], caret: [] }));
  await typeHumanly(cdp, typed, random);
  await cdp.detach();
  const { layout, caret } = await page.evaluate(() => window.caretCost);
  if (caret.length < keys * 0.9) throw new Error(`only ${caret.length} of ${keys} keys set the caret`);
  return { layout: summarize(layout), caret: summarize(caret) };
}

const dataDir = mkdtempSync(join(tmpdir(), 'paragraf-caret-'));
const preview = await startPreview(dataDir);
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: chromiumArgs });
const rows = [];
const row = (place, { layout, caret }) => rows.push([place, caret.n, layout.p50, layout.mean, caret.p50, caret.mean, Math.round((layout.mean + caret.mean) * 10) / 10]);
try {
  const random = seededRandom(11);
  const { meetingId } = await createLongMeeting(preview, { title: 'Caret' });
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.addInitScript(installCaretTimer);
  await page.goto(preview.url);
  await page.goto(`${preview.origin}/#/meeting/${meetingId}`);
  await page.locator('.ProseMirror[contenteditable="true"] section.agenda-item').nth(199).waitFor();
  for (const index of [2, 99, 196]) {
    const paragraph = page.locator('.ProseMirror section.agenda-item').nth(index).locator(':scope > p').last();
    await paragraph.scrollIntoViewIfNeeded();
    await paragraph.click();
    await page.keyboard.press('End');
    row(`editor, 200 §, in § ${index + 1}`, await measure(page, random));
  }
  await context.close();

  for (const [kind, place] of [
    ['one', 'plain page, one paragraph'],
    ['flat', 'plain page, 3 000 paragraphs'],
    ['sections', 'plain page, 3 000 in 200 c-v:auto sections'],
  ]) {
    const plain = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const plainTab = await plain.newPage();
    await plainTab.setContent(plainPage(kind));
    await plainTab.evaluate(installCaretTimer);
    await plainTab.evaluate(typeItselfInPage);
    row(place, await measure(plainTab, random));
    await plain.close();
  }
  console.log(`caret set in a key press, ms per key (${keys} keys each, human pace)`);
  console.log(table(['where', 'keys', 'layout p50', 'layout mean', 'caret p50', 'caret mean', 'both, mean'], rows));
} finally {
  await browser.close();
  await preview.stop();
  rmSync(dataDir, { recursive: true, force: true });
}
