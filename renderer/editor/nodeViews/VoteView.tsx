import { NodeViewWrapper, type ReactNodeViewProps } from '@tiptap/react';
import type { Attendee } from '../../../shared/document/nodes/attendance';
import type { PersonRef } from '../../../shared/document/nodes/attributeSchemas';
import { voteMethods, type Ballot, type Motion, type VoteAttrs } from '../../../shared/document/nodes/vote';
import type { MessageKey } from '../../../shared/i18n/sv';
import { translate } from '../../../shared/i18n/translate';
import { useI18n } from '../../app/i18n';
import { meetingContext } from '../context/meetingContext';
import { itemIndexAt } from '../outline/meetingOutline';
import { useMeetingOutline } from '../outline/useMeetingOutline';
import { useEditable } from '../useEditable';
import { BallotTable } from './vote/BallotTable';
import { MotionList } from './vote/MotionList';
import { anonymousBallots, SecretCount } from './vote/SecretCount';
import { castBallot, decidingRoster, motionName, samePerson, tally, winnerOf } from './vote/voteTally';
import { editorUndoKeys } from '../fields/editorUndoKeys';
import { escapeToText } from '../fields/escapeToText';

const methodLabels: Record<VoteAttrs['method'], MessageKey> = { acklamation: 'vote.acclamation', votering: 'vote.rollCallVote', sluten: 'vote.secret' };

function plural(count: number, one: MessageKey, many: MessageKey, t: (key: MessageKey, values?: Record<string, string>) => string): string {
  return t(count === 1 ? one : many, { count: String(count) });
}

/**
 * Omröstning: yrkanden with their movers, the proposition order, acklamation or votering, the
 * roll call of the deciding members at this § with counts, the winning motion and the result text.
 */
