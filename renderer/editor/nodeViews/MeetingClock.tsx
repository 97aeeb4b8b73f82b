import type { Editor } from '@tiptap/core';
import { useI18n } from '../../app/i18n';
import { minutesCommandList } from '../commands/commandList';

function runCommand(editor: Editor, id: string): void {
  minutesCommandList.find((command) => command.id === id)?.run(editor);
}

/**
 * The meeting clock: "Öppna mötet" records the time the chair opened the meeting, "Avsluta mötet"
 * the time it closed; both write the header's times, which stay editable for corrections.
 */
export function MeetingClock(props: { editor: Editor; startTime: string; endTime: string; date: string; today: string }) {
  const { t } = useI18n();
  const editable = props.editor.isEditable;
  if (props.startTime === '' || (props.date !== '' && props.date > props.today)) {
    return (
      <span className="meeting-clock">
        {props.startTime !== '' && <span className="clock-state">{t('clock.planned', { time: props.startTime })}</span>}
        <button type="button" className="primary" disabled={!editable} onClick={() => runCommand(props.editor, 'openMeeting')}>
          {t('command.openMeeting')}
        </button>
      </span>
    );
  }
  if (props.endTime === '') {
    return (
      <span className="meeting-clock running">
        <span className="clock-state" aria-live="polite">
          {t('clock.openedAt', { time: props.startTime })}
        </span>
        <button type="button" disabled={!editable} onClick={() => runCommand(props.editor, 'closeMeeting')}>
          {t('command.closeMeeting')}
        </button>
      </span>
    );
  }
  return (
    <span className="meeting-clock closed">
      <span className="clock-state" aria-live="polite">
        {t('clock.closed', { start: props.startTime, end: props.endTime })}
      </span>
    </span>
  );
}
