import { ballotChoices, type Ballot } from '../../../../shared/document/nodes/vote';
import type { MessageKey } from '../../../../shared/i18n/sv';
import { useI18n } from '../../../app/i18n';
import { tally } from './voteTally';

const choiceLabels: Record<Ballot['choice'], MessageKey> = { ja: 'vote.yes', nej: 'vote.no', avstår: 'vote.abstain' };

/** Ballots without names: a secret ballot is recorded as its count only. */
export function anonymousBallots(counts: Record<Ballot['choice'], number>): Ballot[] {
  return ballotChoices.flatMap((choice) => Array.from({ length: counts[choice] }, () => ({ person: { personId: null, name: '' }, choice })));
}

/** Sluten votering: the count of ja, nej and avstår, typed as numbers; no name is ever recorded. */
export function SecretCount(props: { ballots: Ballot[]; onChange: (ballots: Ballot[]) => void }) {
  const { t } = useI18n();
  const counts = tally(props.ballots);
  return (
    <div className="secret-count" role="group" aria-label={t('vote.secretCount')}>
      {ballotChoices.map((choice) => (
        <label key={choice}>
          <span>{t(choiceLabels[choice])}</span>
          <input
            type="number"
            min={0}
            max={500}
            inputMode="numeric"
            value={counts[choice]}
            onChange={(event) => {
              const value = Math.max(0, Math.min(500, Math.floor(Number(event.target.value) || 0)));
              const next = { ...counts, [choice]: value };
              if (next.ja + next.nej + next.avstår <= 500) props.onChange(anonymousBallots(next));
            }}
          />
        </label>
      ))}
      <span className="muted">{t('vote.secretNote')}</span>
    </div>
  );
}
