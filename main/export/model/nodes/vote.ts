import type { Ballot, Motion } from '../../../../shared/document/nodes/vote';
import type { DocNodeJson } from '../../../../shared/document/types';
import { genitive, withFullStop } from '../../../../shared/domain/swedishText';
import type { Block, Line } from '../types';

function motionOwner(motions: Motion[], key: string | null): string {
  const motion = motions.find((candidate) => candidate.key === key);
  return motion ? `${genitive(motion.mover.name)} yrkande` : 'yrkandet';
}

function count(ballots: Ballot[], choice: Ballot['choice']): number {
  return ballots.filter((ballot) => ballot.choice === choice).length;
}

/** The votering by name: one row per member with a cross under Ja, Nej or Avstår, and the sums. */
function ballotTable(ballots: Ballot[]): Block {
  const mark = (ballot: Ballot, choice: Ballot['choice']): Line => (ballot.choice === choice ? [{ text: 'X' }] : []);
  return {
    kind: 'grid',
    table: {
      summary: 'Omröstningslista: hur varje ledamot röstade',
      columns: [
        { title: 'Ledamot', width: 55 },
        { title: 'Ja', width: 15 },
        { title: 'Nej', width: 15 },
        { title: 'Avstår', width: 15 },
      ],
      rows: [
        ...ballots.map((ballot) => [[{ text: ballot.person.name }], mark(ballot, 'ja'), mark(ballot, 'nej'), mark(ballot, 'avstår')]),
        [
          [{ text: 'Summa', bold: true }],
          [{ text: String(count(ballots, 'ja')), bold: true }],
          [{ text: String(count(ballots, 'nej')), bold: true }],
          [{ text: String(count(ballots, 'avstår')), bold: true }],
        ],
      ],
    },
  };
}

/**
 * A vote: the motions with their movers, the proposition order, the votering (by name when open,
 * only the count when the ballot was secret) and the result.
 */
export function mapVote(node: DocNodeJson): Block[] {
  const attrs = node.attrs ?? {};
  const motions = (attrs.motions ?? []) as Motion[];
  const ballots = (attrs.ballots ?? []) as Ballot[];
  const method = String(attrs.method ?? 'acklamation');
  const blocks: Block[] = [];
  if (motions.length > 0) {
    blocks.push({ kind: 'heading', level: 3, text: 'Yrkanden' });
    blocks.push({
      kind: 'list',
      items: motions.map((motion) => ({
        marker: 'bullet' as const,
        level: 0,
        lines: [[{ text: withFullStop(`${motion.mover.name || 'En ledamot'} yrkar ${motion.text.trim()}`) }]],
      })),
    });
  }
  const proposition = String(attrs.propositionOrder ?? '').trim();
  if (proposition) {
    blocks.push({ kind: 'heading', level: 3, text: 'Propositionsordning' });
    blocks.push({ kind: 'paragraph', style: 'body', lines: [[{ text: withFullStop(proposition) }]] });
  }
  if (method === 'votering' || method === 'sluten') {
    blocks.push({ kind: 'heading', level: 3, text: method === 'sluten' ? 'Sluten omröstning' : 'Omröstning' });
    const yes = motionOwner(motions, (attrs.yesMotion ?? null) as string | null);
    const no = motionOwner(motions, (attrs.noMotion ?? null) as string | null);
    blocks.push({ kind: 'paragraph', style: 'body', lines: [[{ text: `Ja-röst för ${yes}, nej-röst för ${no}.` }]] });
    // A secret ballot never prints who voted how, even if names were recorded.
    if (method === 'votering' && ballots.length > 0) blocks.push(ballotTable(ballots));
    else if (ballots.length > 0) {
      const sums = `Ja ${count(ballots, 'ja')}, nej ${count(ballots, 'nej')}, avstår ${count(ballots, 'avstår')}.`;
      blocks.push({ kind: 'paragraph', style: 'body', lines: [[{ text: sums }]] });
    }
  }
  const result = String(attrs.result ?? '').trim();
  if (result) {
    if (method !== 'acklamation') blocks.push({ kind: 'heading', level: 3, text: 'Omröstningsresultat' });
    blocks.push({ kind: 'paragraph', style: 'body', lines: [[{ text: withFullStop(result) }]] });
  }
  return blocks;
}
