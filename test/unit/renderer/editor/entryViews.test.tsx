import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { validateDocument } from '../../../../shared/document/validateDocument';
import { closeHistory } from '@tiptap/pm/history';
import type { Node as PmNode } from '@tiptap/pm/model';
import { endOf, mountEditor, posOf, type MountedEditor } from './support/mountEditor';

let mounted: MountedEditor | undefined;
afterEach(() => mounted?.unmount());

function nodeOf(type: string, nth = 0): PmNode {
  return mounted!.editor.state.doc.nodeAt(posOf(mounted!.editor, type, nth))!;
}

function viewOf(type: string, nth = 0): HTMLElement {
  return mounted!.editor.view.nodeDOM(posOf(mounted!.editor, type, nth)) as HTMLElement;
}

async function typeCommand(text: string) {
  const user = userEvent.setup();
  mounted!.editor.view.focus();
  mounted!.editor.commands.insertContent(text);
  await screen.findByRole('listbox', { name: 'Kommandon' });
  await user.keyboard('{Enter}');
}

describe('an assignment', () => {
  it('is "X får i uppdrag att … senast": who by @, the task typed, the deadline typed the Swedish way', async () => {
    mounted = await mountEditor();
    const user = userEvent.setup();
    const { editor } = mounted;
    editor.commands.setTextSelection(endOf(editor, 'paragraph', 5));
    await typeCommand(' /uppdrag');
    expect(editor.state.doc.resolve(posOf(editor, 'assignment', 0)).parent.child(1).textContent).toBe('Hyresavtalet för föreningslokalen löper ut vid årsskiftet. ');
    editor.commands.insertContent('ta fram en lokalplan @Erik');
    const people = await screen.findByRole('listbox', { name: 'Personer' });
    expect(within(people).getAllByRole('option').map((option) => option.textContent)).toEqual(['Erik Johanssonsekreterare', 'Lägg till ”Erik” i registret']);
    await user.keyboard('{Enter}');
    const assignment = nodeOf('assignment', 0);
    expect(assignment.textContent).toBe('ta fram en lokalplan ');
    expect(assignment.attrs.assignees).toEqual([{ personId: null, name: 'Erik Johansson' }]);
    const view = viewOf('assignment', 0);
    expect(within(view).getByText('Erik Johansson')).toBeInTheDocument();
    expect(view).toHaveTextContent('får i uppdrag att');

    await user.keyboard('{Tab}');
    const deadline = within(view).getByRole('textbox', { name: 'Uppdraget ska vara klart senast' });
    await waitFor(() => expect(document.activeElement).toBe(deadline));
    await user.keyboard('31/3{Enter}');
    expect(nodeOf('assignment', 0).attrs.deadline).toBe('2027-03-31');
    expect(deadline).toHaveValue('31 mars 2027');
    await waitFor(() => expect(document.activeElement).toBe(editor.view.dom));
    expect(validateDocument(editor.getJSON()).ok).toBe(true);
  });

  it('says in place that 31/2 does not exist, keeps what was typed and the stored deadline', async () => {
    mounted = await mountEditor();
    const user = userEvent.setup();
    const view = viewOf('assignment', 0);
    const deadline = within(view).getByRole('textbox', { name: 'Uppdraget ska vara klart senast' });
    expect(deadline).toHaveValue('31 mars 2027');
    await user.clear(deadline);
    await user.type(deadline, '31/2{Enter}');
    expect(within(view).getByRole('alert')).toHaveTextContent('Den 31 februari 2027 finns inte – februari har 28 dagar.');
    expect(deadline).toHaveValue('31/2');
    expect(deadline).toHaveAttribute('aria-invalid', 'true');
    expect(nodeOf('assignment', 0).attrs.deadline).toBe('2027-03-31');
    await user.clear(deadline);
    await user.type(deadline, '28 februari{Enter}');
    expect(nodeOf('assignment', 0).attrs.deadline).toBe('2027-02-28');
    expect(within(view).queryByRole('alert')).toBeNull();
  });

  it('Enter at the end of its text goes on in a new paragraph after it', async () => {
    mounted = await mountEditor();
    const user = userEvent.setup();
    const { editor } = mounted;
    editor.commands.setTextSelection(endOf(editor, 'assignment', 0));
    editor.view.focus();
    await user.keyboard('{Enter}');
    editor.commands.insertContent('Mötet fortsatte.');
    const item = editor.state.doc.resolve(posOf(editor, 'assignment', 0)).parent;
    expect(item.lastChild?.type.name).toBe('paragraph');
    expect(item.lastChild?.textContent).toBe('Mötet fortsatte.');
  });
});

