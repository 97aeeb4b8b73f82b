import { layout, pointsPerMm } from '../../layout';
import type { Block, ListItem } from '../../model/types';
import { ensureSpace, type PdfWriteContext } from '../pdfContext';
import { element, tagged } from '../structure';
import { drawLines, lineHeight } from '../text';

const bullets = ['•', '–', '▪', '•', '–'];

/** The label of each item: "att", a bullet by level, or its number within its level (as Word counts). */
export function listLabels(items: ListItem[]): string[] {
  const counters: number[] = [];
  return items.map((item) => {
    counters.length = item.level + 1;
    counters[item.level] = (counters[item.level] ?? 0) + 1;
    if (item.marker === 'att') return 'att';
    if (item.marker === 'bullet') return bullets[Math.min(item.level, 4)]!;
    return `${counters[item.level]}.`;
  });
}

/** A list (L) of items (LI), each with its label (Lbl) and its text (LBody), as screen readers expect. */
export function drawList(block: Extract<Block, { kind: 'list' }>, ctx: PdfWriteContext): void {
  const style = { size: layout.size.body };
  const labels = listLabels(block.items);
  const list = element(ctx, ctx.root, 'L');
  block.items.forEach((item, index) => {
    const indent = layout.list.indent * (item.level + 1) * pointsPerMm + (item.marker === 'att' ? 2 * pointsPerMm : 0);
    const hanging = (layout.list.hanging + (item.marker === 'att' ? 2 : 0)) * pointsPerMm;
    const bodyX = ctx.box.left + indent;
    ensureSpace(ctx, lineHeight(ctx, style));
    const top = ctx.doc.y;
    const entry = element(ctx, list, 'LI');
    const label = element(ctx, entry, 'Lbl');
    tagged(ctx, label, 'Lbl', () => drawLines(ctx, [[{ text: labels[index]! }]], bodyX - hanging, hanging, style));
    label.end();
    ctx.doc.y = top;
    const body = element(ctx, entry, 'LBody');
    tagged(ctx, body, 'LBody', () => drawLines(ctx, item.lines, bodyX, ctx.box.right - bodyX, style));
    body.end();
    entry.end();
    ctx.doc.y += 2;
  });
  list.end();
  ctx.doc.y += layout.space.paragraphAfter - 2;
}
