import type { Editor } from '@tiptap/core';
import { useEffect, useRef, useState } from 'react';
import type { OpenedMeeting } from '../../../shared/contract/models';
import { useApi } from '../../app/apiContext';
import { errorText } from '../../app/errorText';
import { useI18n } from '../../app/i18n';
import { guardLeaving } from '../../app/useRoute';
import type { Node as PmNode } from '@tiptap/pm/model';
import { documentParts, sameTopLevelNodes } from '../../editor/documentParts';
import { MinutesEditor } from '../../editor/MinutesEditor';
import { Autosaver } from '../save/Autosaver';
import { SaveIndicator } from '../save/SaveIndicator';
import { SaveProblem, type SaveConflict } from '../save/SaveProblem';
import { catchUp } from '../save/catchUp';
import { conflictPartsText } from '../save/conflictPartsText';
import { unsavedQuestion } from '../save/unsavedQuestion';
import { SaveStateStore } from '../save/SaveStateStore';
import { ExportPanel } from '../export/ExportPanel';
import { SaveAsTemplate } from '../templates/SaveAsTemplate';
import { JusteringPanel } from '../review/JusteringPanel';

/** How often the minutes reach the store while the secretary types. */
export const autosaveIntervalMs = 500;

/** One meeting open for minute-taking, saved as it is typed. */
export function MeetingScreen({ meetingId, onBack }: { meetingId: string; onBack: () => void }) {
  const api = useApi();
  const { t, language } = useI18n();
  // The language of the moment, for a question asked long after the meeting was opened.
  const i18n = useRef({ t, language });
  i18n.current = { t, language };
  const [opened, setOpened] = useState<OpenedMeeting | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [saveState] = useState(() => new SaveStateStore());
  const editorRef = useRef<Editor | null>(null);
  const autosaverRef = useRef<Autosaver | null>(null);
  // Bumped after a justering step changed the minutes' state or text: the meeting is reopened.
  const [reloadKey, setReloadKey] = useState(0);
  const [showJustering, setShowJustering] = useState(false);
  // Both this window and another changed the same part: which text stands is the user's choice.
  const [conflict, setConflict] = useState<SaveConflict | null>(null);

  useEffect(() => {
    let cancelled = false;
    setConflict(null);
    api.meetings.open({ id: meetingId }).then(
      (meeting) => {
        if (cancelled) return;
        autosaverRef.current = new Autosaver({
          initialVersion: meeting.version,
          intervalMs: autosaveIntervalMs,
          getDocument: () => editorRef.current!.state.doc,
          same: (a, b) => sameTopLevelNodes(a as PmNode, b as PmNode),
          save: (doc, baseVersion, lastSaved) =>
            api.minutes.save({ meetingId, baseVersion, parts: documentParts(doc as PmNode, lastSaved as PmNode) }),
          onState: saveState.set,
          resolveConflict: async () => {
            const editor = editorRef.current;
            const autosaver = autosaverRef.current;
            if (!editor || !autosaver) return null;
            const result = await catchUp(api, meetingId, editor, autosaver.baseline as PmNode);
            if (result.kind === 'rebased') return result.rebase;
            const { t: translate, language: current } = i18n.current;
            const question: SaveConflict = {
              parts: conflictPartsText(result.parts, editor.state.doc, meeting.firstParagraphNumber, translate, current),
              error: null,
              keepMine: () => choose('ours'),
              takeOther: () => choose('theirs'),
            };
            // The choice made: the other window's minutes are read again (they may have changed since)
            // and taken in; if that fails, the question stays, with why.
            const choose = (prefer: 'ours' | 'theirs') => {
              setConflict(null);
              catchUp(api, meetingId, editor, autosaver.baseline as PmNode, prefer).then(
                (chosen) => chosen.kind === 'rebased' && autosaver.rebase(chosen.rebase),
                (error: unknown) => setConflict({ ...question, error: errorText(i18n.current.t, error) }),
              );
            };
            setConflict(question);
            return null;
          },
        });
        saveState.set({ kind: 'saved', at: null });
        setOpened(meeting);
        if (meeting.meeting.state !== 'utkast') setShowJustering(true);
      },
      (error: unknown) => !cancelled && setLoadError(errorText(t, error)),
    );
    const flush = () => void autosaverRef.current?.flush();
    const onVisibility = () => document.visibilityState === 'hidden' && flush();
    // A browser tab closed while its text cannot be saved (a failing store, a question open about two
    // windows' text): the browser asks first. The desktop window stores the text as it closes and,
    // if that fails, main asks (the flush request's answer below).
    const unsaved = () => saveState.get().kind === 'failed' && !!autosaverRef.current?.hasUnsavedChanges;
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      if (window.paragrafShell || !unsaved()) return;
      event.preventDefault();
      event.returnValue = '';
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    // Leaving for another screen of the app asks the same, in words.
    const stopGuarding = guardLeaving(() => !unsaved() || window.confirm(i18n.current.t('save.leaveUnsaved')));
    window.addEventListener('pagehide', flush);
    document.addEventListener('visibilitychange', onVisibility);
    const stopFlushRequests = window.paragrafShell?.onFlushRequest(async () => {
      await autosaverRef.current?.flush();
      const state = saveState.get();
      return state.kind === 'failed' && unsaved() ? unsavedQuestion(i18n.current.t, state) : null;
    });
    return () => {
      cancelled = true;
      stopFlushRequests?.();
      stopGuarding();
      window.removeEventListener('beforeunload', onBeforeUnload);
      window.removeEventListener('pagehide', flush);
      document.removeEventListener('visibilitychange', onVisibility);
      const autosaver = autosaverRef.current;
      if (autosaver) void autosaver.flush().finally(() => autosaver.dispose());
    };
    // t changes with the language; reopening the meeting for that is not wanted
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [api, meetingId, reloadKey]);

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
  const editable = opened.meeting.state === 'utkast';
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
        <span className={`state-badge ${opened.meeting.state}`}>{t(`state.${opened.meeting.state}`)}</span>
        <button type="button" aria-expanded={showJustering} onClick={() => setShowJustering((value) => !value)}>
          {t('justering.heading')}
        </button>
        <ExportPanel meetingId={opened.meeting.id} beforeExport={() => autosaverRef.current?.flush() ?? Promise.resolve()} />
        <SaveIndicator store={saveState} />
      </div>
      <div className={showJustering ? 'meeting-layout with-panel' : 'meeting-layout'}>
      <div className="meeting-main">
      {!editable && <p className="locked-banner" role="note">{t('justering.lockedBanner')}</p>}
      <MinutesEditor
        key={`${opened.version}-${opened.meeting.state}`}
        document={opened.document}
        firstParagraphNumber={opened.firstParagraphNumber}
        decisionLead={`${opened.meeting.bodyName} beslutar`}
        label={opened.meeting.title}
        members={opened.members}
        quorumRule={opened.body.quorumRule}
        people={api.people}
        bodyName={opened.meeting.bodyName}
        onReady={(editor) => {
          editorRef.current = editor;
          editor.setEditable(editable);
          autosaverRef.current?.acceptBaseline(editor.state.doc);
        }}
        onChange={() => {
          // Frozen minutes are shown, not edited: nothing on screen may reach the store.
          if (editorRef.current?.isEditable) autosaverRef.current?.markDirty();
        }}
        onBlur={() => void autosaverRef.current?.flush()}
      />
      <p className="shortcuts-hint">{t('editor.shortcuts')}</p>
      <SaveProblem
        store={saveState}
        conflict={conflict}
        onRetry={() => void autosaverRef.current?.flush()}
        onReload={() => setReloadKey((key) => key + 1)}
      />
      </div>
      {showJustering && (
        <JusteringPanel
          meetingId={opened.meeting.id}
          municipal={opened.body.kind === 'nämnd'}
          minutes={{ editorRef, stored: opened.document, firstParagraphNumber: opened.firstParagraphNumber }}
          flush={() => autosaverRef.current?.flush() ?? Promise.resolve()}
          onMinutesChanged={() => setReloadKey((key) => key + 1)}
        />
      )}
      </div>
    </section>
  );
}
