// `npm run bench`: how Paragraf feels with a long meeting. Starts the browser preview on a temporary
// data folder, stores a 200-§ meeting (about 60 pages, every kind of node: attendance, decisions,
// assignments, votes, reservations, protokollsanteckningar, deferrals, attachments, next meeting)
// through the HTTP bridge, opens it in Debian's Chromium and measures keystroke latency (editor
// against a plain textarea in the same page), the time to insert a decision by keyboard, the time
// from a keystroke to its durable row in SQLite, the time to open the meeting, and the renderer's JS heap. Prints a table against the targets and writes test/bench/results/latest.json.
// It is run by hand and never fails on a missed target (exit code 1 only when it cannot measure).

import Database from 'better-sqlite3';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { chromium } from 'playwright-core';
import { humanDelayMs, pressKey, pressShortcut, typeHumanly } from './keyboard.mjs';
import {
  collectLatency,
  installCommandProbe,
  installLatencyProbe,
  installOpenProbe,
  measureEditor,
  measureTextarea,
} from './latencyProbe.mjs';
import { countNodeTypes, textOf } from './minutesDocument.mjs';
import { chromiumArgs, createLongMeeting, repoRoot, startPreview } from './preview.mjs';
import { seededRandom, between } from './random.mjs';
import { waitUntilIdle } from './settle.mjs';
import { summarize, table } from './stats.mjs';

const config = {
  items: 200,
  documentSeed: 2026,
  typingSeed: 7,
  /** The § typed into: one in the middle of the document (0-based index). */
  typingItemIndex: 99,
  /**
   * Alternating blocks of typing, editor then textarea, so drift hits both alike. 600 keys each:
   * p99 is then the 6th slowest key, not the 3rd as with 300, which moved by several ms from run
   * to run on a shared 2-core machine.
   */
  latencyBlocks: 6,
  charsPerBlock: 100,
  durableSamples: 25,
  decisionInserts: 20,
  coldOpens: 3,
  warmOpens: 5,
  viewport: { width: 1280, height: 900 },
};

const targets = {
  keystrokeP99Ms: 16,
  keystrokeRatioToTextarea: 1.5,
  durableP99Ms: 1000,
  commandP99Ms: 50,
  openMs: 500,
};

const typedText =
  'Styrelsen diskuterade förslaget om ny belysning på gården och konstaterade att kostnaden ryms i budgeten, ' +
  'men att arbetet bör vänta till efter årsstämman. Kassören återkommer med en ny offert före nästa möte. ' +
  'Ledamöterna var överens om att frågan är angelägen för de boendes trygghet, särskilt under vintern. ' +
  'Ordföranden tackade för en god diskussion och föreslog att ärendet tas upp igen i april. ';

const fillerWords = ['och', 'att', 'styrelsen', 'mötet', 'förslaget', 'budgeten', 'gården', 'årsmötet', 'kassören', 'beslut'];

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

function log(message) {
  process.stdout.write(`${message}\n`);
}

/** The next `count` characters of the typing text, wrapping around. */
function textStream(text) {
  let position = 0;
  return (count) => {
    let out = '';
    while (out.length < count) {
      out += text[position % text.length];
      position += 1;
    }
    return out;
  };
}

async function clickIntoItem(page, itemIndex) {
  const paragraph = page.locator('.ProseMirror section.agenda-item').nth(itemIndex).locator(':scope > p').last();
  await paragraph.scrollIntoViewIfNeeded();
  await paragraph.click();
  await page.keyboard.press('End');
}

async function heapAfterGc(cdp) {
  await cdp.send('HeapProfiler.enable');
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize, totalSize } = await cdp.send('Runtime.getHeapUsage');
  return { usedMB: Math.round((usedSize / 1048576) * 10) / 10, totalMB: Math.round((totalSize / 1048576) * 10) / 10 };
}

/**
 * Durable latency = from just before the key that completes a unique marker is sent (bench clock)
 * to the moment a read-only query from this process finds the marker in the meeting's stored
 * minutes (polled every ~2 ms). Typing goes on meanwhile at a human pace, with now and then a pause
 * of over a second, so the markers land at every moment of the 500 ms throttle, busy and idle.
 */