export function VoteView({ node, editor, getPos, updateAttributes }: ReactNodeViewProps) {
  const { t, language } = useI18n();
  const outline = useMeetingOutline(editor);
  const editable = useEditable(editor);
  const undoKeys = editorUndoKeys(editor);
  const attrs = node.attrs as VoteAttrs;
  const pos = getPos();
  const index = pos === undefined ? -1 : itemIndexAt(editor, pos);
  const attendees = (outline.attendance?.attrs.attendees ?? []) as Attendee[];
  const roster = index === -1 ? [] : decidingRoster(attendees, outline.order, index);
  const motions = attrs.motions;
  const byKey = (key: string | null) => motions.find((motion) => motion.key === key);

  function setMotions(next: Motion[]) {
    const keys = new Set(next.map((motion) => motion.key));
    const keep = (key: string | null) => (key !== null && keys.has(key) ? key : null);
    updateAttributes({ motions: next, yesMotion: keep(attrs.yesMotion), noMotion: keep(attrs.noMotion), winner: keep(attrs.winner) });
  }

  function setMethod(method: VoteAttrs['method']) {
    const yesMotion = attrs.yesMotion ?? motions[0]?.key ?? null;
    const noMotion = attrs.noMotion ?? motions.find((motion) => motion.key !== yesMotion)?.key ?? null;
    if (method === 'acklamation') {
      updateAttributes({ method });
      return;
    }
    // A secret ballot keeps only the count; a votering by name starts from the named ballots.
    const ballots = method === 'sluten' ? anonymousBallots(tally(attrs.ballots)) : attrs.ballots.filter((ballot) => ballot.person.name !== '');
    updateAttributes({ method, yesMotion, noMotion, ballots, winner: ballots.length > 0 ? winnerOf(tally(ballots), yesMotion, noMotion) : attrs.winner });
  }

  function setBallots(ballots: Ballot[]) {
    const counts = tally(ballots);
    updateAttributes({ ballots, winner: winnerOf(counts, attrs.yesMotion, attrs.noMotion) });
  }

  // The result is a sentence of the minutes, which are Swedish ("beslutar", "att", "Justeras") whatever
  // language the screens speak.
  function writeResult() {
    const write = (key: MessageKey, values?: Record<string, string>) => translate('sv', key, values);
    const body = meetingContext(editor).bodyName || write('vote.theMeeting');
    const winner = motionName(byKey(attrs.winner), write('vote.motionWord'), 'sv');
    const decided = winner ? write('vote.decidedFor', { body, winner }) : '';
    if (attrs.method === 'acklamation') {
      updateAttributes({ result: decided });
      return;
    }
    const counts = tally(attrs.ballots);
    const numbers = write('vote.countText', {
      ja: plural(counts.ja, 'vote.yesVote', 'vote.yesVotes', write),
      nej: plural(counts.nej, 'vote.noVote', 'vote.noVotes', write),
      abstain: plural(counts.avstår, 'vote.abstainOne', 'vote.abstainMany', write),
    });
    updateAttributes({ result: [numbers, decided].filter(Boolean).join(' ') });
  }

  const motionOptions = motions.map((motion, at) => (
    <option key={motion.key} value={motion.key}>
      {`${String.fromCharCode(65 + at)}: ${motionName(motion, t('vote.motionWord'), language) || t('vote.motionUnnamed')}`}
    </option>
  ));
  const counts = tally(attrs.ballots);
  const tied = attrs.method !== 'acklamation' && attrs.ballots.length > 0 && counts.ja === counts.nej;

  return (
    <NodeViewWrapper as="div" className="vote entry" data-type="vote" data-id={attrs.id ?? undefined} contentEditable={false} onKeyDown={escapeToText(editor)}>
      <fieldset className="node-fields" disabled={!editable}>
      <div className="vote-head">
        <span className="entry-label">{t('vote.label')}</span>
        <span role="radiogroup" aria-label={t('vote.method')} className="status-radios">
          {voteMethods.map((method) => (
            <label key={method} className={attrs.method === method ? 'status checked' : 'status'}>
              <input type="radio" name={`method-${attrs.id ?? ''}`} checked={attrs.method === method} onChange={() => setMethod(method)} />
              <span>{t(methodLabels[method])}</span>
            </label>
          ))}
        </span>
      </div>
      <MotionList editor={editor} motions={motions} onChange={setMotions} />
      <label className="vote-field">
        <span>{t('vote.propositionOrder')}</span>
        <textarea rows={2} maxLength={2000} onKeyDown={undoKeys} value={attrs.propositionOrder} placeholder={t('vote.propositionPlaceholder')} onChange={(event) => updateAttributes({ propositionOrder: event.target.value })} />
      </label>
      {attrs.method !== 'acklamation' && (
        <div className="vote-sides">
          <label>
            <span>{t('vote.yesFor')}</span>
            <select value={attrs.yesMotion ?? ''} onChange={(event) => updateAttributes({ yesMotion: event.target.value || null })}>
              <option value="">–</option>
              {motionOptions}
            </select>
          </label>
          <label>
            <span>{t('vote.noFor')}</span>
            <select value={attrs.noMotion ?? ''} onChange={(event) => updateAttributes({ noMotion: event.target.value || null })}>
              <option value="">–</option>
              {motionOptions}
            </select>
          </label>
        </div>
      )}
      {attrs.method === 'votering' && (
        <BallotTable
          roster={roster}
          ballots={attrs.ballots}
          onCast={(person: PersonRef, choice) => setBallots(castBallot(attrs.ballots, person, choice))}
          onRemove={(person: PersonRef) => setBallots(attrs.ballots.filter((ballot) => !samePerson(ballot.person, person)))}
        />
      )}
      {attrs.method === 'sluten' && <SecretCount ballots={attrs.ballots} onChange={setBallots} />}
      <div className="vote-outcome">
        <label>
          <span>{t('vote.winner')}</span>
          <select value={attrs.winner ?? ''} onChange={(event) => updateAttributes({ winner: event.target.value || null })}>
            <option value="">–</option>
            {motionOptions}
          </select>
        </label>
        {tied && <span className="field-note">{t('vote.tied')}</span>}
      </div>
      <div className="vote-result">
        <label className="vote-field">
          <span>{t('vote.result')}</span>
          <input value={attrs.result} maxLength={2000} onKeyDown={undoKeys} onChange={(event) => updateAttributes({ result: event.target.value })} />
        </label>
        <button type="button" onClick={writeResult}>
          {t('vote.writeResult')}
        </button>
      </div>
      </fieldset>
    </NodeViewWrapper>
  );
}
