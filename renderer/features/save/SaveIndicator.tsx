import { useI18n } from '../../app/i18n';
import { errorText } from '../../app/errorText';
import type { SaveState } from './Autosaver';

/** "Sparat", "Sparar …" or what went wrong, announced politely to screen readers. */
export function SaveIndicator({ state }: { state: SaveState }) {
  const { t, language } = useI18n();
  if (state.kind === 'failed') {
    const reason = errorText(t, state.error);
    return (
      <div className="save-state failed" role="alert" data-state="failed">
        {t(state.retrying ? 'save.failed' : 'save.failedFatal', { reason })}
      </div>
    );
  }
  let text = t('save.saving');
  if (state.kind === 'saved') {
    const time = state.at
      ? new Date(state.at).toLocaleTimeString(language === 'sv' ? 'sv-SE' : 'en-GB', { hour: '2-digit', minute: '2-digit', second: '2-digit' })
      : null;
    text = time ? t('save.savedAt', { time }) : t('save.saved');
  }
  return (
    <div className={`save-state ${state.kind}`} role="status" aria-live="polite" data-state={state.kind}>
      {text}
    </div>
  );
}
