import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import type { VoteAttrs } from '../../../../shared/document/nodes/vote';
import { validateDocument } from '../../../../shared/document/validateDocument';
import { endOf, mountEditor, posOf, type MountedEditor } from './support/mountEditor';

let mounted: MountedEditor | undefined;
afterEach(() => mounted?.unmount());

function vote(nth: number): VoteAttrs {
  const editor = mounted!.editor;
  return editor.state.doc.nodeAt(posOf(editor, 'vote', nth))!.attrs as VoteAttrs;
}

function voteView(nth: number): HTMLElement {
  return document.querySelectorAll<HTMLElement>('.ProseMirror div.vote')[nth]!;
}

describe('a vote', () => {
  it('is typed from the keyboard: yrkanden with movers, votering by name with J/N/A, counts, winner and result', async () => {
    mounted = await mountEditor();
    const user = userEvent.setup();
    mounted.editor.commands.setTextSelection(endOf(mounted.editor, 'paragraph', 0));
    mounted.editor.view.focus();
    await user.keyboard('{Alt>}{Shift>}V{/Shift}{/Alt}');
    const view = voteView(0);
    await waitFor(() => expect(document.activeElement).toBe(within(view).getByRole('combobox', { name: 'Vem yrkar, yrkande 1' })));
    await user.keyboard('Anna{Enter}');
    await user.tab();
    await user.keyboard('bifall till förslaget');
    await user.click(within(view).getByRole('button', { name: '+ Yrkande' }));
    await user.type(within(view).getByRole('combobox', { name: 'Vem yrkar, yrkande 2' }), 'Erik{Enter}');
    await user.type(within(view).getByRole('textbox', { name: 'Yrkande 2' }), 'avslag');
    expect(vote(0).motions.map((motion) => [motion.mover.name, motion.text])).toEqual([
      ['Anna Lindqvist', 'bifall till förslaget'],
      ['Erik Johansson', 'avslag'],
    ]);

    await user.click(within(view).getByRole('radio', { name: 'Votering' }));
    expect(vote(0)).toMatchObject({ method: 'votering', yesMotion: vote(0).motions[0]!.key, noMotion: vote(0).motions[1]!.key });
    const rollCall = within(view).getByRole('list', { name: 'Röstlängd' });
    // § 1: the members present there, and the ersättare who serves for Lars Nyström; Sofia Åkesson comes at § 4.
    expect(within(rollCall).getAllByRole('radiogroup').map((group) => group.getAttribute('aria-label'))).toEqual([
      'Röst för Anna Lindqvist',
      'Röst för Erik Johansson',
      'Röst för Maria Öberg',
      'Röst för Johan Berg',
    ]);
    within(rollCall).getByRole('radiogroup', { name: 'Röst för Anna Lindqvist' }).querySelector('input')!.focus();
    await user.keyboard('jnja');
    expect(vote(0).ballots.map((ballot) => `${ballot.person.name}:${ballot.choice}`)).toEqual([
      'Anna Lindqvist:ja',
      'Erik Johansson:nej',
      'Maria Öberg:ja',
      'Johan Berg:avstår',
    ]);
    expect(within(view).getByText(/^Ja 2 · Nej 1 · Avstår 1 · Ej röstat 0/)).toBeInTheDocument();
    expect(vote(0).winner).toBe(vote(0).motions[0]!.key);
    await user.click(within(view).getByRole('button', { name: 'Skriv resultat' }));
    expect(vote(0).result).toBe('Omröstningen utföll med 2 ja-röster, 1 nej-röst och 1 som avstod. Styrelsen beslutar enligt Anna Lindqvists yrkande.');
    expect(validateDocument(mounted.editor.getJSON()).ok).toBe(true);
  });

  it('has no winner on equal votes and says the chair decides; the count decides again when it changes', async () => {
    mounted = await mountEditor();
    const user = userEvent.setup();
    const view = voteView(0);
    const rollCall = within(view).getByRole('list', { name: 'Röstlängd' });
    await user.click(within(within(rollCall).getByRole('radiogroup', { name: 'Röst för Anna Lindqvist' })).getByRole('radio', { name: 'Nej' }));
    await waitFor(() => expect(within(view).getByText(/^Ja 3 · Nej 2/)).toBeInTheDocument());
    expect(vote(0).winner).toBe(vote(0).motions[0]!.key);
    await user.click(within(within(rollCall).getByRole('radiogroup', { name: 'Röst för Erik Johansson' })).getByRole('radio', { name: 'Avstår' }));
    expect(vote(0).winner).toBeNull();
    expect(within(view).getByText('Lika röstetal – ordförandens utslagsröst avgör.')).toBeInTheDocument();
    await user.selectOptions(within(view).getByRole('combobox', { name: 'Vinnande yrkande' }), vote(0).motions[1]!.key);
    expect(vote(0).winner).toBe(vote(0).motions[1]!.key);
  });

  it('keeps a ballot of someone no longer deciding at the §, marked, until it is taken away', async () => {
    mounted = await mountEditor();
    const user = userEvent.setup();
    const view = voteView(0);
    const attendance = within(screen.getByRole('region', { name: 'Närvaro' }));
    const johan = attendance.getByText('Johan Berg', { selector: '.attendee-name' }).closest('li')!;
    await user.selectOptions(within(johan).getByRole('combobox', { name: 'Johan Berg tjänstgör för' }), 'ingen');
    const row = within(view).getByText('Johan Berg').closest('li')!;
    expect(row).toHaveTextContent('ej beslutande vid paragrafen');
    await user.click(within(row).getByRole('button', { name: 'Ta bort rösten för Johan Berg' }));
    expect(vote(0).ballots.map((ballot) => ballot.person.name)).not.toContain('Johan Berg');
  });

  it('by acclamation records the winning yrkande and a result without a roll call', async () => {
    mounted = await mountEditor();
    const user = userEvent.setup();
    const view = voteView(0);
    await user.click(within(view).getByRole('radio', { name: 'Acklamation' }));
    expect(within(view).queryByRole('list', { name: 'Röstlängd' })).toBeNull();
    await user.selectOptions(within(view).getByRole('combobox', { name: 'Vinnande yrkande' }), vote(0).motions[1]!.key);
    await user.click(within(view).getByRole('button', { name: 'Skriv resultat' }));
    expect(vote(0).result).toBe('Styrelsen beslutar enligt Sofia Åkessons yrkande.');
  });
});

