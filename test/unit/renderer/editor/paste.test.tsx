import type { Editor } from '@tiptap/core';
import { afterEach, describe, expect, it } from 'vitest';
import { cleanPastedHtml } from '../../../../renderer/editor/paste/cleanPastedHtml';
import type { DocNodeJson } from '../../../../shared/document/types';
import { validateDocument } from '../../../../shared/document/validateDocument';
import { endOf, mountEditor, posOf, type MountedEditor } from './support/mountEditor';
import { pasteInto } from './support/paste';
import { webPageHtml, wordClipboardHtml } from './support/wordClipboard';

let mounted: MountedEditor | undefined;
afterEach(() => mounted?.unmount());

/** A block as a short readable line: type, marks on text, and text; lists nested with indentation. */
function outline(node: DocNodeJson, depth = 0): string[] {
  const pad = '  '.repeat(depth);
  if (node.type === 'paragraph' || node.type === 'attClause') {
    const text = (node.content ?? []).map((child) => (child.marks?.length ? `[${child.marks.map((mark) => mark.type).join('+')}:${child.text}]` : child.text)).join('');
    return [`${pad}${node.type === 'paragraph' ? 'p' : 'att'} ${text}`];
  }
  return [`${pad}${node.type}`, ...(node.content ?? []).flatMap((child) => outline(child, depth + 1))];
}

function itemBlocks(editor: Editor, index: number): string[] {
  const items = (editor.getJSON().content ?? []).filter((node) => node.type === 'agendaItem');
  return (items[index]!.content ?? []).slice(1).flatMap((node) => outline(node));
}

describe('pasting minutes from Word or a web page', () => {
  it('keeps paragraphs, Word’s list paragraphs as real lists, bold (and italic); drops styles, tables’ grid, images and links', async () => {
    mounted = await mountEditor();
    const { editor } = mounted;
    editor.commands.setTextSelection(endOf(editor, 'paragraph', 1));
    pasteInto(editor, wordClipboardHtml, 'Ekonomisk rapport …');
    expect(itemBlocks(editor, 1)).toEqual([
      'p [bold:Ekonomisk rapport]',
      'p Kassören redovisade resultatet. Likviditeten är [italic:god].',
      'bulletList',
      '  listItem',
      '    p Intäkter: 120 000 kr',
      '  listItem',
      '    p Kostnader: [bold:95 000 kr]',
      '    bulletList',
      '      listItem',
      '        p varav lokalhyra 40 000 kr',
      '  listItem',
      '    p Resultat: 25 000 kr',
      'orderedList',
      '  listItem',
      '    p lägga rapporten till handlingarna',
      '  listItem',
      '    p uppdra åt kassören att följa upp',
      'p Datum – [bold:Syfte]',
      'p 2027-01-14 – Styrelsemöte',
      'p Se rapporten på webben.',
      'decision',
      '  att utse Maria Öberg att jämte ordföranden justera protokollet',
    ]);
    const json = JSON.stringify(editor.getJSON());
    for (const dropped of ['mso', 'clip_image', 'example.se', 'Calibri', 'o:p', 'MsoNormal']) expect(json).not.toContain(dropped);
    expect(validateDocument(editor.getJSON()).ok).toBe(true);
  });

  it('a web page keeps headings as paragraphs, text, bold and lists; scripts, images and buttons go', async () => {
    mounted = await mountEditor();
    const { editor } = mounted;
    editor.commands.setTextSelection(endOf(editor, 'paragraph', 2));
    pasteInto(editor, webPageHtml);
    expect(itemBlocks(editor, 2)).toEqual([
      'p Nyheter från föreningen',
      'p Styrelsen har [bold:beslutat] att [bold:höja] avgiften. Läs mer',
      'p Årsmötet 2026',
      'bulletList',
      '  listItem',
      '    p Första punkten',
      '  listItem',
      '    p [italic:Andra] punkten',
      '    bulletList',
      '      listItem',
      '        p Underpunkt',
      'decision',
      '  att godkänna dagordningen',
    ]);
    expect(JSON.stringify(editor.getJSON())).not.toMatch(/alert|a\.jpg|Dela/);
    expect(validateDocument(editor.getJSON()).ok).toBe(true);
  });

  it('pasted into an att-sats or an assignment, the text stays and no broken node is made', async () => {
    mounted = await mountEditor();
    const { editor } = mounted;
    editor.commands.setTextSelection(endOf(editor, 'attClause', 0));
    pasteInto(editor, wordClipboardHtml);
    editor.commands.setTextSelection(endOf(editor, 'assignment', 0));
    pasteInto(editor, webPageHtml);
    const json = JSON.stringify(editor.getJSON());
    for (const text of ['Intäkter: 120 000 kr', 'varav lokalhyra', 'Styrelsemöte', 'Underpunkt', 'Årsmötet 2026']) expect(json).toContain(text);
    expect(validateDocument(editor.getJSON()).ok).toBe(true);
    expect(editor.state.doc.nodeAt(posOf(editor, 'assignment', 0))?.attrs.deadline).toBe('2027-03-31');
  });

  it('Paragraf’s own copies keep their entries; forged entry data in pasted HTML never makes an invalid node', async () => {
    mounted = await mountEditor();
    const { editor } = mounted;
    editor.commands.setTextSelection(endOf(editor, 'paragraph', 0));
    const forged =
      '<div data-pm-slice="0 0 []"><div data-type="assignment" data-id="x1" data-assignees=\'[{"who":"nobody"}]\' data-deadline="2027-02-31">kolla</div>' +
      '<div data-type="reservation" data-persons="not json" data-decision-id="!!">res</div><div data-type="deferral" data-kind="strykning">uppskov</div></div>';
    pasteInto(editor, forged);
    expect(validateDocument(editor.getJSON()).ok).toBe(true);
    const json = JSON.stringify(editor.getJSON());
    for (const text of ['kolla', 'res', 'uppskov']) expect(json).toContain(text);
    expect(json).not.toContain('nobody');
    expect(json).not.toContain('2027-02-31');
  });

  it('cleanPastedHtml leaves what Paragraf copied as it is', () => {
    const own = '<p data-pm-slice="1 1 []">text</p>';
    expect(cleanPastedHtml(own)).toBe(own);
  });
});
