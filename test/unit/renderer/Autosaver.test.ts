import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ParagrafError } from '../../../shared/contract/errors';
import type { SavedMinutes } from '../../../shared/contract/models';
import { Autosaver, type Rebase, type SaveState } from '../../../renderer/features/save/Autosaver';

interface Call {
  document: unknown;
  baseVersion: number;
  lastSaved: unknown;
  resolve: (saved: SavedMinutes) => void;
  reject: (error: unknown) => void;
}

function setup(resolveConflict?: () => Promise<Rebase | null>) {
  const calls: Call[] = [];
  const states: SaveState[] = [];
  let text = '';
  const saver = new Autosaver({
    initialVersion: 1,
    intervalMs: 500,
    getDocument: () => text,
    save: (document, baseVersion, lastSaved) =>
      new Promise<SavedMinutes>((resolve, reject) => calls.push({ document, baseVersion, lastSaved, resolve, reject })),
    onState: (state) => states.push(state),
    now: () => Date.now(),
    resolveConflict,
  });
  return { saver, calls, states, type: (more: string) => { text += more; saver.markDirty(); } };
}

beforeEach(() => {
  vi.useFakeTimers();
  vi.setSystemTime(new Date('2026-11-23T10:00:00Z'));
});
afterEach(() => vi.useRealTimers());

