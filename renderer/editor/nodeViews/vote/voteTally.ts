import type { Attendee } from '../../../../shared/document/nodes/attendance';
import type { PersonRef } from '../../../../shared/document/nodes/attributeSchemas';
import type { Ballot, Motion } from '../../../../shared/document/nodes/vote';
import { takesPartAt, type ItemOrder } from '../../../../shared/domain/attendance';
import type { Language } from '../../../../shared/i18n/translate';

/** The count of a votering. */
export interface Tally {
  ja: number;
  nej: number;
  avstår: number;
}

/** Counts the ballots. */
export function tally(ballots: Ballot[]): Tally {
  const counts: Tally = { ja: 0, nej: 0, avstår: 0 };
  for (const ballot of ballots) counts[ballot.choice] += 1;
  return counts;
}

/** The motion the count decides for: Ja's motion, Nej's motion, or none on equal votes (the chair's casting vote decides). */
export function winnerOf(counts: Tally, yesMotion: string | null, noMotion: string | null): string | null {
  if (counts.ja > counts.nej) return yesMotion;
  if (counts.nej > counts.ja) return noMotion;
  return null;
}

/**
 * The genitive of a name. Swedish: "Anna Lindqvists", but "Lars" and "Max" stay as they are.
 * English: "Anna Lindqvist's", "Lars's".
 */
export function genitive(name: string, language: Language = 'sv'): string {
  const trimmed = name.trim();
  if (language === 'en') return `${trimmed}'s`;
  return /[sxz]$/i.test(trimmed) ? trimmed : `${trimmed}s`;
}

/** Whether two references name the same person: by register id when both have one, else by name. */
export function samePerson(a: PersonRef, b: PersonRef): boolean {
  if (a.personId !== null && b.personId !== null) return a.personId === b.personId;
  return a.name.trim() === b.name.trim();
}

/**
 * Who votes at the item: the members who take part there and the ersättare who tjänstgör —
 * the same people `quorumAt` counts as deciding.
 */
export function decidingRoster(attendees: Attendee[], order: ItemOrder, index: number): PersonRef[] {
  return attendees
    .filter((attendee) => {
      if (!takesPartAt(attendee, order, index)) return false;
      if (attendee.group === 'member') return true;
      return attendee.group === 'substitute' && attendee.servingFor !== null;
    })
    .map((attendee) => ({ personId: attendee.personId, name: attendee.name }));
}

/** Sets or changes one person's ballot, keeping the others in their order. */
export function castBallot(ballots: Ballot[], person: PersonRef, choice: Ballot['choice']): Ballot[] {
  const index = ballots.findIndex((ballot) => samePerson(ballot.person, person));
  if (index === -1) return [...ballots, { person, choice }];
  return ballots.map((ballot, at) => (at === index ? { person: ballot.person, choice } : ballot));
}

/** The motion's short name for the result text: "Anna Lindqvists yrkande", or the motion text itself. */
export function motionName(motion: Motion | undefined, yrkande: string, language: Language = 'sv'): string {
  if (!motion) return '';
  if (motion.mover.name.trim()) return `${genitive(motion.mover.name, language)} ${yrkande}`;
  return motion.text;
}