describe('a deadline typed at the end of an uppdrag', () => {
  /** A new, empty uppdrag after the 6th paragraph, with `text` typed into it; resolves to its position. */
  async function newAssignmentWith(text: string): Promise<number> {
    mounted = await mountEditor();
    const { editor } = mounted;
    const before = countOf('assignment');
    editor.chain().setTextSelection(endOf(editor, 'paragraph', 5)).insertAssignment().run();
    expect(countOf('assignment')).toBe(before + 1);
    const nth = indexOfNewAssignment();
    editor.commands.insertContent(text);
    return posOf(editor, 'assignment', nth);
  }

  function countOf(type: string): number {
    let count = 0;
    mounted!.editor.state.doc.descendants((node) => void (node.type.name === type && (count += 1)));
    return count;
  }

  /** The uppdrag with the caret. */
  function indexOfNewAssignment(): number {
    const { editor } = mounted!;
    const caret = editor.state.selection.from;
    let index = -1;
    let found = -1;
    editor.state.doc.descendants((node, pos) => {
      if (node.type.name !== 'assignment') return;
      index += 1;
      if (caret > pos && caret < pos + node.nodeSize) found = index;
    });
    return found;
  }

  function leaveToFirstParagraph(): void {
    mounted!.editor.commands.setTextSelection(endOf(mounted!.editor, 'paragraph', 0));
  }

  it('"senast 31/1" becomes its deadline when the caret leaves it, and the words leave the text; one undo takes it back', async () => {
    const at = await newAssignmentWith('ta fram en ny offert senast 31/1.');
    const { editor } = mounted!;
    // Still typing in it: nothing is taken yet.
    expect(editor.state.doc.nodeAt(at)!.attrs.deadline).toBe('');
    // A pause before the caret leaves: the typing is an undo step of its own.
    editor.view.dispatch(closeHistory(editor.state.tr));
    leaveToFirstParagraph();
    const assignment = editor.state.doc.nodeAt(at)!;
    expect(assignment.textContent).toBe('ta fram en ny offert');
    expect(assignment.attrs.deadline).toBe('2027-01-31');
    expect(within(editor.view.nodeDOM(at) as HTMLElement).getByRole('textbox', { name: 'Uppdraget ska vara klart senast' })).toHaveValue('31 januari 2027');
    expect(validateDocument(editor.getJSON()).ok).toBe(true);
    editor.commands.undo();
    expect(editor.state.doc.nodeAt(at)!.textContent).toBe('ta fram en ny offert senast 31/1.');
    expect(editor.state.doc.nodeAt(at)!.attrs.deadline).toBe('');
  });

  it('reads "senast den 15 mars" and the last "senast" of the text', async () => {
    const at = await newAssignmentWith('senast i april lämna en rapport, och ett förslag senast den 15 mars');
    leaveToFirstParagraph();
    const assignment = mounted!.editor.state.doc.nodeAt(at)!;
    expect(assignment.textContent).toBe('senast i april lämna en rapport, och ett förslag');
    expect(assignment.attrs.deadline).toBe('2027-03-15');
  });

  it.each([
    ['no date', 'lämna en rapport senast i mars'],
    ['a date that does not exist', 'lämna en rapport senast 31/2'],
    ['words after the date', 'lämna en rapport senast 31/1 till styrelsen'],
    ['a time, which the field cannot hold', 'lämna en rapport senast 31/1 kl 12'],
  ])('leaves the text as typed with %s', async (_case, text) => {
    const at = await newAssignmentWith(text);
    leaveToFirstParagraph();
    const assignment = mounted!.editor.state.doc.nodeAt(at)!;
    expect(assignment.textContent).toBe(text);
    expect(assignment.attrs.deadline).toBe('');
  });

  it('keeps a deadline already set, and the text with it', async () => {
    mounted = await mountEditor();
    const { editor } = mounted;
    const at = posOf(editor, 'assignment', 0);
    expect(editor.state.doc.nodeAt(at)!.attrs.deadline).toBe('2027-03-31');
    editor.commands.setTextSelection(endOf(editor, 'assignment', 0));
    editor.commands.insertContent(' senast 1/2');
    leaveToFirstParagraph();
    expect(editor.state.doc.nodeAt(at)!.attrs.deadline).toBe('2027-03-31');
    expect(editor.state.doc.nodeAt(at)!.textContent).toMatch(/ senast 1\/2$/);
  });
});