describe('Autosaver', () => {
  it('saves the first change at once and then at most every interval while typing goes on', async () => {
    const { calls, type } = setup();
    type('a');
    await vi.advanceTimersByTimeAsync(0);
    expect(calls).toHaveLength(1);
    calls[0]!.resolve({ version: 2, savedAt: 'x' });
    for (let ms = 0; ms < 2000; ms += 50) {
      type('b');
      await vi.advanceTimersByTimeAsync(50);
      calls.at(-1)!.resolve({ version: calls.length + 1, savedAt: 'x' });
    }
    // Continuous typing for two seconds: a save every 500 ms, never waiting for a pause.
    expect(calls.length).toBeGreaterThanOrEqual(4);
    expect(calls.length).toBeLessThanOrEqual(6);
    expect(calls.map((call) => call.baseVersion)).toEqual(calls.map((_call, index) => index + 1));
  });

  it('never runs two saves at once, and saves what was typed during a slow one', async () => {
    const { calls, type } = setup();
    type('a');
    await vi.advanceTimersByTimeAsync(0);
    type('b');
    await vi.advanceTimersByTimeAsync(2000);
    expect(calls).toHaveLength(1);
    calls[0]!.resolve({ version: 2, savedAt: 'x' });
    await vi.advanceTimersByTimeAsync(0);
    expect(calls).toHaveLength(2);
    expect(calls[1]).toMatchObject({ document: 'ab', baseVersion: 2 });
  });

  it('keeps the change after a failed save, says so, and tries again', async () => {
    const { calls, states, type, saver } = setup();
    type('a');
    await vi.advanceTimersByTimeAsync(0);
    calls[0]!.reject(new ParagrafError('UNREACHABLE', 'down'));
    await vi.advanceTimersByTimeAsync(0);
    expect(states.at(-1)).toMatchObject({ kind: 'failed', retrying: true });
    expect(saver.hasUnsavedChanges).toBe(true);
    await vi.advanceTimersByTimeAsync(600);
    expect(calls).toHaveLength(2);
    expect(calls[1]).toMatchObject({ document: 'a', baseVersion: 1 });
    calls[1]!.resolve({ version: 2, savedAt: '2026-11-23T10:00:01Z' });
    await vi.advanceTimersByTimeAsync(0);
    expect(states.at(-1)).toEqual({ kind: 'saved', at: '2026-11-23T10:00:01Z' });
    expect(saver.hasUnsavedChanges).toBe(false);
  });

  it('stops retrying on a conflict, which only the user can resolve', async () => {
    const { calls, states, type } = setup();
    type('a');
    await vi.advanceTimersByTimeAsync(0);
    calls[0]!.reject(new ParagrafError('REVISION_CONFLICT', 'newer'));
    await vi.advanceTimersByTimeAsync(10_000);
    type('b');
    await vi.advanceTimersByTimeAsync(10_000);
    expect(calls).toHaveLength(1);
    expect(states.at(-1)).toMatchObject({ kind: 'failed', retrying: false });
  });

  it('after another window saved, takes its version in and saves on top of it, with no failure shown', async () => {
    const resolveConflict = vi.fn(async (): Promise<Rebase | null> => ({ version: 5, baseline: 'the other window’s' }));
    const { calls, states, type } = setup(resolveConflict);
    type('a');
    await vi.advanceTimersByTimeAsync(0);
    calls[0]!.reject(new ParagrafError('REVISION_CONFLICT', 'newer'));
    await vi.advanceTimersByTimeAsync(600);
    expect(resolveConflict).toHaveBeenCalledTimes(1);
    expect(calls).toHaveLength(2);
    expect(calls[1]).toMatchObject({ document: 'a', baseVersion: 5, lastSaved: 'the other window’s' });
    calls[1]!.resolve({ version: 6, savedAt: 'x' });
    await vi.advanceTimersByTimeAsync(0);
    expect(states.some((state) => state.kind === 'failed')).toBe(false);
    expect(states.at(-1)).toEqual({ kind: 'saved', at: 'x' });
  });

  it('leaves a conflict that needs a choice to the user, and saves on top once it is made', async () => {
    const { calls, states, type, saver } = setup(async () => null);
    type('a');
    await vi.advanceTimersByTimeAsync(0);
    calls[0]!.reject(new ParagrafError('REVISION_CONFLICT', 'newer'));
    await vi.advanceTimersByTimeAsync(0);
    expect(states.at(-1)).toMatchObject({ kind: 'failed', retrying: false, error: { code: 'REVISION_CONFLICT' } });
    type('b');
    await vi.advanceTimersByTimeAsync(10_000);
    expect(calls).toHaveLength(1);
    saver.rebase({ version: 7, baseline: 'chosen' });
    await vi.advanceTimersByTimeAsync(0);
    expect(calls).toHaveLength(2);
    expect(calls[1]).toMatchObject({ document: 'ab', baseVersion: 7, lastSaved: 'chosen' });
    expect(states.at(-1)).toEqual({ kind: 'saving' });
  });

  it('tries again when the other window’s version could not be read', async () => {
    let reachable = false;
    const { calls, states, type } = setup(async () => {
      if (!reachable) throw new ParagrafError('UNREACHABLE', 'down');
      return { version: 3, baseline: 'stored' };
    });
    type('a');
    await vi.advanceTimersByTimeAsync(0);
    calls[0]!.reject(new ParagrafError('REVISION_CONFLICT', 'newer'));
    await vi.advanceTimersByTimeAsync(0);
    expect(states.at(-1)).toMatchObject({ kind: 'failed', retrying: true, error: { code: 'UNREACHABLE' } });
    reachable = true;
    await vi.advanceTimersByTimeAsync(600);
    expect(calls).toHaveLength(2);
    calls[1]!.reject(new ParagrafError('REVISION_CONFLICT', 'newer'));
    await vi.advanceTimersByTimeAsync(600);
    expect(calls).toHaveLength(3);
    expect(calls[2]).toMatchObject({ baseVersion: 3, lastSaved: 'stored' });
  });

  it('flush stores pending text at once, without waiting for the interval', async () => {
    const { calls, type, saver } = setup();
    type('a');
    await vi.advanceTimersByTimeAsync(0);
    calls[0]!.resolve({ version: 2, savedAt: 'x' });
    await vi.advanceTimersByTimeAsync(0);
    type('b');
    const flushed = saver.flush();
    await vi.advanceTimersByTimeAsync(0);
    expect(calls).toHaveLength(2);
    calls[1]!.resolve({ version: 3, savedAt: 'y' });
    await flushed;
    expect(saver.currentVersion).toBe(3);
  });
});

describe('Autosaver without a real change', () => {
  it('does not save a document identical to the one loaded or last saved', async () => {
    vi.useFakeTimers();
    const calls: unknown[] = [];
    const loaded = { text: 'as loaded' };
    let current: unknown = loaded;
    const saver = new Autosaver({
      initialVersion: 1,
      intervalMs: 500,
      getDocument: () => current,
      save: async (document) => {
        calls.push(document);
        return { version: calls.length + 1, savedAt: 'x' };
      },
      onState: () => undefined,
      now: () => Date.now(),
    });
    saver.acceptBaseline(loaded);
    saver.markDirty();
    await vi.advanceTimersByTimeAsync(1000);
    expect(calls).toEqual([]);
    current = { text: 'typed' };
    saver.markDirty();
    await vi.advanceTimersByTimeAsync(1000);
    expect(calls).toEqual([{ text: 'typed' }]);
    vi.useRealTimers();
  });
});
