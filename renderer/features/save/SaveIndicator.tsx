import { useLayoutEffect, useRef } from 'react';
import type { MessageKey } from '../../../shared/i18n/sv';
import { useI18n } from '../../app/i18n';
import { errorText } from '../../app/errorText';
import type { SaveState } from './Autosaver';
import type { SaveStateStore } from './SaveStateStore';

/** What the indicator shows for a state: its text, and whether it is a polite status or an alert. */
export function saveStateText(state: SaveState, t: (key: MessageKey, values?: Record<string, string>) => string, language: string): { text: string; alert: boolean } {
  if (state.kind === 'failed') {
    return { text: t(state.retrying ? 'save.failed' : 'save.failedFatal', { reason: errorText(t, state.error) }), alert: true };
  }
  if (state.kind === 'saved' && state.at) {
    const time = new Date(state.at).toLocaleTimeString(language === 'sv' ? 'sv-SE' : 'en-GB', { hour: '2-digit', minute: '2-digit', second: '2-digit' });
    return { text: t('save.savedAt', { time }), alert: false };
  }
  return { text: t(state.kind === 'saved' ? 'save.saved' : 'save.saving'), alert: false };
}

/**
 * "Sparat", "Sparar …" or what went wrong, announced politely to screen readers (an alert when a
 * save failed). It draws itself rather than through React: the state changes twice a second while
 * the secretary types, and every React commit while the minutes have the focus makes React measure
 * the selection across the whole minutes (to restore it), which in a 200-§ meeting costs a keystroke
 * about 5 ms.
 */
export function SaveIndicator({ store }: { store: SaveStateStore }) {
  const { t, language } = useI18n();
  const element = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    const draw = () => {
      const target = element.current;
      if (!target) return;
      const state = store.get();
      const { text, alert } = saveStateText(state, t, language);
      target.className = `save-state ${state.kind}`;
      target.dataset.state = state.kind;
      target.setAttribute('role', alert ? 'alert' : 'status');
      if (alert) target.removeAttribute('aria-live');
      else target.setAttribute('aria-live', 'polite');
      if (target.textContent !== text) target.textContent = text;
    };
    draw();
    return store.subscribe(draw);
  }, [store, t, language]);
  return <div ref={element} className="save-state" />;
}
