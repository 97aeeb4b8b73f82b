// `node test/bench/profileTyping.mjs`: where the renderer spends its time while typing into the
// 200-§ meeting. Samples a CPU profile over a few hundred human-paced keystrokes and prints the
// functions with the most self time, named and placed through the build's source map, and how many
// React commits the typing caused (each makes React measure the selection across the whole minutes).
// A tool for finding what the bench's keystroke figure pays for. ALLOCATIONS=1 first samples what
// the same typing allocates, by function; SPIKES=1 shows what the editor's longest input handlers ran.

import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { SourceMap } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { typeHumanly } from './keyboard.mjs';
import { chromiumArgs, createLongMeeting, repoRoot, startPreview } from './preview.mjs';
import { seededRandom } from './random.mjs';

/** The renderer bundle's source map, to name minified functions by their source. */
function rendererSourceMap() {
  const assets = join(repoRoot, 'dist', 'renderer', 'assets');
  const file = readdirSync(assets).find((name) => name.endsWith('.js.map'));
  return file ? { bundle: file.replace(/\.map$/, ''), map: new SourceMap(JSON.parse(readFileSync(join(assets, file), 'utf8'))) } : null;
}

/** "function source:line" for a profile frame, from the source map when the frame is in the bundle. */
function frameName(frame, sourceMap) {
  const fallback = `${frame.functionName || '(anonymous)'} ${frame.url.split('/').pop()}:${frame.lineNumber}`;
  if (!sourceMap || !frame.url.endsWith(sourceMap.bundle)) return fallback;
  const entry = sourceMap.map.findEntry(frame.lineNumber, frame.columnNumber);
  if (!entry?.originalSource) return fallback;
  const source = entry.originalSource.replace(/^.*node_modules\//, '').replace(/^(\.\.\/)+/, '');
  return `${entry.name ?? frame.functionName ?? '(anonymous)'} ${source}:${entry.originalLine + 1}`;
}

const sentence = 'Styrelsen diskuterade förslaget om ny belysning på gården och konstaterade att kostnaden ryms i budgeten. ';
/** The 300 keys typed: the sentence over and over. */
const typed = sentence.repeat(Math.ceil(300 / sentence.length)).slice(0, 300);

const dataDir = mkdtempSync(join(tmpdir(), 'paragraf-profile-'));
const preview = await startPreview(dataDir);
const server = await chromium.launchServer({ executablePath: '/usr/bin/chromium', headless: true, args: chromiumArgs });
try {
  const { meetingId } = await createLongMeeting(preview, { title: 'Profil' });
  const browser = await chromium.connect(server.wsEndpoint());
  const page = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
  // React announces every commit to a devtools hook, if one is there before it loads.
  await page.addInitScript(() => {
    window.benchReactCommits = 0;
    window.__REACT_DEVTOOLS_GLOBAL_HOOK__ = {
      supportsFiber: true,
      renderers: new Map(),
      isDisabled: false,
      inject: () => 1,
      checkDCE: () => undefined,
      onScheduleFiberRoot: () => undefined,
      onCommitFiberRoot: () => (window.benchReactCommits += 1),
      onCommitFiberUnmount: () => undefined,
      onPostCommitFiberRoot: () => undefined,
    };
  });
  await page.goto(preview.url);
  await page.goto(`${preview.origin}/#/meeting/${meetingId}`);
  await page.locator('.ProseMirror[contenteditable="true"] section.agenda-item').nth(150).waitFor();
  const paragraph = page.locator('.ProseMirror section.agenda-item').nth(99).locator(':scope > p').last();
  await paragraph.scrollIntoViewIfNeeded();
  await paragraph.click();
  await page.keyboard.press('End');
  const cdp = await page.context().newCDPSession(page);
  if (process.env.ALLOCATIONS) {
    // Where the typing allocates: V8's sampling heap profiler over the same keys.
    await cdp.send('HeapProfiler.enable');
    await cdp.send('HeapProfiler.startSampling', { samplingInterval: 4096, includeObjectsCollectedByMajorGC: true, includeObjectsCollectedByMinorGC: true });
    await typeHumanly(cdp, typed, seededRandom(3));
    const { profile } = await cdp.send('HeapProfiler.stopSampling');
    const sourceMap = rendererSourceMap();
    const bytes = new Map();
    const walk = (node, stack) => {
      const name = frameName({ ...node.callFrame }, sourceMap);
      const here = [...stack, name];
      const self = node.selfSize;
      if (self > 0) {
        // Attribute to the innermost frame from our code or the editor libraries, else the innermost.
        const owner = [...here].reverse().find((entry) => / (renderer|shared|@tiptap|prosemirror-[a-z]+)\//.test(entry)) ?? name;
        bytes.set(owner, (bytes.get(owner) ?? 0) + self);
      }
      for (const child of node.children ?? []) walk(child, here);
    };
    walk(profile.head, []);
    const total = [...bytes.values()].reduce((sum, value) => sum + value, 0);
    console.log(`allocated while typing: ${(total / 1024).toFixed(0)} KB over 300 keys (${(total / 300 / 1024).toFixed(1)} KB/key)`);
    for (const [name, size] of [...bytes.entries()].sort((a, b) => b[1] - a[1]).slice(0, 25)) console.log(`${(size / 1024).toFixed(0).padStart(7)} KB  ${name}`);
  }
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  await cdp.send('Profiler.start');
  const commitsBefore = await page.evaluate(() => window.benchReactCommits);
  await typeHumanly(cdp, typed, seededRandom(3));
  const { profile } = await cdp.send('Profiler.stop');
  const commits = (await page.evaluate(() => window.benchReactCommits)) - commitsBefore;
  const sourceMap = rendererSourceMap();
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const self = new Map();
  const deltas = profile.timeDeltas;
  profile.samples.forEach((id, index) => {
    const node = byId.get(id);
    const key = frameName(node.callFrame, sourceMap);
    self.set(key, (self.get(key) ?? 0) + (deltas[index] ?? 0) / 1000);
  });
  const total = [...self.entries()].filter(([key]) => !key.startsWith('(idle)') && !key.startsWith('(program)')).reduce((sum, [, ms]) => sum + ms, 0);
  console.log(`busy ${total.toFixed(0)} ms over 300 keys (${(total / 300).toFixed(2)} ms/key); React commits while typing: ${commits}`);
  for (const [key, ms] of [...self.entries()].sort((a, b) => b[1] - a[1]).slice(0, 35)) console.log(`${ms.toFixed(1).padStart(8)} ms  ${key}`);
  // Inclusive time: a sample counts once for every distinct function on its stack.
  const parent = new Map();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const inclusive = new Map();
  profile.samples.forEach((id, index) => {
    const seen = new Set();
    for (let current = id; current !== undefined; current = parent.get(current)) {
      const key = frameName(byId.get(current).callFrame, sourceMap);
      if (seen.has(key)) continue;
      seen.add(key);
      inclusive.set(key, (inclusive.get(key) ?? 0) + (deltas[index] ?? 0) / 1000);
    }
  });
  if (process.env.SPIKES) {
    // The input handler's long runs: consecutive samples under prosemirror-view's DOM observer flush.
    const runs = [];
    let current = null;
    let time = profile.startTime;
    profile.samples.forEach((id, index) => {
      time += deltas[index] ?? 0;
      const stack = [];
      for (let node = id; node !== undefined; node = parent.get(node)) stack.push(frameName(byId.get(node).callFrame, sourceMap));
      const inFlush = stack.some((name) => name.startsWith('flush prosemirror-view'));
      if (inFlush) {
        if (!current || time - current.end > 1000) runs.push((current = { start: time, end: time, stacks: [] }));
        current.end = time;
        current.stacks.push(stack);
      }
    });
    const long = runs.filter((run) => run.end - run.start > 4000);
    console.log(`\nflush runs: ${runs.length}, over 4 ms: ${long.length}`);
    const spikeInclusive = new Map();
    for (const run of long) for (const stack of run.stacks) for (const name of new Set(stack)) spikeInclusive.set(name, (spikeInclusive.get(name) ?? 0) + 1);
    const samplesInLong = long.reduce((sum, run) => sum + run.stacks.length, 0);
    for (const [name, count] of [...spikeInclusive.entries()].sort((a, b) => b[1] - a[1]).slice(0, 60)) console.log(`${((100 * count) / samplesInLong).toFixed(0).padStart(5)}%  ${name}`);
  }
  console.log('\ninclusive time, renderer code and the editor libraries:');
  const ours = [...inclusive.entries()].filter(([key]) => / (renderer|shared|@tiptap|prosemirror-[a-z]+)\//.test(key));
  for (const [key, ms] of ours.sort((a, b) => b[1] - a[1]).slice(0, 45)) console.log(`${ms.toFixed(1).padStart(8)} ms  ${key}`);
} finally {
  await server.close();
  await preview.stop();
  rmSync(dataDir, { recursive: true, force: true });
}
