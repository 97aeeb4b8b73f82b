import type { Editor } from '@tiptap/core';
import { useState, type ChangeEvent, type FormEvent, type RefObject } from 'react';
import type { AuditEntry, ApproverRole, JusteringStatus } from '../../../shared/contract/justering';
import { todayIso } from '../../../shared/domain/dates';
import { useApi } from '../../app/apiContext';
import { errorText } from '../../app/errorText';
import { readFileText, saveFile } from '../../app/fileTransfer';
import { useI18n } from '../../app/i18n';
import { formatTime } from './formatTime';
import { ApproverRoleSelect } from './ApproverRoleSelect';
import { CommentBody } from './CommentBody';
import { CertificateChoice, type CertificateSelection } from './CertificateChoice';
import { RevisionCompare } from './RevisionCompare';
import { base64ToBytes } from '../../app/fileTransfer';
import { useJustering } from './useJustering';
import { FormMessage } from '../../app/FormMessage';
import type { MinutesDocument } from '../../../shared/document/types';
import { paragraphLabel } from './paragraphLabel';
import { useJusteringItems } from './useJusteringItems';

/**
 * The justering of one meeting: send for review, the review and answer files, who must approve,
 * comments and suggestions on each §, new revisions, the anslag, history and audit trail.
 * `onMinutesChanged` reopens the minutes after anything that changed their state or text.
 */
