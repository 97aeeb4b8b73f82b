// `node test/bench/traceTyping.mjs`: where an editor keystroke's time goes in the 200-§ meeting.
// A tool for working on the bench's keystroke figure, run by hand after `npm run build`.
//
//   (default)   a Chrome trace over human-paced typing into § 100: the renderer main thread's work
//               per key by event name, self and total (TREE=1: as a tree, without entries under
//               TREE_MIN ms a key, default 0.2; SLOW=n: what the main thread ran during each of
//               the n slowest keys, and how much of it off the CPU).
//   COMPARE=1   no trace: editor and textarea in alternating blocks as the bench types them, with
//               the editor's phases per key (keydown handled, keypress handled, the browser's
//               'input' for a key the browser typed itself, the editor's transaction) and the
//               slowest keys.
//   CLONE=1     the minutes' DOM copied into a plain contenteditable without ProseMirror first, to
//               see what the browser alone costs for the same page (CLONE=noforms drops the fields).
//   CPU=1       no trace: editor and textarea in alternating blocks, and the CPU time per key of
//               every thread of Chromium and Node on the machine (from /proc, Linux only), editor
//               beside textarea: what a key costs outside the page's main thread too (the
//               compositor, the browser process, autosave's worker, network and preview server).
//   TARGET=textarea  trace the bench's plain textarea instead of the editor, for the same view of
//               the reference (with TREE=1, the two trees side by side show what the editor adds).
//   ITEM=n      type into § n+1 instead; ITEMS=n a meeting of n § (default 200); KEYS=n keys
//               (default 200); a CSS file as the argument is added to the page first, to try a
//               rendering change before building it.

import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { typeHumanly } from './keyboard.mjs';
import { collectLatency, installLatencyProbe, measureEditor, measureTextarea } from './latencyProbe.mjs';
import { chromiumArgs, createLongMeeting, startPreview } from './preview.mjs';
import { seededRandom } from './random.mjs';
import { summarize } from './stats.mjs';

const extraCss = process.argv[2] ? readFileSync(process.argv[2], 'utf8') : '';
const keys = Number(process.env.KEYS ?? 200);
const itemIndex = Number(process.env.ITEM ?? 99);
const text = 'Styrelsen diskuterade förslaget om ny belysning på gården och konstaterade att kostnaden ryms i budgeten. ';
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** Types `count` keys of the sentence, from key `offset` on, at the bench's human pace. */
function typeKeys(cdp, random, count, offset = 0) {
  const typed = Array.from({ length: count }, (_, index) => text[(offset + index) % text.length]).join('');
  return typeHumanly(cdp, typed, random);
}

/** In the page: notes the phases of each editor keystroke, from the keydown event's timeStamp. */
function installPhases() {
  window.benchPhases = [];
  let current = null;
  window.addEventListener(
    'keydown',
    (event) => {
      const target = window.benchLatencyProbe?.target;
      if (!target) return;
      current = { target, start: event.timeStamp, keydown: null, keypress: null, input: null, transaction: null };
      window.benchPhases.push(current);
    },
    true,
  );
  window.addEventListener('keydown', () => current && (current.keydown ??= performance.now() - current.start));
  window.addEventListener('keypress', () => current && (current.keypress ??= performance.now() - current.start));
  window.addEventListener('input', () => current && (current.input ??= performance.now() - current.start), true);
  document.querySelector('.ProseMirror').editor?.on('transaction', () => current && (current.transaction ??= performance.now() - current.start));
}

