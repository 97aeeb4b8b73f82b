import type { Editor } from '@tiptap/core';
import { AllSelection, TextSelection } from '@tiptap/pm/state';
import { afterEach, describe, expect, it } from 'vitest';
import { copyOnlyAttribute } from '../../../../renderer/editor/paste/copyAsMinutes';
import type { DocNodeJson } from '../../../../shared/document/types';
import { validateDocument } from '../../../../shared/document/validateDocument';
import { mountEditor, type MountedEditor } from './support/mountEditor';
import { pasteInto } from './support/paste';

let mounted: MountedEditor | undefined;
afterEach(() => mounted?.unmount());

/** Where the § with this title starts and ends, and its number. */
function itemRange(editor: Editor, title: string): { from: number; to: number; number: number } {
  let found: { from: number; to: number; number: number } | null = null;
  let index = 0;
  editor.state.doc.forEach((node, offset) => {
    if (node.type.name !== 'agendaItem') return;
    index += 1;
    if (node.firstChild?.textContent === title) found = { from: offset, to: offset + node.nodeSize, number: index };
  });
  if (!found) throw new Error(`no § "${title}"`);
  return found;
}

/** Selects the text from the start of one §'s title to the end of another §'s last text, as a drag would. */
function selectItems(editor: Editor, first: string, last: string): void {
  const from = itemRange(editor, first).from + 2;
  const to = TextSelection.near(editor.state.doc.resolve(itemRange(editor, last).to - 1), -1).to;
  editor.view.dispatch(editor.state.tr.setSelection(TextSelection.create(editor.state.doc, from, to)));
}

/** A node without its ids and the references to them: a pasted copy gets its own (tested below). */
function withoutIds(node: DocNodeJson): DocNodeJson {
  const attrs = node.attrs ? Object.fromEntries(Object.entries(node.attrs).filter(([name]) => !['id', 'key', 'decisionId'].includes(name))) : undefined;
  return { ...node, ...(attrs ? { attrs } : {}), ...(node.content ? { content: node.content.map(withoutIds) } : {}) };
}

