import { useLayoutEffect, useRef } from 'react';
import type { MessageKey } from '../../../shared/i18n/sv';
import { useI18n } from '../../app/i18n';
import { errorText } from '../../app/errorText';
import type { SaveState } from './Autosaver';
import type { SaveStateStore } from './SaveStateStore';

/** One clock format per language, made once: a formatter costs more to make than to use. */
const timeFormats = new Map<string, Intl.DateTimeFormat>();
function timeFormat(language: string): Intl.DateTimeFormat {
  const locale = language === 'sv' ? 'sv-SE' : 'en-GB';
  let format = timeFormats.get(locale);
  if (!format) timeFormats.set(locale, (format = new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit', second: '2-digit' })));
  return format;
}

/** Runs `draw` once the browser is idle after the current frame (at most `ms` later), once however often asked. */
function drawWhenIdle(draw: () => void, ms: number): { request: () => void; cancel: () => void } {
  let pending: number | null = null;
  const idle = typeof window.requestIdleCallback === 'function';
  const run = () => {
    pending = null;
    draw();
  };
  return {
    request: () => {
      if (pending !== null) return;
      pending = idle ? window.requestIdleCallback(run, { timeout: ms }) : window.setTimeout(run, 0);
    },
    cancel: () => {
      if (pending === null) return;
      if (idle) window.cancelIdleCallback(pending);
      else window.clearTimeout(pending);
      pending = null;
    },
  };
}

/** A save state in words; a failure with its reason and whether Paragraf keeps trying. */
export function saveStateText(state: SaveState, t: (key: MessageKey, values?: Record<string, string>) => string, language: string): string {
  if (state.kind === 'failed') return t(state.retrying ? 'save.failed' : 'save.failedFatal', { reason: errorText(t, state.error) });
  if (state.kind === 'saved' && state.at) {
    const time = timeFormat(language).format(new Date(state.at));
    return t('save.savedAt', { time });
  }
  return t(state.kind === 'saved' ? 'save.saved' : 'save.saving');
}

/**
 * "Sparat", "Sparar …" or "Inte sparat", announced politely to screen readers, at most 100 ms after
 * the change. It draws itself rather than through React: the
 * state changes twice a second while the secretary types, and every React commit while the minutes
 * have the focus makes React measure the selection across the whole minutes (to restore it), which
 * in a 200-§ meeting costs a keystroke about 5 ms.
 */
export function SaveIndicator({ store }: { store: SaveStateStore }) {
  const { t, language } = useI18n();
  const element = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    const draw = () => {
      const target = element.current;
      if (!target) return;
      const state = store.get();
      // A failure is told in full, with what to do, by SaveProblem at the foot of the window.
      const text = state.kind === 'failed' ? t('save.notSaved') : saveStateText(state, t, language);
      target.className = `save-state ${state.kind}`;
      target.dataset.state = state.kind;
      if (target.textContent !== text) target.textContent = text;
    };
    draw();
    // A change is drawn after the frame it happened in: "Sparar …" then costs the keystroke that
    // started it nothing, and a state that changes again before then is drawn once.
    const later = drawWhenIdle(draw, 100);
    const unsubscribe = store.subscribe(later.request);
    return () => {
      unsubscribe();
      later.cancel();
    };
  }, [store, t, language]);
  return <div ref={element} className="save-state" role="status" aria-live="polite" />;
}
