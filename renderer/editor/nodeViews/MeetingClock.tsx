import type { Editor } from '@tiptap/core';
import { useI18n } from '../../app/i18n';
import { minutesCommandList, runCommand } from '../commands/commandList';
import { useEditable } from '../useEditable';

function runById(editor: Editor, id: string): void {
  const command = minutesCommandList.find((candidate) => candidate.id === id);
  if (command) runCommand(editor, command);
}

/**
 * The meeting clock: "Öppna mötet" records the time the chair opened the meeting, "Avsluta mötet"
 * the time it closed; both write the header's times, which stay editable for corrections.
 */
export function MeetingClock(props: { editor: Editor; startTime: string; endTime: string; date: string; today: string }) {
  const { t } = useI18n();
  const editable = useEditable(props.editor);
  if (props.startTime === '' || (props.date !== '' && props.date > props.today)) {
    return (
      <span className="meeting-clock">
        {props.startTime !== '' && <span className="clock-state">{t('clock.planned', { time: props.startTime })}</span>}
        <button type="button" className="primary" disabled={!editable} onClick={() => runById(props.editor, 'openMeeting')}>
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
        <button type="button" disabled={!editable} onClick={() => runById(props.editor, 'closeMeeting')}>
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