describe('copying minutes to another program', () => {
  it('gives Word, e-mail and plain text the minutes as they read: § numbers, the decision with att, who got an uppdrag and who reserved', async () => {
    mounted = await mountEditor();
    const { editor } = mounted;
    const budget = itemRange(editor, 'Budget för 2027').number;
    selectItems(editor, 'Budget för 2027', 'Lokalfrågan');
    const { dom, text } = editor.view.serializeForClipboard(editor.state.selection.content());

    expect(dom.querySelector('h2')?.textContent).toBe(`§ ${budget} Budget för 2027`);
    expect(text).toContain(`§ ${budget} Budget för 2027\n\n`);
    // A vote reads as its result.
    expect(text).toContain('\n\nMed 4 ja-röster mot 1 nej-röst bifaller styrelsen förslaget.\n\n');
    expect(text).toContain(
      'Styrelsen beslutar\natt föreslå årsmötet att fastställa budgeten för 2027\natt medlemsavgiften ska vara oförändrad 300 kr\n\n',
    );
    expect(text).toMatch(/\n\n[A-ZÅÄÖ][a-zåäö]+ [A-ZÅÄÖ][a-zåäö]+ reserverar sig mot beslutet\. Jag reserverar mig mot beslutet till förmån för mitt eget yrkande\.\n\n/);
    expect(text).toContain(`§ ${budget + 1} Lokalfrågan\n\nHyresavtalet för föreningslokalen löper ut vid årsskiftet.\n\n`);
    expect(text).toMatch(/[a-zåäö] får i uppdrag att undersöka alternativa lokaler och återkomma med ett förslag senast 31 mars 2027$/);
    // The att-satser are a list marked by "att", not numbered.
    expect(dom.querySelector('div[data-type="decision"] > ol')?.getAttribute('style')).toBe('list-style-type: none');
  });

  it('pasted back into Paragraf gives the same entries, without the added words: a vote, a decision, a reservation, an uppdrag', async () => {
    mounted = await mountEditor();
    const { editor } = mounted;
    const itemJson = (title: string) => (editor.getJSON() as DocNodeJson).content!.find((node) => node.type === 'agendaItem' && node.content?.[0]?.content?.[0]?.text === title)!;
    const budget = itemRange(editor, 'Budget för 2027');
    const copied = [...itemJson('Budget för 2027').content!.slice(1), ...itemJson('Lokalfrågan').content!.slice(1)];
    // From the start of the budget §'s text to the end of the uppdrag in the next §.
    const to = TextSelection.near(editor.state.doc.resolve(itemRange(editor, 'Lokalfrågan').to - 1), -1).to;
    const from = budget.from + 1 + editor.state.doc.nodeAt(budget.from)!.firstChild!.nodeSize + 1;
    editor.view.dispatch(editor.state.tr.setSelection(TextSelection.create(editor.state.doc, from, to)));
    const { dom, text } = editor.view.serializeForClipboard(editor.state.selection.content());
    expect(dom.querySelectorAll(`[${copyOnlyAttribute}]`).length).toBeGreaterThan(4);

    // Pasted into a new, empty paragraph at the end of the last §.
    editor.commands.setTextSelection(itemRange(editor, 'Mötets avslutande').to - 2);
    editor.commands.splitBlock();
    pasteInto(editor, dom.innerHTML, text);
    // The copy spans two §, so it comes as the end of one § and the next §, each with its entries.
    const items = (editor.getJSON() as DocNodeJson).content!.filter((node) => node.type === 'agendaItem');
    const pasted = items.slice(-2).flatMap((item) => item.content!.slice(1));
    expect(items.at(-1)!.content![0]!.content![0]!.text).toBe('Lokalfrågan');
    expect(pasted.map(withoutIds)).toEqual(copied.map(withoutIds));
    expect(JSON.stringify(pasted)).not.toMatch(/"text":"(att |§)/);
    expect(validateDocument(editor.getJSON()).ok).toBe(true);
  });

  it('a copy pasted before its original gets the new ids: the original keeps its own, and each reservation names its own decision', async () => {
    mounted = await mountEditor();
    const { editor } = mounted;
    const entriesOf = (title: string) => {
      const item = editor.state.doc.nodeAt(itemRange(editor, title).from)!;
      const found: Record<string, { id: string; decisionId?: string }> = {};
      item.forEach((child) => {
        if (['decision', 'reservation', 'vote'].includes(child.type.name)) found[child.type.name] = { id: child.attrs.id, decisionId: child.attrs.decisionId };
      });
      return found;
    };
    const original = entriesOf('Budget för 2027');
    expect(original.reservation!.decisionId).toBe(original.decision!.id);
    // Copy the budget §'s text and entries, and paste them into a new paragraph of § 1.
    const budget = itemRange(editor, 'Budget för 2027');
    const from = budget.from + 1 + editor.state.doc.nodeAt(budget.from)!.firstChild!.nodeSize + 1;
    const to = TextSelection.near(editor.state.doc.resolve(budget.to - 1), -1).to;
    editor.view.dispatch(editor.state.tr.setSelection(TextSelection.create(editor.state.doc, from, to)));
    const { dom, text } = editor.view.serializeForClipboard(editor.state.selection.content());
    editor.commands.setTextSelection(itemRange(editor, 'Mötets öppnande').to - 2);
    editor.commands.splitBlock();
    pasteInto(editor, dom.innerHTML, text);

    expect(entriesOf('Budget för 2027')).toEqual(original);
    const copy = entriesOf('Mötets öppnande');
    expect(copy.decision!.id).not.toBe(original.decision!.id);
    expect(copy.vote!.id).not.toBe(original.vote!.id);
    expect(copy.reservation!.id).not.toBe(original.reservation!.id);
    expect(copy.reservation!.decisionId).toBe(copy.decision!.id);
    expect(validateDocument(editor.getJSON()).ok).toBe(true);
  });

  it('all of the minutes (Ctrl+A) start with the meeting, who was there, and end with the next meeting', async () => {
    mounted = await mountEditor();
    const { editor } = mounted;
    editor.view.dispatch(editor.state.tr.setSelection(new AllSelection(editor.state.doc)));
    const { text } = editor.view.serializeForClipboard(editor.state.selection.content());
    expect(text.startsWith('Exempelmöte – torsdag 12 november 2026 kl. 18.30–20.45, Föreningslokalen, Storgatan 4\n\nNärvarande: Anna Lindqvist, ')).toBe(true);
    expect(text).toContain('\n\nAnmält förhinder: Lars Nyström\n\n§ 1 Mötets öppnande\n\n');
    expect(text.endsWith('\n\nNästa möte: torsdag 14 januari 2027 kl. 18.30–20.30, Föreningslokalen, Storgatan 4.')).toBe(true);
  });

  it('copies a piece of one paragraph or att-sats as it is, with nothing added', async () => {
    mounted = await mountEditor();
    const { editor } = mounted;
    const { from } = itemRange(editor, 'Budget för 2027');
    let clause = -1;
    editor.state.doc.nodesBetween(from, editor.state.doc.content.size, (node, pos) => {
      if (clause === -1 && node.type.name === 'attClause') clause = pos;
      return clause === -1;
    });
    editor.view.dispatch(editor.state.tr.setSelection(TextSelection.create(editor.state.doc, clause + 1, clause + 1 + 'föreslå årsmötet'.length)));
    const { dom, text } = editor.view.serializeForClipboard(editor.state.selection.content());
    expect(text).toBe('föreslå årsmötet');
    expect(dom.querySelectorAll(`[${copyOnlyAttribute}]`)).toHaveLength(0);
  });
});
