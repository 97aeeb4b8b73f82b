import { newNodeId } from '../../../../../shared/document/nodes/uniqueIds';
import type { DocNodeJson, MinutesDocument } from '../../../../../shared/document/types';

function withFreshIds(node: DocNodeJson, ids: Map<string, string>): DocNodeJson {
  const attrs = node.attrs ? { ...node.attrs } : undefined;
  if (attrs && typeof attrs.id === 'string') {
    const fresh = newNodeId();
    ids.set(attrs.id, fresh);
    attrs.id = fresh;
  }
  return { ...node, ...(attrs ? { attrs } : {}), ...(node.content ? { content: node.content.map((child) => withFreshIds(child, ids)) } : {}) };
}

function relink(node: DocNodeJson, ids: Map<string, string>): void {
  if (node.attrs && typeof node.attrs.decisionId === 'string') node.attrs.decisionId = ids.get(node.attrs.decisionId) ?? null;
  node.content?.forEach((child) => relink(child, ids));
}

/** The example meeting's agenda repeated until it has `count` § — every kind of entry, many times over. */
export function repeatAgenda(sample: MinutesDocument, count: number): MinutesDocument {
  const items = sample.content.filter((node) => node.type === 'agendaItem');
  const head = sample.content.filter((node) => node.type === 'meetingHeader' || node.type === 'attendance');
  const tail = sample.content.filter((node) => node.type === 'nextMeeting');
  const repeated = Array.from({ length: count }, (_unused, index) => {
    const ids = new Map<string, string>();
    const copy = withFreshIds(structuredClone(items[index % items.length]!), ids);
    relink(copy, ids);
    return copy;
  });
  return { type: 'doc', content: [...head, ...repeated, ...tail] };
}