/** Self and total time per trace event name on the renderer main thread, and per call path. */
function breakdown(events) {
  const mainThreads = new Set(events.filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`));
  const complete = events.filter((e) => e.ph === 'X' && typeof e.dur === 'number' && mainThreads.has(`${e.pid}:${e.tid}`));
  const self = new Map();
  const total = new Map();
  const paths = new Map();
  const byThread = new Map();
  for (const event of complete) {
    const key = `${event.pid}:${event.tid}`;
    if (!byThread.has(key)) byThread.set(key, []);
    byThread.get(key).push(event);
  }
  for (const list of byThread.values()) {
    list.sort((a, b) => a.ts - b.ts || b.dur - a.dur);
    const stack = [];
    for (const event of list) {
      while (stack.length && stack.at(-1).ts + stack.at(-1).dur <= event.ts) stack.pop();
      const parent = stack.at(-1);
      if (parent) self.set(parent.name, (self.get(parent.name) ?? 0) - event.dur / 1000);
      self.set(event.name, (self.get(event.name) ?? 0) + event.dur / 1000);
      total.set(event.name, (total.get(event.name) ?? 0) + event.dur / 1000);
      stack.push(event);
      const path = stack.map((entry) => entry.name).join(' > ');
      paths.set(path, (paths.get(path) ?? 0) + event.dur / 1000);
    }
  }
  return { self, total, paths };
}

/**
 * The `count` slowest keys of a trace: for each, every task the renderer main thread ran from the
 * keydown until the frame that showed the key, with its wall and thread time (wall time the thread
 * did not run was time the machine gave to other work) and its largest parts.
 */
function printSlowKeys(events, samples, count) {
  const mainThreads = new Set(events.filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`));
  const main = events.filter((e) => e.ph === 'X' && typeof e.dur === 'number' && mainThreads.has(`${e.pid}:${e.tid}`)).sort((a, b) => a.ts - b.ts);
  const keydowns = main.filter((e) => e.name === 'EventDispatch' && e.args?.data?.type === 'keydown');
  if (keydowns.length !== samples.length) {
    console.log(`keydowns in the trace (${keydowns.length}) and samples (${samples.length}) differ; no per-key view`);
    return;
  }
  const tasks = main.filter((e) => e.name === 'RunTask' || e.name === 'ThreadControllerImpl::RunTask');
  const slowest = samples.map((latency, index) => ({ latency, index })).sort((a, b) => b.latency - a.latency).slice(0, count);
  for (const { latency, index } of slowest) {
    const start = keydowns[index].ts;
    const end = start + latency * 1000;
    const inside = tasks.filter((task) => task.ts + task.dur >= start - 2000 && task.ts <= end);
    const wall = inside.reduce((sum, task) => sum + task.dur, 0) / 1000;
    const thread = inside.reduce((sum, task) => sum + (task.tdur ?? task.dur), 0) / 1000;
    console.log(`key ${index}: ${latency.toFixed(1)} ms; main thread busy ${wall.toFixed(1)} ms wall, ${thread.toFixed(1)} ms on the CPU`);
    for (const task of inside) {
      const parts = main
        .filter((e) => e !== task && e.ts >= task.ts && e.ts + e.dur <= task.ts + task.dur && e.dur >= 300)
        .sort((a, b) => b.dur - a.dur)
        .slice(0, 4)
        .map((e) => `${e.name}${e.args?.data?.type ? `(${e.args.data.type})` : ''} ${(e.dur / 1000).toFixed(1)}`);
      const at = ((task.ts - start) / 1000).toFixed(1).padStart(6);
      console.log(`  +${at} ms  ${(task.dur / 1000).toFixed(1).padStart(5)} wall ${((task.tdur ?? task.dur) / 1000).toFixed(1).padStart(5)} cpu  ${parts.join(', ')}`);
    }
  }
}

/**
 * CPU time (ms) so far of every thread of Chromium and Node processes, keyed "process#pid thread":
 * a Chromium child by its --type (Chromium rewrites its command line with spaces between the
 * arguments), a Node process by its script; the pid tells two of a kind apart.
 */
function cpuByThread() {
  const ticksPerMs = 100 / 1000; // USER_HZ
  const result = new Map();
  for (const pid of readdirSync('/proc').filter((name) => /^\d+$/.test(name))) {
    try {
      const command = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split(/[\0 ]/); // Chromium joins its argv with spaces
      const program = command[0].includes('chrom') ? 'chromium' : command[0].includes('node') ? 'node' : null;
      if (!program) continue;
      const kind = program === 'node' ? `node ${(command[1] ?? '').split('/').at(-1)}` : (command.find((arg) => arg.startsWith('--type='))?.slice(7) ?? 'browser');
      for (const tid of readdirSync(`/proc/${pid}/task`)) {
        const stat = readFileSync(`/proc/${pid}/task/${tid}/stat`, 'utf8');
        const thread = stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')')).replace(/\d+$/, '');
        const fields = stat.slice(stat.lastIndexOf(') ') + 2).split(' ');
        const key = `${kind}#${pid} ${thread}`;
        result.set(key, (result.get(key) ?? 0) + (Number(fields[11]) + Number(fields[12])) / ticksPerMs);
      }
    } catch {
      // The process or thread ended while being read.
    }
  }
  return result;
}