export function JusteringPanel({
  meetingId,
  municipal,
  minutes,
  flush,
  onMinutesChanged,
}: {
  meetingId: string;
  municipal: boolean;
  /** The minutes on screen (and as stored when opened): the § the panel names, numbered from the first. */
  minutes: { editorRef: RefObject<Editor | null>; stored: MinutesDocument; firstParagraphNumber: number };
  flush: () => Promise<void>;
  onMinutesChanged: () => void;
}) {
  const api = useApi();
  const { t, language } = useI18n();
  const { status, message, setMessage, run, reload } = useJustering(meetingId);
  const items = useJusteringItems(minutes.editorRef, minutes.stored);
  const [reason, setReason] = useState('');
  const [askReason, setAskReason] = useState(false);
  const [approver, setApprover] = useState('');
  const [role, setRole] = useState<ApproverRole>('ordförande');
  const [postedOn, setPostedOn] = useState(todayIso());
  const [audit, setAudit] = useState<AuditEntry[] | null>(null);
  const [signWith, setSignWith] = useState<CertificateSelection | null>(null);

  if (!status) return null;
  const current = status.current;
  const frozen = status.state !== 'utkast';
  const numbered = new Map(items.map((item, index) => [item.id, { number: minutes.firstParagraphNumber + index, ...item }]));
  const itemLabel = (itemId: string) => {
    const item = numbered.get(itemId);
    return item ? paragraphLabel(t, item.number, item.title) : t('justering.removedParagraph');
  };
  // The § the meeting declared omedelbart justerade: each has its own extract.
  const immediateItems = items.filter((item) => item.immediate).map((item) => item.id);

  async function changeMinutes(action: () => Promise<JusteringStatus>, success?: string) {
    if (await run(action, success)) onMinutesChanged();
  }

  async function send() {
    await flush();
    await changeMinutes(() => api.justering.send({ meetingId }));
  }

  async function exportReview() {
    try {
      const file = await api.justering.exportReviewFile({ meetingId, ...(signWith ? { signature: signWith } : {}) });
      saveFile(file.fileName, file.content, 'application/vnd.paragraf+json');
      reload();
    } catch (error) {
      setMessage({ error: true, text: errorText(t, error) });
    }
  }

  async function downloadExtract(itemId: string) {
    try {
      await flush();
      const file = await api.exports.meeting({ meetingId, format: 'pdf', document: 'utdrag', itemIds: [itemId] });
      saveFile(file.fileName, base64ToBytes(file.base64), file.mimeType);
    } catch (error) {
      setMessage({ error: true, text: errorText(t, error) });
    }
  }

  async function downloadSignedPdf() {
    try {
      const file = await api.justering.signedPdf({ meetingId });
      saveFile(file.fileName, base64ToBytes(file.base64), file.mimeType);
    } catch (error) {
      setMessage({ error: true, text: errorText(t, error) });
    }
  }

  async function importAnswer(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    try {
      const result = await api.justering.importAnswer({ content: await readFileText(file) });
      const approval = t(result.approval === 'recorded' ? 'justering.approvalRecorded' : result.approval === 'older-revision' ? 'justering.approvalOlder' : 'justering.approvalNone');
      const kept = result.signedPdf ? t('justering.pdfKept') : '';
      setMessage({ error: false, text: t('justering.answerImported', { from: result.from, comments: String(result.commentsAdded), approval }) + kept });
      reload();
      onMinutesChanged();
    } catch (error) {
      setMessage({ error: true, text: errorText(t, error) });
    }
  }

  function startRevision(event: FormEvent) {
    event.preventDefault();
    void changeMinutes(() => api.justering.newRevision({ meetingId, reason })).then(() => {
      setAskReason(false);
      setReason('');
    });
  }

  return (
    <aside className="justering" aria-label={t('justering.heading')}>
      <h2>
        {t('justering.heading')} <span className={`state-badge ${status.state}`}>{t(`state.${status.state}`)}</span>
        {status.late && <span className="late-badge">{t('justering.late')}</span>}
      </h2>
      <ul className="deadlines">
        {status.state !== 'justerat' && status.state !== 'anslaget' && <li>{t('justering.deadline', { date: status.deadlines.adjustBy })}</li>}
        {status.adjustedOn && <li>{t('justering.adjustedOn', { date: status.adjustedOn })}</li>}
        {status.deadlines.postBy && status.state === 'justerat' && <li>{t('justering.postBy', { date: status.deadlines.postBy })}</li>}
        {status.deadlines.takeDownOn && <li>{t('justering.takeDown', { date: status.deadlines.takeDownOn })}</li>}
      </ul>

      {immediateItems.length > 0 && (
        <div className="immediate-items">
          <h3>{t('justering.immediate')}</h3>
          <ul>
            {immediateItems.map((itemId) => (
              <li key={itemId}>
                {itemLabel(itemId)}{' '}
                <button type="button" onClick={() => void downloadExtract(itemId)}>
                  {t('justering.extract')}
                </button>
              </li>
            ))}
          </ul>
        </div>
      )}

      {!frozen && (
        <div className="justering-step">
          {status.pendingReason && <p className="notice-inline">{t('justering.pendingReason', { reason: status.pendingReason })}</p>}
          <p className="muted">{t('justering.sendHint')}</p>
          <button type="button" className="primary" onClick={() => void send()}>
            {t('justering.send')}
          </button>
        </div>
      )}

      {frozen && current && (
        <div className="justering-step">
          <p className="notice-inline">{t('justering.locked', { number: String(current.number) })}</p>
          <h3>{t('justering.required', { number: String(current.number) })}</h3>
          <ul className="required">
            {status.required.map((entry) => (
              <li key={`${entry.role}-${entry.name}`} className={entry.approved ? 'approved' : 'waiting'}>
                {t(`approverRole.${entry.role}`)}: {entry.name || t('justering.anyone')} –{' '}
                <strong>{entry.approved ? t('justering.done') : t('justering.waiting')}</strong>
              </li>
            ))}
          </ul>
          <CertificateChoice value={signWith} onChange={setSignWith} />
          <div className="actions">
            <button type="button" onClick={() => void exportReview()}>
              {t('justering.exportReview')}
            </button>
            <label className="file-button">
              {t('justering.importAnswer')}
              <input type="file" accept=".paragraf,application/json" onChange={(event) => void importAnswer(event)} />
            </label>
            {status.pdfSignatures > 0 && (
              <button type="button" onClick={() => void downloadSignedPdf()}>
                {t('justering.signedPdf', { count: String(status.pdfSignatures) })}
              </button>
            )}
          </div>
          {status.state === 'till_justering' && (
            <form
              className="inline-form"
              onSubmit={(event) => {
                event.preventDefault();
                void changeMinutes(() =>
                  api.justering.approve({ meetingId, revisionHash: current.hash, personName: approver, role, ...(signWith ? { signature: signWith } : {}) }),
                );
              }}
            >
              <label>
                {t('justering.approver')}
                <input value={approver} onChange={(event) => setApprover(event.target.value)} maxLength={200} />
              </label>
              <ApproverRoleSelect label="justering.role" value={role} onChange={setRole} />
              <button type="submit" disabled={!approver.trim()}>
                {t('justering.approveHere')}
              </button>
            </form>
          )}
          {municipal && status.state === 'justerat' && (
            <form className="inline-form" onSubmit={(event) => { event.preventDefault(); void changeMinutes(() => api.justering.post({ meetingId, postedOn })); }}>
              <label>
                {t('justering.postedOn')}
                <input value={postedOn} onChange={(event) => setPostedOn(event.target.value.trim())} size={10} />
              </label>
              <button type="submit">{t('justering.post')}</button>
            </form>
          )}
          {askReason ? (
            <form className="new-revision" onSubmit={startRevision}>
              <p className="warning" role="alert">{t('justering.newRevisionWarning', { number: String(current.number) })}</p>
              <label>
                {t('justering.reason')}
                <input value={reason} onChange={(event) => setReason(event.target.value)} maxLength={1000} autoFocus />
              </label>
              <div className="actions">
                <button type="submit" className="danger" disabled={reason.trim().length < 3}>
                  {t('justering.startNewRevision')}
                </button>
                <button type="button" onClick={() => setAskReason(false)}>
                  {t('newMeeting.cancel')}
                </button>
              </div>
            </form>
          ) : (
            <button type="button" onClick={() => setAskReason(true)}>
              {t('justering.newRevision')}
            </button>
          )}
        </div>
      )}

      <FormMessage message={message} />

      <h3>{t('justering.comments')}</h3>
      {status.comments.length === 0 && <p className="muted">{t('justering.noComments')}</p>}
      <ul className="comments">
        {status.comments.map((comment) => (
          <li key={comment.id} className={`comment ${comment.status}`}>
            <div className="comment-head">
              <strong>{itemLabel(comment.itemId)}</strong> – {comment.author}, {formatTime(comment.createdAt, language)}
            </div>
            <CommentBody comment={comment} />
            {comment.status === 'open' ? (
              <div className="actions">
                {comment.suggestion !== null && (
                  <button type="button" onClick={() => void changeMinutes(() => api.justering.acceptSuggestion({ commentId: comment.id }))}>
                    {t('justering.accept')}
                  </button>
                )}
                <button type="button" onClick={() => void run(() => api.justering.rejectComment({ commentId: comment.id }))}>
                  {comment.suggestion !== null ? t('justering.reject') : t('justering.handled')}
                </button>
              </div>
            ) : (
              <span className="muted">{t(`justering.commentStatus.${comment.status}`)}</span>
            )}
          </li>
        ))}
      </ul>

      {status.approvals.length > 0 && (
        <>
          <h3>{t('justering.approvals')}</h3>
          <ul className="approvals">
            {status.approvals.map((approval) => (
              <li key={approval.id} className={approval.current ? 'current' : 'void'}>
                {t('justering.approvalLine', {
                  name: approval.personName,
                  role: t(`approverRole.${approval.role}`),
                  time: formatTime(approval.approvedAt, language),
                  number: String(approval.revisionNumber),
                })}{' '}
                {!approval.current && <em>{t('justering.approvalVoid')}</em>}
              </li>
            ))}
          </ul>
        </>
      )}

      {status.revisions.length > 0 && (
        <details className="history">
          <summary>{t('justering.history')}</summary>
          <ol>
            {status.revisions.map((revision) => (
              <li key={revision.id}>
                {t('justering.revisionLine', {
                  number: String(revision.number),
                  time: formatTime(revision.createdAt, language),
                  who: revision.createdBy,
                  reason: revision.reason,
                })}
              </li>
            ))}
          </ol>
          {status.revisions.length > 1 && <RevisionCompare meetingId={meetingId} revisions={status.revisions} />}
        </details>
      )}

      <details className="audit" onToggle={(event) => (event.target as HTMLDetailsElement).open && void api.justering.audit({ meetingId }).then(setAudit)}>
        <summary>{t('justering.audit')}</summary>
        {audit && (
          <ol>
            {audit.map((entry) => (
              <li key={entry.seq}>
                {formatTime(entry.at, language)} – {entry.actor}: {entry.action} <code>{entry.detail}</code>
              </li>
            ))}
          </ol>
        )}
      </details>
    </aside>
  );
}
