import { readFileSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';

/** The machine's CPU time so far, from /proc/stat: all of it and the idle part, in ticks. */
function cpuTicks() {
  const fields = readFileSync('/proc/stat', 'utf8').split('\n', 1)[0].trim().split(/\s+/).slice(1).map(Number);
  const idle = fields[3] + (fields[4] ?? 0);
  return { total: fields.reduce((sum, value) => sum + value, 0), idle };
}

/**
 * Waits until the machine is idle: two windows of `windowMs` in a row in which at least `idleShare`
 * of all cores' time was idle, or `maxMs` at most. A browser that has just started keeps working
 * (its own services, the GPU process) for about a second after its first page, on the same two
 * cores the page runs on; measuring Paragraf's open in that second measures the browser's start.
 * Resolves to the milliseconds waited.
 */
export async function waitUntilIdle({ windowMs = 250, idleShare = 0.85, maxMs = 10_000 } = {}) {
  const started = performance.now();
  let quietWindows = 0;
  while (performance.now() - started < maxMs) {
    const before = cpuTicks();
    await sleep(windowMs);
    const after = cpuTicks();
    const total = after.total - before.total;
    const share = total > 0 ? (after.idle - before.idle) / total : 1;
    quietWindows = share >= idleShare ? quietWindows + 1 : 0;
    if (quietWindows >= 2) break;
  }
  return Math.round(performance.now() - started);
}
