import type { Editor } from '@tiptap/core';
import { useEffect, useRef, useState } from 'react';
import type { OpenedMeeting } from '../../../shared/contract/models';
import { useApi } from '../../app/apiContext';
import { errorText } from '../../app/errorText';
import { useI18n } from '../../app/i18n';
import { createDocumentSerializer } from '../../editor/documentJson';
import { MinutesEditor } from '../../editor/MinutesEditor';
import { Autosaver, type SaveState } from '../save/Autosaver';
import { SaveIndicator } from '../save/SaveIndicator';
import { SaveAsTemplate } from '../templates/SaveAsTemplate';

/** How often the minutes reach the store while the secretary types. */
export const autosaveIntervalMs = 500;

/** One meeting open for minute-taking, saved as it is typed. */
export function MeetingScreen({ meetingId, onBack }: { meetingId: string; onBack: () => void }) {
  const api = useApi();
  const { t } = useI18n();
  const [opened, setOpened] = useState<OpenedMeeting | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [saveState, setSaveState] = useState<SaveState>({ kind: 'saved', at: null });
  const editorRef = useRef<Editor | null>(null);
  const autosaverRef = useRef<Autosaver | null>(null);

  useEffect(() => {
    let cancelled = false;
    const serialize = createDocumentSerializer();
    api.meetings.open({ id: meetingId }).then(
      (meeting) => {
        if (cancelled) return;
        autosaverRef.current = new Autosaver({
          initialVersion: meeting.version,
          intervalMs: autosaveIntervalMs,
          getDocument: () => serialize(editorRef.current!.state.doc),
          save: (document, baseVersion) => api.minutes.save({ meetingId, baseVersion, document: document as never }),
          onState: setSaveState,
        });
        setOpened(meeting);
      },
      (error: unknown) => !cancelled && setLoadError(errorText(t, error)),
    );
    const flush = () => void autosaverRef.current?.flush();
    const onVisibility = () => document.visibilityState === 'hidden' && flush();
    window.addEventListener('pagehide', flush);
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      cancelled = true;
      window.removeEventListener('pagehide', flush);
      document.removeEventListener('visibilitychange', onVisibility);
      const autosaver = autosaverRef.current;
      if (autosaver) void autosaver.flush().finally(() => autosaver.dispose());
    };
    // t changes with the language; reopening the meeting for that is not wanted
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [api, meetingId]);

  if (loadError) {
    return (
      <section className="meeting-screen">
        <button type="button" className="link" onClick={onBack}>
          {t('editor.back')}
        </button>
        <p role="alert" className="error">{loadError}</p>
      </section>
    );
  }
  if (!opened) return <p className="loading">{t('editor.loading')}</p>;
  return (
    <section className="meeting-screen" data-meeting-id={opened.meeting.id}>
      <div className="meeting-bar">
        <button type="button" className="link" onClick={onBack}>
          {t('editor.back')}
        </button>
        <span className="meeting-body">{opened.meeting.bodyName}</span>
        <SaveAsTemplate
          meetingId={opened.meeting.id}
          defaultName={opened.meeting.title}
          beforeSave={() => autosaverRef.current?.flush() ?? Promise.resolve()}
        />
        <SaveIndicator state={saveState} />
      </div>
      <MinutesEditor
        document={opened.document}
        firstParagraphNumber={opened.firstParagraphNumber}
        decisionLead={`${opened.meeting.bodyName} beslutar`}
        label={opened.meeting.title}
        onReady={(editor) => {
          editorRef.current = editor;
        }}
        onChange={() => autosaverRef.current?.markDirty()}
        onBlur={() => void autosaverRef.current?.flush()}
      />
      <p className="shortcuts-hint">{t('editor.shortcuts')}</p>
    </section>
  );
}
