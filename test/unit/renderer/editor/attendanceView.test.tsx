import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import type { Attendee, RoleAssignment } from '../../../../shared/document/nodes/attendance';
import type { MinutesDocument } from '../../../../shared/document/types';
import { endOf, mountEditor, type MountedEditor } from './support/mountEditor';

let mounted: MountedEditor | undefined;
afterEach(() => mounted?.unmount());

function attendance(mountedEditor: MountedEditor): { attendees: Attendee[]; roles: RoleAssignment[] } {
  const node = mountedEditor.editor.state.doc.child(1);
  return { attendees: node.attrs.attendees as Attendee[], roles: node.attrs.roles as RoleAssignment[] };
}

function row(name: string): HTMLElement {
  const region = screen.getByRole('region', { name: 'Närvaro' });
  return within(region).getByText(name, { selector: '.attendee-name' }).closest('li')!;
}

function itemIds(mountedEditor: MountedEditor): string[] {
  const ids: string[] = [];
  mountedEditor.editor.state.doc.forEach((child) => child.type.name === 'agendaItem' && ids.push(String(child.attrs.id)));
  return ids;
}

/** Chooses a § in a list as a person does: the list is clicked open first, then the § picked. */
async function chooseItem(user: ReturnType<typeof userEvent.setup>, list: HTMLElement, itemId: string): Promise<void> {
  await user.click(list);
  await user.selectOptions(list, itemId);
}

function quorumText(): string {
  return screen.getByRole('region', { name: 'Närvaro' }).querySelector('.quorum')!.textContent ?? '';
}

