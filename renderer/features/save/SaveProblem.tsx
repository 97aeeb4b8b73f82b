import { useSyncExternalStore } from 'react';
import { useI18n } from '../../app/i18n';
import type { SaveState } from './Autosaver';
import type { SaveStateStore } from './SaveStateStore';
import { saveStateText } from './SaveIndicator';

type Failed = Extract<SaveState, { kind: 'failed' }>;

/** The parts two windows both changed, named for the user, and the two ways out. */
export interface SaveConflict {
  parts: string;
  /** Why the last choice could not be carried out, if it could not. */
  error: string | null;
  keepMine: () => void;
  takeOther: () => void;
}

/**
 * What went wrong with saving, at the foot of the window while the secretary types anywhere in the
 * minutes (the save indicator at the top scrolls away), with what can be done about it: try again
 * now, choose between two windows' text, or reload. Drawn only when a save fails or recovers, never
 * while saves succeed.
 */
export function SaveProblem({ store, conflict, onRetry, onReload }: { store: SaveStateStore; conflict: SaveConflict | null; onRetry: () => void; onReload: () => void }) {
  const { t, language } = useI18n();
  const failed = useSyncExternalStore(store.subscribe, () => failedState(store.get()));
  if (conflict) {
    return (
      <div className="editor-notice error save-problem" role="alert">
        <p>
          {t('save.conflict', { parts: conflict.parts })}
          {conflict.error && ` ${t('save.choiceFailed', { reason: conflict.error })}`}
        </p>
        <div className="actions">
          <button type="button" onClick={conflict.keepMine}>
            {t('save.keepMine')}
          </button>
          <button type="button" onClick={conflict.takeOther}>
            {t('save.takeOther')}
          </button>
        </div>
      </div>
    );
  }
  if (!failed) return null;
  return (
    <div className="editor-notice error save-problem" role="alert">
      <p>{saveStateText(failed, t, language)}</p>
      <div className="actions">
        <button type="button" onClick={failed.retrying ? onRetry : onReload}>
          {t(failed.retrying ? 'save.retryNow' : 'error.reload')}
        </button>
      </div>
    </div>
  );
}

/** The failed state itself (the same object while it lasts), or null: saving and saved draw nothing here. */
function failedState(state: SaveState): Failed | null {
  return state.kind === 'failed' ? state : null;
}
