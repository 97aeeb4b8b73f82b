import { useId, useRef, type KeyboardEvent } from 'react';
import type { PersonRef } from '../../../../shared/document/nodes/attributeSchemas';
import { ballotChoices, type Ballot } from '../../../../shared/document/nodes/vote';
import type { MessageKey } from '../../../../shared/i18n/sv';
import { useI18n } from '../../../app/i18n';
import { samePerson, tally } from './voteTally';

const choiceLabels: Record<Ballot['choice'], MessageKey> = { ja: 'vote.yes', nej: 'vote.no', avstår: 'vote.abstain' };
/** J(a) in Swedish, Y(es) in English: both record ja whatever the language, as does N and A. */
const choiceKeys: Record<string, Ballot['choice']> = { j: 'ja', y: 'ja', n: 'nej', a: 'avstår' };

/** A row of the roll call: the person and their ballot, if cast. */
interface RollRow {
  person: PersonRef;
  choice: Ballot['choice'] | null;
  deciding: boolean;
}

/**
 * Votering by name: every deciding person at the § with ja / nej / avstår and the counts. J (or Y),
 * N or A on a row records the answer and moves to the next name, so a roll call is typed as it is read.
 */
export function BallotTable(props: { roster: PersonRef[]; ballots: Ballot[]; onCast: (person: PersonRef, choice: Ballot['choice']) => void; onRemove: (person: PersonRef) => void }) {
  const { t } = useI18n();
  const id = useId();
  const list = useRef<HTMLOListElement>(null);
  const rows: RollRow[] = props.roster.map((person) => ({
    person,
    choice: props.ballots.find((ballot) => samePerson(ballot.person, person))?.choice ?? null,
    deciding: true,
  }));
  for (const ballot of props.ballots) {
    if (!props.roster.some((person) => samePerson(person, ballot.person))) rows.push({ person: ballot.person, choice: ballot.choice, deciding: false });
  }
  const counts = tally(props.ballots);
  const missing = rows.filter((row) => row.deciding && row.choice === null).length;

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>, row: RollRow, index: number) {
    const choice = choiceKeys[event.key.toLowerCase()];
    if (!choice || event.ctrlKey || event.metaKey || event.altKey) return;
    event.preventDefault();
    props.onCast(row.person, choice);
    const next = list.current?.querySelectorAll<HTMLLIElement>('li.ballot-row')[index + 1];
    next?.querySelector<HTMLInputElement>('input[type="radio"]')?.focus();
  }

  return (
    <div className="ballots">
      <p className="ballot-counts" aria-live="polite">
        {t('vote.counts', { ja: String(counts.ja), nej: String(counts.nej), abstain: String(counts.avstår), missing: String(missing) })}
      </p>
      <ol className="ballot-list" ref={list} aria-label={t('vote.rollCall')}>
        {rows.map((row, index) => (
          <li key={`${row.person.personId ?? ''}:${row.person.name}:${index}`} className={row.deciding ? 'ballot-row' : 'ballot-row not-deciding'}>
            <span className="ballot-name">{row.person.name}</span>
            <span role="radiogroup" aria-label={t('vote.ballotOf', { name: row.person.name })} className="status-radios">
              {ballotChoices.map((choice) => (
                <label key={choice} className={row.choice === choice ? `status ballot-${choice} checked` : `status ballot-${choice}`}>
                  <input
                    type="radio"
                    name={`${id}-ballot-${index}`}
                    checked={row.choice === choice}
                    onChange={() => props.onCast(row.person, choice)}
                    onKeyDown={(event) => onKeyDown(event, row, index)}
                  />
                  <span>{t(choiceLabels[choice])}</span>
                </label>
              ))}
            </span>
            {!row.deciding && (
              <>
                <span className="muted">{t('vote.notDeciding')}</span>
                <button type="button" className="chip-remove" aria-label={t('vote.removeBallot', { name: row.person.name })} onClick={() => props.onRemove(row.person)}>
                  ×
                </button>
              </>
            )}
          </li>
        ))}
      </ol>
    </div>
  );
}