describe('the attendance list', () => {
  it('shows members, ersättare and others with their status, and who an ersättare serves for', async () => {
    mounted = await mountEditor();
    const region = await screen.findByRole('region', { name: 'Närvaro' });
    expect(within(region).getByText('Beslutande ledamöter')).toBeInTheDocument();
    expect(within(row('Lars Nyström')).getByRole('radio', { name: 'Anmält förhinder' })).toBeChecked();
    expect(within(row('Anna Lindqvist')).getByRole('radio', { name: 'Närvarande' })).toBeChecked();
    expect(within(row('Johan Berg')).getByRole('combobox', { name: 'Johan Berg tjänstgör för' })).toHaveDisplayValue('Lars Nyström');
    expect(row('Sofia Åkesson')).toHaveTextContent('§ 4 – § 10');
  });

  it('changes a status from the keyboard: the arrow keys move within the radio group', async () => {
    mounted = await mountEditor();
    const user = userEvent.setup();
    const present = within(row('Erik Johansson')).getByRole('radio', { name: 'Närvarande' });
    present.focus();
    await user.keyboard('{ArrowRight}');
    await waitFor(() => expect(attendance(mounted!).attendees.find((a) => a.name === 'Erik Johansson')?.status).toBe('absent'));
    await user.keyboard('{ArrowRight}');
    await waitFor(() => expect(attendance(mounted!).attendees.find((a) => a.name === 'Erik Johansson')?.status).toBe('excused'));
  });

  it('shows beslutförhet live at the § with the cursor, from the body rule and the list', async () => {
    mounted = await mountEditor();
    const user = userEvent.setup();
    mounted.editor.commands.setTextSelection(endOf(mounted.editor, 'paragraph', 0));
    await waitFor(() => expect(quorumText()).toBe('Beslutsfört vid § 1: 4 av 5 ledamöter tjänstgör (minst 3).'));
    mounted.editor.commands.setTextSelection(endOf(mounted.editor, 'attClause', 3));
    await waitFor(() => expect(quorumText()).toBe('Beslutsfört vid § 5: 5 av 5 ledamöter tjänstgör (minst 3).'));
    await user.selectOptions(within(row('Johan Berg')).getByRole('combobox', { name: 'Johan Berg tjänstgör för' }), 'ingen');
    await user.click(within(row('Erik Johansson')).getByRole('radio', { name: 'Frånvarande' }));
    await user.click(within(row('Maria Öberg')).getByRole('radio', { name: 'Frånvarande' }));
    await waitFor(() => expect(quorumText()).toBe('Inte beslutsfört vid § 5: 2 av 5 ledamöter tjänstgör, minst 3 krävs.'));
    expect(document.querySelector('.toolbar .quorum')).toHaveTextContent('§ 5: inte beslutsfört 2/5 (minst 3)');
  });

  it('records arrival, a stretch away and jäv by choosing §, and writes them as minutes do', async () => {
    mounted = await mountEditor();
    const user = userEvent.setup();
    const ids = itemIds(mounted);
    await user.click(within(row('Maria Öberg')).getByRole('button', { name: 'Närvaro per paragraf för Maria Öberg' }));
    const details = screen.getByRole('group', { name: 'Närvaro per paragraf för Maria Öberg' });
    await chooseItem(user, within(details).getByRole('combobox', { name: 'Maria Öberg närvarande från' }), ids[1]!);
    await chooseItem(user, within(details).getByRole('combobox', { name: 'Maria Öberg ej närvarande från' }), ids[4]!);
    await chooseItem(user, within(details).getByRole('combobox', { name: 'Maria Öberg ej närvarande till och med' }), ids[5]!);
    await chooseItem(user, within(details).getByRole('combobox', { name: 'Maria Öberg jävig i' }), ids[6]!);
    const maria = attendance(mounted).attendees.find((attendee) => attendee.name === 'Maria Öberg')!;
    expect(maria).toMatchObject({ presentFrom: ids[1], awayFrom: ids[4], awayTo: ids[5], disqualified: [ids[6]] });
    expect(row('Maria Öberg')).toHaveTextContent('§ 2 – § 10, ej § 5 – § 6 · jäv § 7');
    await user.click(within(details).getByRole('button', { name: 'Ta bort jäv i § 7' }));
    expect(attendance(mounted).attendees.find((attendee) => attendee.name === 'Maria Öberg')!.disqualified).toEqual([]);
  });

  it('numbers the ranges by the items, so moving a § keeps who was present where', async () => {
    mounted = await mountEditor();
    const ids = itemIds(mounted);
    mounted.editor.commands.setTextSelection(endOf(mounted.editor, 'agendaTitle', 3));
    mounted.editor.commands.moveAgendaItem('up');
    const sofia = attendance(mounted).attendees.find((attendee) => attendee.name === 'Sofia Åkesson')!;
    expect(sofia.presentFrom).toBe(ids[3]);
    await waitFor(() => expect(row('Sofia Åkesson')).toHaveTextContent('§ 3 – § 10'));
  });

  it('adds the body members missing from the list, and someone else present from the register', async () => {
    mounted = await mountEditor({
      members: [
        { id: 'm1', bodyId: 'b', personId: 'p-ulla', personName: 'Ulla Sten', role: 'ledamot', party: 'S' },
        { id: 'm2', bodyId: 'b', personId: 'p-ove', personName: 'Ove Berg', role: 'ersättare', party: '' },
      ],
    });
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Fyll i från registret (2)' }));
    expect(attendance(mounted).attendees.slice(-2)).toMatchObject([
      { personId: 'p-ulla', name: 'Ulla Sten', group: 'member', party: 'S', status: 'present' },
      { personId: 'p-ove', name: 'Ove Berg', group: 'substitute' },
    ]);
    await user.selectOptions(screen.getByRole('combobox', { name: 'Lägg till som' }), 'other');
    await user.type(screen.getByRole('combobox', { name: 'Lägg till person …' }), 'Kalle Anka');
    await user.click(await screen.findByRole('option', { name: 'Lägg till ”Kalle Anka” i registret' }));
    await waitFor(() => expect(attendance(mounted!).attendees.at(-1)).toMatchObject({ name: 'Kalle Anka', group: 'other', role: 'tjänsteperson' }));
    const registered = (await mounted.services.api.people.list({})).find((person) => person.name === 'Kalle Anka');
    expect(attendance(mounted).attendees.at(-1)!.personId).toBe(registered?.id);
  });

  it('gives roles to people for a § range: a justerare elected in § 2 for the rest of the meeting', async () => {
    mounted = await mountEditor();
    const user = userEvent.setup();
    const ids = itemIds(mounted);
    await user.click(screen.getByRole('button', { name: '+ Lägg till roll' }));
    const roles = screen.getByRole('group', { name: 'Roller' });
    const pickers = within(roles).getAllByRole('combobox', { name: 'Vem är Justerare' });
    await user.type(pickers.at(-1)!, 'Sof');
    await user.keyboard('{Enter}');
    const froms = within(roles).getAllByRole('combobox', { name: 'Från §' });
    await chooseItem(user, froms.at(-1)!, ids[1]!);
    expect(attendance(mounted).roles.at(-1)).toMatchObject({ role: 'justerare', name: 'Sofia Åkesson', from: ids[1], to: null });
    await user.selectOptions(within(roles).getAllByRole('combobox', { name: 'Roll' }).at(-1)!, 'rösträknare');
    expect(attendance(mounted).roles.at(-1)!.role).toBe('rösträknare');
  });

  it('is reached from the text by the command "Närvaro, jäv och roller", and Escape goes back to the text', async () => {
    mounted = await mountEditor();
    const user = userEvent.setup();
    mounted.editor.commands.setTextSelection(endOf(mounted.editor, 'paragraph', 0));
    mounted.editor.view.focus();
    await user.keyboard('{Control>}k{/Control}');
    await user.keyboard('närvaro{Enter}');
    await waitFor(() => expect(document.activeElement).toBe(within(row('Anna Lindqvist')).getByRole('radio', { name: 'Närvarande' })));
    await user.keyboard('{Escape}');
    await waitFor(() => expect(mounted!.editor.isFocused).toBe(true));
    expect(mounted.editor.state.selection.from).toBe(endOf(mounted.editor, 'paragraph', 0));
  });
});

describe('minutes without an attendance list', () => {
  it('get an empty one from the command, with the keyboard in it', async () => {
    const minutes: MinutesDocument = {
      type: 'doc',
      content: [
        { type: 'meetingHeader', attrs: { title: 'Gammalt möte' } },
        { type: 'agendaItem', attrs: { id: 'item-1' }, content: [{ type: 'agendaTitle', content: [{ type: 'text', text: 'Mötets öppnande' }] }, { type: 'paragraph' }] },
      ],
    };
    mounted = await mountEditor({ document: minutes });
    const user = userEvent.setup();
    mounted.editor.commands.setTextSelection(endOf(mounted.editor, 'paragraph', 0));
    mounted.editor.view.focus();
    await user.keyboard('{Control>}k{/Control}närvaro{Enter}');
    expect(mounted.editor.state.doc.child(1).type.name).toBe('attendance');
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('combobox', { name: 'Lägg till som' })));
  });
});