/** Adds to `into` the CPU time spent between two `cpuByThread` readings. */
function addCpu(into, before, after) {
  for (const [key, ms] of after) into.set(key, (into.get(key) ?? 0) + ms - (before.get(key) ?? 0));
}

const dataDir = mkdtempSync(join(tmpdir(), 'paragraf-trace-'));
const preview = await startPreview(dataDir);
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: chromiumArgs });
try {
  const items = Number(process.env.ITEMS ?? 200);
  const { meetingId } = await createLongMeeting(preview, { title: 'Spår', items });
  const page = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
  await page.goto(preview.url);
  await page.goto(`${preview.origin}/#/meeting/${meetingId}`);
  await page.locator('.ProseMirror[contenteditable="true"] section.agenda-item').nth(Math.min(150, items - 1)).waitFor();
  if (extraCss) await page.addStyleTag({ content: extraCss });
  if (process.env.CLONE) {
    await page.evaluate((mode) => {
      const editable = document.querySelector('.ProseMirror');
      const clone = editable.cloneNode(true);
      if (mode === 'noforms') for (const control of clone.querySelectorAll('select, input, button, textarea')) control.remove();
      editable.replaceWith(clone);
    }, process.env.CLONE);
  }
  const paragraph = page.locator('.ProseMirror section.agenda-item').nth(itemIndex).locator(':scope > p').last();
  const intoParagraph = async () => {
    await paragraph.scrollIntoViewIfNeeded();
    await paragraph.click();
    await page.keyboard.press('End');
  };
  await intoParagraph();
  await sleep(500);
  await page.evaluate(installLatencyProbe);
  const cdp = await page.context().newCDPSession(page);
  const random = seededRandom(3);

  /** Types `keys` keys as the bench does, editor and textarea in four alternating blocks; `around` runs each block. */
  const typeAlternating = async (around = (_target, type) => type()) => {
    for (let block = 0; block < 4; block += 1) {
      await intoParagraph();
      await page.evaluate(measureEditor, itemIndex);
      await around('editor', () => typeKeys(cdp, random, keys / 4, block * keys));
      await page.evaluate(measureTextarea);
      await around('textarea', () => typeKeys(cdp, random, keys / 4, block * keys));
    }
  };

  if (process.env.CPU) {
    const cpu = { editor: new Map(), textarea: new Map() };
    await typeAlternating(async (target, type) => {
      const before = cpuByThread();
      await type();
      await sleep(600); // the autosave the block started
      addCpu(cpu[target], before, cpuByThread());
    });
    const perKey = (map, key) => (map.get(key) ?? 0) / keys;
    const rows = [...new Set([...cpu.editor.keys(), ...cpu.textarea.keys()])]
      .filter((key) => perKey(cpu.editor, key) >= 0.05 || perKey(cpu.textarea, key) >= 0.05)
      .sort((a, b) => perKey(cpu.editor, b) - perKey(cpu.editor, a));
    console.log(`${'CPU ms per key (this script is the "node traceTyping.mjs" row)'.padEnd(58)} editor  textarea`);
    for (const key of rows) console.log(`${key.padEnd(58)} ${perKey(cpu.editor, key).toFixed(2).padStart(6)}  ${perKey(cpu.textarea, key).toFixed(2).padStart(8)}`);
    const sum = (map) => [...map.values()].reduce((total, ms) => total + ms, 0) / keys;
    console.log(`${'all'.padEnd(58)} ${sum(cpu.editor).toFixed(2).padStart(6)}  ${sum(cpu.textarea).toFixed(2).padStart(8)}`);
  } else if (process.env.COMPARE) {
    await page.evaluate(installPhases);
    await typeAlternating();
    const allPhases = await page.evaluate(() => window.benchPhases);
    for (const key of ['keydown', 'input']) {
      const values = allPhases.filter((phase) => phase.target === 'textarea' && phase[key] !== null).map((phase) => phase[key]);
      if (values.length > 0) console.log(`textarea ${key.padEnd(10)} p50 ${summarize(values).p50} p95 ${summarize(values).p95} p99 ${summarize(values).p99}`);
    }
    const phases = allPhases.filter((phase) => phase.target === 'editor' && phase.transaction !== null);
    const typedByBrowser = phases.filter((phase) => phase.input !== null).length;
    console.log(`editor keys typed by the browser (an 'input' event): ${typedByBrowser} of ${phases.length}`);
    const { samples } = await page.evaluate(collectLatency);
    for (const key of ['keydown', 'keypress', 'input', 'transaction']) {
      const values = phases.map((phase) => phase[key]).filter((value) => value !== null);
      if (values.length === 0) continue;
      const summary = summarize(values);
      console.log(`editor ${key.padEnd(12)} p50 ${summary.p50} p95 ${summary.p95} p99 ${summary.p99} max ${summary.max}`);
    }
    if (phases.length === samples.editor.length) {
      const slowest = phases.map((phase, index) => ({ ...phase, latency: samples.editor[index] })).sort((a, b) => b.latency - a.latency);
      for (const row of slowest.slice(0, 8)) {
        const input = row.input === null ? '' : `, input ${row.input.toFixed(1)}`;
        console.log(`  ${row.latency.toFixed(1)} ms: keydown ${row.keydown?.toFixed(1)}, keypress ${row.keypress?.toFixed(1)}${input}, transaction ${row.transaction?.toFixed(1)}`);
      }
    }
    const editor = summarize(samples.editor);
    const textarea = summarize(samples.textarea);
    console.log(`editor   p50 ${editor.p50} p95 ${editor.p95} p99 ${editor.p99} (n ${editor.n})`);
    console.log(`textarea p50 ${textarea.p50} p95 ${textarea.p95} p99 ${textarea.p99}; ratio p99 ${(editor.p99 / textarea.p99).toFixed(2)}`);
  } else {
    const target = process.env.TARGET === 'textarea' ? 'textarea' : 'editor';
    if (target === 'textarea') await page.evaluate(measureTextarea);
    else await page.evaluate(measureEditor, itemIndex);
    const events = [];
    cdp.on('Tracing.dataCollected', ({ value }) => events.push(...value));
    const done = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
    await cdp.send('Tracing.start', { categories: 'devtools.timeline,blink,disabled-by-default-devtools.timeline', transferMode: 'ReportEvents' });
    await typeKeys(cdp, random, keys);
    await cdp.send('Tracing.end');
    await done;
    const samples = (await page.evaluate(collectLatency)).samples[target] ?? [];
    const traced = summarize(samples);
    console.log(`${target} (traced) p50 ${traced.p50} p95 ${traced.p95} p99 ${traced.p99} ms (n ${traced.n})`);
    const { self, total, paths } = breakdown(events);
    if (process.env.SLOW) {
      printSlowKeys(events, samples, Number(process.env.SLOW) > 1 ? Number(process.env.SLOW) : 8);
    } else if (process.env.TREE) {
      for (const [path, ms] of [...paths.entries()].filter(([, ms]) => ms / keys >= Number(process.env.TREE_MIN ?? 0.2)).sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
        const names = path.split(' > ');
        console.log(`${(ms / keys).toFixed(2).padStart(7)} ${'  '.repeat(names.length)}${names.at(-1)}`);
      }
    } else {
      console.log('   self    total  (ms per key)');
      for (const [name, ms] of [...self.entries()].sort((a, b) => b[1] - a[1]).slice(0, 25)) {
        console.log(`${(ms / keys).toFixed(2).padStart(7)} ${(total.get(name) / keys).toFixed(2).padStart(7)}  ${name}`);
      }
    }
  }
} finally {
  await browser.close();
  await preview.stop();
  rmSync(dataDir, { recursive: true, force: true });
}