describe('undo in a vote field', () => {
  it('Ctrl+Z in a field that writes as one types undoes in the minutes, and Ctrl+Shift+Z redoes', async () => {
    mounted = await mountEditor();
    const user = userEvent.setup();
    const view = voteView(0);
    const text = within(view).getByRole('textbox', { name: 'Yrkande 1' });
    const before = vote(0).motions[0]!.text;
    await user.click(text);
    await user.keyboard('{End} och tillägg');
    expect(vote(0).motions[0]!.text).toBe(`${before} och tillägg`);
    await user.keyboard('{Control>}z{/Control}');
    expect(vote(0).motions[0]!.text).toBe(before);
    expect(text).toHaveValue(before);
    await user.keyboard('{Control>}{Shift>}z{/Shift}{/Control}');
    expect(vote(0).motions[0]!.text).toBe(`${before} och tillägg`);
  });
});

describe('a secret ballot', () => {
  it('keeps only the count: names go when the method is chosen, the numbers decide the winner and the result', async () => {
    mounted = await mountEditor();
    const user = userEvent.setup();
    const view = voteView(0);
    await user.click(within(view).getByRole('radio', { name: 'Sluten votering' }));
    expect(vote(0).ballots.every((ballot) => ballot.person.name === '' && ballot.person.personId === null)).toBe(true);
    const count = within(view).getByRole('group', { name: 'Röster i den slutna voteringen' });
    expect(within(count).getByRole('spinbutton', { name: 'Ja' })).toHaveValue(4);
    expect(within(count).getByRole('spinbutton', { name: 'Nej' })).toHaveValue(1);
    expect(JSON.stringify(vote(0).ballots)).not.toContain('Anna Lindqvist');
    await user.clear(within(count).getByRole('spinbutton', { name: 'Nej' }));
    await user.type(within(count).getByRole('spinbutton', { name: 'Nej' }), '3');
    await user.clear(within(count).getByRole('spinbutton', { name: 'Ja' }));
    await user.type(within(count).getByRole('spinbutton', { name: 'Ja' }), '2');
    expect(vote(0).winner).toBe(vote(0).motions[1]!.key);
    await user.click(within(view).getByRole('button', { name: 'Skriv resultat' }));
    expect(vote(0).result).toBe('Omröstningen utföll med 2 ja-röster, 3 nej-röster och 0 som avstod. Styrelsen beslutar enligt Sofia Åkessons yrkande.');
    await user.click(within(view).getByRole('radio', { name: 'Votering' }));
    expect(vote(0).ballots).toEqual([]);
  });
});
