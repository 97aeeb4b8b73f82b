import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { useI18n } from '../../../../renderer/app/i18n';
import { endOf, mountEditor, posOf, type MountedEditor } from './support/mountEditor';

let mounted: MountedEditor | undefined;
afterEach(() => mounted?.unmount());

function SwitchToEnglish() {
  const { setLanguage } = useI18n();
  return (
    <button type="button" onClick={() => setLanguage('en')}>
      English
    </button>
  );
}

/** Mounts the example minutes and locks them, as sending them for justering does. */
async function mountLocked() {
  mounted = await mountEditor();
  const user = userEvent.setup();
  const { editor } = mounted;
  const before = JSON.stringify(editor.getJSON());
  act(() => editor.setEditable(false));
  const attendance = screen.getByRole('region', { name: 'Närvaro' });
  await waitFor(() => expect(within(attendance).getAllByRole('radio')[0]).toBeDisabled());
  return { user, editor, before, attendance };
}

describe('locked minutes (sent for justering)', () => {
  it('keep every field disabled and every command, shortcut and palette from changing them', async () => {
    const { user, editor, before } = await mountLocked();
    expect(within(document.querySelector<HTMLElement>('.ProseMirror div.vote')!).getByRole('radio', { name: 'Votering' })).toBeDisabled();
    expect(within(screen.getByRole('region', { name: 'Nästa möte' })).getByRole('textbox', { name: 'Plats' })).toHaveAttribute('readonly');
    editor.commands.setTextSelection(endOf(editor, 'paragraph', 0));
    editor.view.dom.focus();
    await user.keyboard('{Alt>}{Shift>}U{/Shift}{/Alt}');
    await user.keyboard('{Control>}k{/Control}');
    expect(screen.queryByRole('dialog', { name: 'Kommandon' })).toBeNull();
    // The toolbar's commands are off too, and say so.
    const toolbar = screen.getByRole('toolbar');
    for (const button of within(toolbar).getAllByRole('button')) expect(button).toBeDisabled();
    await user.click(screen.getByRole('button', { name: 'Uppdrag' }));
    const chipRemove = (editor.view.nodeDOM(posOf(editor, 'assignment', 0)) as HTMLElement).querySelector('button.chip-remove')!;
    chipRemove.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    expect(JSON.stringify(editor.getJSON())).toBe(before);
    // A new revision opens the minutes again, and the toolbar with them.
    act(() => editor.setEditable(true));
    await waitFor(() => expect(within(toolbar).getByRole('button', { name: 'Uppdrag' })).toBeEnabled());
  });
});

describe('locked minutes, attendance', () => {
  it('still open "Per §" for a person, showing their § ranges with every field off', async () => {
    const { user, editor, before, attendance } = await mountLocked();
    const sofia = within(attendance).getByText('Sofia Åkesson', { selector: '.attendee-name' }).closest('li')!;
    const toggle = within(sofia).getByRole('button', { name: 'Närvaro per paragraf för Sofia Åkesson' });
    expect(toggle).toBeEnabled();
    await user.click(toggle);
    const details = screen.getByRole('group', { name: 'Närvaro per paragraf för Sofia Åkesson' });
    const from = within(details).getByRole('combobox', { name: 'Sofia Åkesson närvarande från' });
    expect(from).toBeDisabled();
    expect((from as HTMLSelectElement).selectedOptions[0]).toHaveTextContent('§ 4');
    for (const control of within(details).getAllByRole('combobox')) expect(control).toBeDisabled();
    // Adding people and roles stays off.
    for (const button of within(attendance).getAllByRole('button')) {
      if (button.getAttribute('aria-expanded') === null) expect(button).toBeDisabled();
    }
    await user.click(toggle);
    expect(screen.queryByRole('group', { name: 'Närvaro per paragraf för Sofia Åkesson' })).toBeNull();
    expect(JSON.stringify(editor.getJSON())).toBe(before);
  });
});

describe('switching the UI language', () => {
  it('draws the plain DOM entries, numbers and widgets again in the new language, leaving the minutes as they were', async () => {
    mounted = await mountEditor({ beside: <SwitchToEnglish /> });
    const user = userEvent.setup();
    const { editor } = mounted;
    const before = JSON.stringify(editor.getJSON());
    const view = () => editor.view.nodeDOM(posOf(editor, 'assignment', 0)) as HTMLElement;
    expect(view().querySelector('.entry-label')).toHaveTextContent('Uppdrag');
    await user.click(screen.getByRole('button', { name: 'English' }));
    await waitFor(() => expect(view().querySelector('.entry-label')).toHaveTextContent('Assignment'));
    expect(view()).toHaveTextContent('is asked to');
    expect(editor.view.dom.querySelector('p.attachment')).toHaveAttribute('data-label', 'Attachment 1');
    expect(editor.view.dom.querySelector('.item-prep')).toHaveTextContent('PresenterMaria Öberg');
    expect(await screen.findByRole('region', { name: 'Attendance' })).toBeInTheDocument();
    expect(JSON.stringify(editor.getJSON())).toBe(before);
    expect(editor.can().undo()).toBe(false);
  });

  it('takes a roll call in English with Y, N and A, says so beside the counts, and writes the result into the minutes in Swedish', async () => {
    mounted = await mountEditor({ beside: <SwitchToEnglish /> });
    const user = userEvent.setup();
    const { editor } = mounted;
    await user.click(screen.getByRole('button', { name: 'English' }));
    const view = document.querySelector<HTMLElement>('.ProseMirror div.vote')!;
    const rollCall = await within(view).findByRole('list', { name: 'Roll call' });
    within(rollCall).getByRole('radiogroup', { name: 'Vote of Anna Lindqvist' }).querySelector('input')!.focus();
    await user.keyboard('ynya');
    const vote = editor.state.doc.nodeAt(posOf(editor, 'vote', 0))!;
    // The example's first vote is at a § where Sofia Åkesson has come; Johan Berg had voted already.
    expect((vote.attrs.ballots as { person: { name: string }; choice: string }[]).map((ballot) => `${ballot.person.name}:${ballot.choice}`)).toEqual([
      'Anna Lindqvist:ja',
      'Erik Johansson:nej',
      'Maria Öberg:ja',
      'Sofia Åkesson:avstår',
      'Johan Berg:ja',
    ]);
    expect(within(view).getByText(/^Yes 3 · No 1 · Abstain 1 · Not voted 0 +\(Y, N, A on a row\)$/)).toBeInTheDocument();
    // The motions are named the English way there: "Anna Lindqvist's motion", not "Anna Lindqvists".
    expect(within(within(view).getByRole('combobox', { name: 'Yes for' })).getAllByRole('option').map((option) => option.textContent)).toEqual([
      '–',
      "A: Anna Lindqvist's motion",
      "B: Sofia Åkesson's motion",
    ]);
    // A reservation names its decision as the minutes word it: "att …", also in English.
    const reservation = document.querySelector<HTMLElement>('.ProseMirror div.reservation')!;
    expect(within(reservation).getByRole('combobox')).toHaveDisplayValue(/^decision 1: att föreslå årsmötet/);
    // The result written into the minutes is Swedish, as the minutes are, whatever the screens speak.
    await user.click(within(view).getByRole('button', { name: 'Write result' }));
    const result = (editor.state.doc.nodeAt(posOf(editor, 'vote', 0))!.attrs.result as string);
    expect(result).toMatch(/^Omröstningen utföll med 3 ja-röster, 1 nej-röst och 1 som avstod\. .+ beslutar enligt (Anna Lindqvists|Sofia Åkessons) yrkande\.$/);
  });
});
