import type { UnsavedQuestion } from '../../../shared/contract/shellChannels';
import type { MessageKey } from '../../../shared/i18n/sv';
import { errorText } from '../../app/errorText';
import type { SaveState } from './Autosaver';

/**
 * What the desktop app asks before it closes a window whose text could not be stored: why the save
 * failed, what closing would lose, and the two ways out. Main shows it in a native dialog.
 */
export function unsavedQuestion(
  t: (key: MessageKey, values?: Record<string, string>) => string,
  failed: Extract<SaveState, { kind: 'failed' }>,
): UnsavedQuestion {
  return {
    message: t('save.closeUnsaved'),
    detail: `${t('save.failedFatal', { reason: errorText(t, failed.error) })}\n\n${t('save.closeUnsavedDetail')}`,
    stay: t('save.stay'),
    leave: t('save.closeAnyway'),
  };
}
