import { Fragment, type Node as PmNode } from '@tiptap/pm/model';
import { partKey } from '../../../shared/document/partKey';

/** The outcome of bringing another window's saved minutes together with this window's. */
export interface MergedMinutes {
  /** Both windows' changes; where both changed the same part, the preferred side's version of it. */
  doc: PmNode;
  /** What the store holds (the other window's version), sharing this window's nodes where they are equal. */
  baseline: PmNode;
  /** Keys (`partKey`) of the parts both windows changed, each in its own way; empty when the merge is clean. */
  conflicts: string[];
}

interface Parts {
  keys: string[];
  nodes: Map<string, PmNode>;
}

function partsOf(doc: PmNode): Parts {
  const keys: string[] = [];
  const nodes = new Map<string, PmNode>();
  doc.forEach((child) => {
    const key = partKey(child);
    keys.push(key);
    nodes.set(key, child);
  });
  return { keys, nodes };
}

/** Whether `side` keeps the parts it shares with `base` in base's order. */
function keepsOrder(side: Parts, base: Parts): boolean {
  const shared = (parts: Parts, other: Parts) => parts.keys.filter((key) => other.nodes.has(key));
  const a = shared(side, base);
  const b = shared(base, side);
  return a.length === b.length && a.every((key, index) => key === b[index]);
}

/**
 * Three-way merge of the minutes by top-level part (the header, the attendance, each §, the next
 * meeting), for a save that found the store changed by another window: `base` is what this window
 * last saved (or loaded), `ours` what it holds now, `theirs` what the store holds. A part changed on
 * one side only is taken from that side; a § added, removed or moved on one side is added, removed
 * or moved. A part changed on both sides in different ways, or removed on one side and changed on
 * the other, is a conflict: `doc` then holds the `prefer`red side's version of it (this window's
 * unless told otherwise), and `conflicts` names it. Null if the result is not valid minutes.
 */
export function mergeMinutes(base: PmNode, ours: PmNode, theirs: PmNode, prefer: 'ours' | 'theirs' = 'ours'): MergedMinutes | null {
  const b = partsOf(base);
  const o = partsOf(ours);
  const t = partsOf(theirs);
  const conflicts: string[] = [];
  const chosen = new Map<string, PmNode>();

  for (const key of new Set([...o.keys, ...t.keys, ...b.keys])) {
    const was = b.nodes.get(key);
    const mine = o.nodes.get(key);
    const other = t.nodes.get(key);
    const mineChanged = was ? !mine || !mine.eq(was) : !!mine;
    const otherChanged = was ? !other || !other.eq(was) : !!other;
    if (!mineChanged) {
      if (other) chosen.set(key, was && other.eq(was) && mine ? mine : other);
    } else if (!otherChanged || (mine && other && mine.eq(other))) {
      if (mine) chosen.set(key, mine);
    } else {
      // Both changed it, differently (or one removed it): the preferred version stands, and is named.
      conflicts.push(key);
      const kept = prefer === 'ours' ? mine : other;
      if (kept) chosen.set(key, kept);
    }
  }

  // The order: the side's that moved a part; if both did, a conflict, and the preferred side's.
  const oursMoved = !keepsOrder(o, b);
  const theirsMoved = !keepsOrder(t, b);
  if (oursMoved && theirsMoved && !keepsOrder(o, t)) conflicts.push('order');
  const oursLead = oursMoved && (!theirsMoved || prefer === 'ours');
  const [lead, follow] = oursLead ? [o, t] : [t, o];
  const order = lead.keys.filter((key) => chosen.has(key));
  // Parts only the following side has (added there, or kept there for a conflict) go after their
  // predecessor there, and after what the leading side added behind that predecessor.
  follow.keys.forEach((key, index) => {
    if (!chosen.has(key) || order.includes(key)) return;
    let at = 0;
    for (let back = index - 1; back >= 0; back -= 1) {
      const found = order.indexOf(follow.keys[back]!);
      if (found >= 0) {
        at = found + 1;
        break;
      }
    }
    while (at < order.length && !follow.nodes.has(order[at]!)) at += 1;
    order.splice(at, 0, key);
  });

  try {
    const schema = ours.type.schema;
    const doc = schema.topNodeType.createChecked(null, Fragment.from(order.map((key) => chosen.get(key)!)));
    // The store's version, with this window's node objects where they are equal: a later save by
    // parts then sends only what differs from the store.
    const baseline = schema.topNodeType.create(
      null,
      Fragment.from(t.keys.map((key) => {
        const stored = t.nodes.get(key)!;
        const mine = chosen.get(key);
        return mine && mine !== stored && mine.eq(stored) ? mine : stored;
      })),
    );
    return { doc, baseline, conflicts };
  } catch {
    return null;
  }
}
