import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { buildMinutes } from '../../../../shared/document/buildMinutes';
import { endOf, mountEditor, type MountedEditor } from './support/mountEditor';

let mounted: MountedEditor | undefined;
afterEach(() => mounted?.unmount());

function newMeeting() {
  return buildMinutes({ title: 'Styrelsemöte', kind: 'protokoll', date: '', startTime: '', endTime: '', place: '' }, [
    { title: 'Mötets öppnande' },
    { title: 'Mötets avslutande' },
  ]);
}

function header() {
  return mounted!.editor.state.doc.firstChild!.attrs as Record<string, string>;
}

function headerView(): HTMLElement {
  return document.querySelector('header.meeting-header')!;
}

describe('the meeting header', () => {
  it('"Öppna mötet" and "Avsluta mötet" record the times from the clock, and the date when none is set', async () => {
    let now = new Date(2026, 10, 12, 18, 32);
    mounted = await mountEditor({ document: newMeeting(), now: () => now });
    const user = userEvent.setup();
    await user.click(within(headerView()).getByRole('button', { name: 'Öppna mötet' }));
    expect(header()).toMatchObject({ date: '2026-11-12', startTime: '18:32', endTime: '' });
    expect(within(headerView()).getByText('Mötet öppnades 18:32')).toBeInTheDocument();
    now = new Date(2026, 10, 12, 20, 47);
    await user.click(within(headerView()).getByRole('button', { name: 'Avsluta mötet' }));
    expect(header()).toMatchObject({ startTime: '18:32', endTime: '20:47' });
    expect(within(headerView()).getByText('Mötet pågick 18:32–20:47')).toBeInTheDocument();
  });

  it('the clock commands are also in the palette', async () => {
    mounted = await mountEditor({ document: newMeeting(), now: () => new Date(2026, 3, 27, 9, 5) });
    const user = userEvent.setup();
    mounted.editor.commands.setTextSelection(endOf(mounted.editor, 'paragraph', 0));
    mounted.editor.view.focus();
    await user.keyboard('{Control>}k{/Control}öppna{Enter}');
    expect(header()).toMatchObject({ date: '2026-04-27', startTime: '09:05' });
  });

  it('reads the date typed the Swedish way and shows an impossible one in place', async () => {
    mounted = await mountEditor({ document: newMeeting() });
    const user = userEvent.setup();
    const date = within(headerView()).getByRole('textbox', { name: 'Datum' });
    await user.type(date, '31/2{Enter}');
    expect(within(headerView()).getByRole('alert')).toHaveTextContent('Den 31 februari 2026 finns inte – februari har 28 dagar.');
    expect(header().date).toBe('');
    await user.clear(date);
    await user.type(date, '12 nov kl 18.30{Enter}');
    expect(header()).toMatchObject({ date: '2026-11-12', startTime: '18:30' });
    expect(date).toHaveValue('12 november 2026');
  });

  it('keeps justeringens plats och tid', async () => {
    mounted = await mountEditor({ document: newMeeting() });
    const user = userEvent.setup();
    await user.type(within(headerView()).getByRole('textbox', { name: 'Justeringens plats' }), 'Kansliet');
    await user.type(within(headerView()).getByRole('textbox', { name: 'Justeringens datum' }), '19/11{Enter}');
    expect(header()).toMatchObject({ adjustmentPlace: 'Kansliet', adjustmentDate: '2026-11-19' });
  });
});

describe('the next meeting', () => {
  it('Alt+Shift+N adds it at the end and puts the keyboard in its date; "14/1 kl 18.30–20.30" fills the times', async () => {
    mounted = await mountEditor({ document: newMeeting() });
    const user = userEvent.setup();
    const { editor } = mounted;
    editor.commands.setTextSelection(endOf(editor, 'paragraph', 0));
    editor.view.focus();
    await user.keyboard('{Alt>}{Shift>}N{/Shift}{/Alt}');
    expect(editor.state.doc.lastChild?.type.name).toBe('nextMeeting');
    const region = await screen.findByRole('region', { name: 'Nästa möte' });
    const date = within(region).getByRole('textbox', { name: 'Datum' });
    await waitFor(() => expect(document.activeElement).toBe(date));
    await user.keyboard('14/1 kl 18.30–20.30{Enter}');
    await user.type(within(region).getByRole('textbox', { name: 'Plats' }), 'Föreningslokalen');
    expect(editor.state.doc.lastChild!.attrs).toEqual({ date: '2027-01-14', startTime: '18:30', endTime: '20:30', place: 'Föreningslokalen' });
    await user.keyboard('{Alt>}{Shift>}N{/Shift}{/Alt}');
    let count = 0;
    editor.state.doc.forEach((child) => child.type.name === 'nextMeeting' && (count += 1));
    expect(count).toBe(1);
  });

  it('a time that does not exist is said in place', async () => {
    mounted = await mountEditor();
    const user = userEvent.setup();
    const region = screen.getByRole('region', { name: 'Nästa möte' });
    const start = within(region).getByRole('textbox', { name: 'Från' });
    await user.clear(start);
    await user.type(start, '25.00{Enter}');
    expect(within(region).getByRole('alert')).toHaveTextContent('Klockslaget 25.00 finns inte.');
    expect(mounted.editor.state.doc.lastChild!.attrs.startTime).toBe('18:30');
  });
});