async function measureDurable(page, cdp, dataDir, meetingId, random) {
  const db = new Database(join(dataDir, 'paragraf.db'), { readonly: true, fileMustExist: true });
  const find = db.prepare('SELECT instr(document, ?) > 0 AS found FROM minutes WHERE meeting_id = ?');
  const pending = new Map();
  const samples = [];
  let polling = true;
  const poller = (async () => {
    while (polling || pending.size > 0) {
      for (const [marker, sentAt] of pending) {
        if (find.get(marker, meetingId)?.found) {
          samples.push(performance.now() - sentAt);
          pending.delete(marker);
        }
      }
      await sleep(2);
    }
  })();

  await clickIntoItem(page, config.typingItemIndex);
  const letters = 'abcdefghijklmnopqrstuvwxyz';
  for (let index = 0; index < config.durableSamples; index += 1) {
    const filler = ` ${fillerWords[between(random, 0, fillerWords.length - 1)]} `;
    await typeHumanly(cdp, filler, random);
    if (index % 5 === 4) await sleep(1200 + random() * 400);
    // "qz" never occurs in the text, so the marker is found only once its last key is stored.
    const marker = `qz${letters[Math.floor(index / 26)]}${letters[index % 26]}`;
    await typeHumanly(cdp, marker.slice(0, -1), random);
    const sentAt = performance.now();
    pending.set(marker, sentAt);
    await pressKey(cdp, marker.at(-1));
    await sleep(humanDelayMs(random, 'x'));
  }
  const deadline = performance.now() + 10_000;
  while (pending.size > 0 && performance.now() < deadline) await sleep(20);
  const lost = pending.size;
  pending.clear();
  polling = false;
  await poller;
  db.close();
  return { samples, lost };
}

/**
 * Ctrl+Shift+B at a human pace in the § typed into: each time a decision with an empty att-sats
 * appears with the caret in it; Enter (an empty att-sats ends the decision, leaving an empty line)
 * and Backspace (the empty line goes) put the minutes back as they were before the next one.
 */
async function measureDecisionInsert(page, cdp, random) {
  await clickIntoItem(page, config.typingItemIndex);
  await page.evaluate(installCommandProbe);
  const countDecisions = () => page.evaluate((index) => document.querySelectorAll('.ProseMirror section.agenda-item')[index].querySelectorAll('div.decision').length, config.typingItemIndex);
  const decisionsBefore = await countDecisions();
  for (let index = 0; index < config.decisionInserts; index += 1) {
    await pressShortcut(cdp, 'Control+Shift+B');
    const deadline = performance.now() + 3000;
    while ((await page.evaluate(() => window.benchCommandProbe.samples.length + window.benchCommandProbe.missed)) <= index) {
      if (performance.now() > deadline) throw new Error('Ctrl+Shift+B gave no decision within 3 s');
      await sleep(10);
    }
    await sleep(150 + random() * 150);
    await pressShortcut(cdp, 'Enter');
    await sleep(80 + random() * 80);
    await pressShortcut(cdp, 'Backspace');
    await sleep(250 + random() * 250);
  }
  const { samples, missed } = await page.evaluate(() => window.benchCommandProbe);
  const decisionsAfter = await countDecisions();
  if (decisionsAfter !== decisionsBefore) throw new Error(`the § had ${decisionsBefore} decisions before and ${decisionsAfter} after`);
  return { samples, missed };
}

/**
 * The first page load of (3a) as the bench took it until 3 December: in a browser launched a moment
 * before, with the meeting list loaded once (the script's first sighting) and the meeting at once
 * after it. Resolves to the milliseconds from navigation start to editable.
 */
async function openRightAfterBrowserStart(listUrl, meetingUrl) {
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: chromiumArgs });
  try {
    const { page } = await newBenchPage(browser);
    await page.goto(listUrl);
    await page.goto('about:blank');
    await page.goto(meetingUrl);
    const opened = await page.evaluate(() => window.benchOpenedAt);
    if (Number.isNaN(opened)) throw new Error('the meeting did not open within 30 s');
    return Math.round(opened);
  } finally {
    await browser.close();
  }
}

/** A page as every measurement opens it: the bench's viewport, a long timeout, the open probe installed. */
async function newBenchPage(browser) {
  const context = await browser.newContext({ viewport: config.viewport });
  const page = await context.newPage();
  page.setDefaultTimeout(60_000);
  await page.addInitScript(installOpenProbe, config.items);
  return { context, page };
}

function row(name, summary, target, pass) {
  return [name, summary.n, summary.p50, summary.p95, summary.p99, summary.max, target, pass ? 'PASS' : 'FAIL'];
}