describe('reservations and protokollsanteckningar', () => {
  it('a reservation is made against the decision of its §, by the people named with @', async () => {
    mounted = await mountEditor();
    const user = userEvent.setup();
    const { editor } = mounted;
    editor.commands.setTextSelection(endOf(editor, 'attClause', 4));
    editor.view.focus();
    await user.keyboard('{Alt>}{Shift>}R{/Shift}{/Alt}');
    const budgetDecision = nodeOf('decision', 3).attrs.id as string;
    expect(nodeOf('reservation', 0).attrs).toMatchObject({ decisionId: budgetDecision, persons: [] });
    editor.commands.insertContent('@Maria');
    await screen.findByRole('listbox', { name: 'Personer' });
    await user.keyboard('{Enter}');
    editor.commands.insertContent('Jag reserverar mig mot beslutet.');
    expect(nodeOf('reservation', 0).attrs.persons).toEqual([{ personId: null, name: 'Maria Öberg' }]);
    const select = within(viewOf('reservation', 0)).getByRole('combobox');
    expect(select).toHaveDisplayValue('beslut 1: att föreslå årsmötet att fastställa budgeten för 2027');
    await user.selectOptions(select, '');
    expect(nodeOf('reservation', 0).attrs.decisionId).toBeNull();
  });

  it('a protokollsanteckning in a § without decisions concerns no particular decision; its people can be taken off', async () => {
    mounted = await mountEditor();
    const user = userEvent.setup();
    const view = viewOf('protocolNote', 0);
    expect(within(view).getByRole('combobox')).toHaveDisplayValue('inget särskilt beslut');
    await user.click(within(view).getByRole('button', { name: 'Ta bort Johan Berg' }));
    expect(nodeOf('protocolNote', 0).attrs.persons).toEqual([]);
    expect(within(view).getByText('Skriv @ och ett namn')).toBeInTheDocument();
  });
});

describe('bordläggning, återremiss and attachments', () => {
  it('återremiss and bordläggning are one entry whose kind is chosen in place', async () => {
    mounted = await mountEditor();
    const user = userEvent.setup();
    const { editor } = mounted;
    editor.commands.setTextSelection(endOf(editor, 'paragraph', 0));
    editor.view.focus();
    await user.keyboard('{Alt>}{Shift>}T{/Shift}{/Alt}');
    expect(nodeOf('deferral', 0).attrs.kind).toBe('återremiss');
    editor.commands.insertContent('för komplettering av underlaget');
    await user.keyboard('{Tab}');
    const kind = within(viewOf('deferral', 0)).getByRole('combobox', { name: 'Slag av beslut' });
    await waitFor(() => expect(document.activeElement).toBe(kind));
    await user.selectOptions(kind, 'bordläggning');
    expect(nodeOf('deferral', 0).attrs.kind).toBe('bordläggning');
    expect(nodeOf('deferral', 0).textContent).toBe('för komplettering av underlaget');
  });

  it('attachments are numbered by their order, and renumbered when a § moves', async () => {
    mounted = await mountEditor();
    const { editor } = mounted;
    editor.commands.setTextSelection(endOf(editor, 'paragraph', 5));
    await typeCommand(' /bilaga');
    editor.commands.insertContent('Offert från hyresvärden');
    const labels = () => [...editor.view.dom.querySelectorAll('p.attachment')].map((p) => `${p.getAttribute('data-label')} ${p.textContent}`);
    expect(labels()).toEqual(['Bilaga 1 Resultatrapport januari–oktober', 'Bilaga 2 Offert från hyresvärden']);
    editor.commands.moveAgendaItem('up');
    editor.commands.moveAgendaItem('up');
    expect(labels()).toEqual(['Bilaga 1 Offert från hyresvärden', 'Bilaga 2 Resultatrapport januari–oktober']);
    expect(JSON.stringify(editor.getJSON())).not.toContain('Bilaga 1');
  });
});

describe('the edges of an entry', () => {
  it('Backspace at its start selects the entry instead of merging it into the text before; a second deletes it; undo brings it back whole', async () => {
    mounted = await mountEditor();
    const user = userEvent.setup();
    const { editor } = mounted;
    const assignment = nodeOf('assignment', 0);
    editor.commands.setTextSelection(posOf(editor, 'assignment', 0) + 1);
    editor.view.focus();
    await user.keyboard('{Backspace}');
    expect(editor.state.selection.toJSON()).toEqual({ type: 'node', anchor: posOf(editor, 'assignment', 0) });
    expect(nodeOf('assignment', 0)).toBe(assignment);
    await user.keyboard('{Backspace}');
    expect(() => posOf(editor, 'assignment', 0)).toThrow();
    expect(JSON.stringify(editor.getJSON())).not.toContain('undersöka alternativa lokaler');
    editor.commands.undo();
    expect(nodeOf('assignment', 0).toJSON()).toEqual(assignment.toJSON());
  });

  it('Delete at the end of the paragraph before an entry selects it rather than pulling its text up; the first att-sats of a decision is kept whole too', async () => {
    mounted = await mountEditor();
    const user = userEvent.setup();
    const { editor } = mounted;
    editor.commands.setTextSelection(endOf(editor, 'paragraph', 5));
    editor.view.focus();
    await user.keyboard('{Delete}');
    expect(editor.state.selection.toJSON()).toEqual({ type: 'node', anchor: posOf(editor, 'assignment', 0) });
    const decision = nodeOf('decision', 0);
    editor.commands.setTextSelection(posOf(editor, 'attClause', 0) + 1);
    await user.keyboard('{Backspace}');
    expect(editor.state.selection.toJSON()).toEqual({ type: 'node', anchor: posOf(editor, 'decision', 0) });
    expect(nodeOf('decision', 0)).toBe(decision);
  });
});