async function main() {
  globalThis.gc?.();
  const started = performance.now();
  const dataDir = mkdtempSync(join(tmpdir(), 'paragraf-bench-'));
  let preview = null;
  let browserServer = null;
  try {
    preview = await startPreview(dataDir);
    log(`preview: ${preview.origin} (data in ${dataDir})`);

    // A meeting from the board template, then its minutes replaced by 200 §§ through the bridge.
    const { meetingId, document, version } = await createLongMeeting(preview, { title: 'Årsstämma 2026 (bench)', items: config.items, seed: config.documentSeed });
    const characters = textOf(document).length;
    const documentStats = {
      items: config.items,
      characters,
      jsonBytes: Buffer.byteLength(JSON.stringify(document)),
      approxPages: Math.round(characters / 3000),
      nodes: countNodeTypes(document),
    };
    log(`meeting ${meetingId}: ${documentStats.items} §§, ${characters} characters (~${documentStats.approxPages} pages), version ${version}`);

    const meetingUrl = `${preview.origin}/#/meeting/${meetingId}`;
    // (3) For reference, not a target: the same first page load as in (3a), in a browser that has
    // only just started and is still busy starting (its services, the GPU process) on the same cores.
    const rightAfterStart = await openRightAfterBrowserStart(preview.url, meetingUrl);

    browserServer = await chromium.launchServer({ executablePath: '/usr/bin/chromium', headless: true, args: chromiumArgs });
    const browser = await chromium.connect(browserServer.wsEndpoint());
    const { context, page } = await newBenchPage(browser);
    const cdp = await context.newCDPSession(page);
    await page.goto('about:blank');
    const settledAfterMs = await waitUntilIdle();
    log(`browser started; the machine was idle again after ${settledAfterMs} ms`);
    await page.goto(preview.url);

    // (3a) Cold open: a fresh page load straight into the meeting, from navigation start.
    const cold = [];
    for (let run = 0; run < config.coldOpens; run += 1) {
      await page.goto('about:blank');
      await page.goto(meetingUrl);
      cold.push(await page.evaluate(() => window.benchOpenedAt));
    }
    // (3b) Open from the meeting list: from the click on the meeting to editable with the last § shown.
    const warm = [];
    for (let run = 0; run < config.warmOpens; run += 1) {
      await page.getByRole('button', { name: /Alla möten/ }).click();
      const link = page.locator(`a[href="#/meeting/${meetingId}"]`);
      await link.waitFor();
      await sleep(300);
      warm.push(
        await page.evaluate(async (id) => {
          const anchor = document.querySelector(`a[href="#/meeting/${id}"]`);
          const clickedAt = performance.now();
          anchor.click();
          return (await window.benchWaitUntilOpen()) - clickedAt;
        }, meetingId),
      );
    }
    if ([...cold, ...warm].some((value) => Number.isNaN(value))) throw new Error('the meeting did not open within 30 s');
    log(`open: cold ${cold.map((value) => value.toFixed(0)).join(', ')} ms; from list ${warm.map((value) => value.toFixed(0)).join(', ')} ms; right after the browser started ${rightAfterStart.toFixed(0)} ms`);

    // (4a) Heap with the meeting open.
    const heapOpen = await heapAfterGc(cdp);

    // (1) Keystroke latency, editor and textarea alternating, the same text and pacing for both.
    await page.evaluate(installLatencyProbe);
    const typingRandom = seededRandom(config.typingSeed);
    const nextText = textStream(typedText);
    for (let block = 0; block < config.latencyBlocks; block += 1) {
      const text = nextText(config.charsPerBlock);
      await clickIntoItem(page, config.typingItemIndex);
      await page.evaluate(measureEditor, config.typingItemIndex);
      await typeHumanly(cdp, text, typingRandom);
      await page.evaluate(measureTextarea);
      await typeHumanly(cdp, text, typingRandom);
      log(`typing block ${block + 1}/${config.latencyBlocks} done`);
    }
    await sleep(500);
    const latency = await page.evaluate(collectLatency);
    const editorSamples = latency.samples.editor ?? [];
    const textareaSamples = latency.samples.textarea ?? [];
    const expectedKeys = config.latencyBlocks * config.charsPerBlock;
    if (editorSamples.length < expectedKeys * 0.95 || textareaSamples.length < expectedKeys * 0.95) {
      throw new Error(`too few keystroke samples: editor ${editorSamples.length}, textarea ${textareaSamples.length}`);
    }

    // (2) Keystroke to durable row in SQLite.
    const durable = await measureDurable(page, cdp, dataDir, meetingId, seededRandom(config.typingSeed + 1));
    log(`durable: ${durable.samples.length} samples, ${durable.lost} not stored within 10 s`);

    // (5) A command by keyboard: Ctrl+Shift+B until the decision is there with the caret in it.
    const decisionInsert = await measureDecisionInsert(page, cdp, seededRandom(config.typingSeed + 2));
    log(`decision by keyboard: ${decisionInsert.samples.length} insertions, ${decisionInsert.missed} not seen`);

    // (4b) Heap after all the typing.
    const heapAfterTyping = await heapAfterGc(cdp);
    const chromiumVersion = browser.version();
    await browser.close();

    const editor = summarize(editorSamples);
    const textarea = summarize(textareaSamples);
    const ratio = Math.round((editor.p99 / textarea.p99) * 100) / 100;
    const durableSummary = summarize(durable.samples);
    const coldSummary = summarize(cold);
    const warmSummary = summarize(warm);
    const decisionSummary = summarize(decisionInsert.samples);
    const checks = {
      keystrokeP99: editor.p99 < targets.keystrokeP99Ms,
      keystrokeRatio: ratio <= targets.keystrokeRatioToTextarea,
      decisionInsertP99: decisionInsert.missed === 0 && decisionSummary.p99 < targets.commandP99Ms,
      durableP99: durable.lost === 0 && durableSummary.p99 < targets.durableP99Ms,
      openFromList: warmSummary.max < targets.openMs,
      openColdLoad: coldSummary.max < targets.openMs,
    };

    log('');
    log(`Paragraf bench: ${config.items} §§ (~${documentStats.approxPages} pages), Chromium ${chromiumVersion}, ${cpus().length} cores`);
    const kinds = ['decision', 'assignment', 'vote', 'reservation', 'protocolNote', 'deferral', 'attachment', 'bulletList'];
    log(`nodes: ${kinds.map((kind) => `${documentStats.nodes[kind] ?? 0} ${kind}`).join(', ')}, ${documentStats.nodes.attendance ? `attendance of ${document.content[1].attrs.attendees.length}` : 'no attendance'}, ${documentStats.nodes.nextMeeting ? 'next meeting' : 'no next meeting'}`);
    log('');
    log(
      table(
        ['measure (ms)', 'n', 'p50', 'p95', 'p99', 'max', 'target', 'result'],
        [
          row('keystroke → frame, editor', editor, `p99 < ${targets.keystrokeP99Ms}`, checks.keystrokeP99),
          row('keystroke → frame, textarea', textarea, '(reference)', true).slice(0, 7).concat(['']),
          ['editor / textarea (p99)', '', '', '', ratio, '', `≤ ${targets.keystrokeRatioToTextarea}×`, checks.keystrokeRatio ? 'PASS' : 'FAIL'],
          row('Ctrl+Shift+B → decision, caret in it', decisionSummary, `p99 < ${targets.commandP99Ms}`, checks.decisionInsertP99),
          row('keystroke → durable in SQLite', durableSummary, `p99 < ${targets.durableP99Ms}`, checks.durableP99),
          row('open from list → editable', warmSummary, `max < ${targets.openMs}`, checks.openFromList),
          row('open by page load → editable', coldSummary, `max < ${targets.openMs}`, checks.openColdLoad),
          ['  the same, browser just started', 1, rightAfterStart, '', '', rightAfterStart, '(reference)', ''],
        ],
      ),
    );
    log('');
    log(`renderer JS heap after GC: ${heapOpen.usedMB} MB with the meeting open, ${heapAfterTyping.usedMB} MB after typing`);
    // The absolute keystroke target only says something about the editor when the page's plain
    // textarea meets it in the same run; otherwise the machine itself is over it.
    const textareaOverTarget = textarea.p99 >= targets.keystrokeP99Ms;
    if (textareaOverTarget) {
      log(`the plain textarea's own p99 is ${textarea.p99} ms, over the ${targets.keystrokeP99Ms} ms target: in this run the machine, not the editor, is over that line`);
    }
    if (latency.missed > 0) log(`keystrokes whose character never showed: ${latency.missed}`);
    if (durable.lost > 0) log(`markers never stored: ${durable.lost}`);
    if (decisionInsert.missed > 0) log(`decisions never seen with the caret in them: ${decisionInsert.missed}`);

    const results = {
      date: new Date().toISOString(),
      machine: { cpus: cpus().length, cpuModel: cpus()[0]?.model ?? '', memoryGB: Math.round(totalmem() / 1073741824), node: process.version, chromium: chromiumVersion },
      config,
      document: documentStats,
      targets,
      keystroke: { editor, textarea, ratioP99: ratio, missed: latency.missed, textareaOverTarget },
      decisionInsert: { ...decisionSummary, missed: decisionInsert.missed },
      durable: { ...durableSummary, lost: durable.lost },
      open: { fromList: warmSummary, pageLoad: coldSummary, fromListRuns: warm, pageLoadRuns: cold, pageLoadRightAfterBrowserStart: rightAfterStart, browserSettledAfterMs: settledAfterMs },
      heap: { withMeetingOpen: heapOpen, afterTyping: heapAfterTyping },
      checks,
      durationSeconds: Math.round((performance.now() - started) / 1000),
    };
    const resultsDir = join(repoRoot, 'test', 'bench', 'results');
    mkdirSync(resultsDir, { recursive: true });
    writeFileSync(join(resultsDir, 'latest.json'), `${JSON.stringify(results, null, 2)}\n`);
    log(`\nwritten: test/bench/results/latest.json (${results.durationSeconds} s)`);
  } finally {
    await browserServer?.close().catch(() => undefined);
    await preview?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((error) => {
  process.stderr.write(`bench failed: ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exitCode = 1;
});
