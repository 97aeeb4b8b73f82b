import type { Editor } from '@tiptap/core';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ParagrafApi } from '../../../../shared/contract/api';
import { ParagrafError } from '../../../../shared/contract/errors';
import type { UnsavedQuestion } from '../../../../shared/contract/shellChannels';
import { App } from '../../../../renderer/app/App';
import { createTestServices, tempDirForThisTest, type TestServices } from '../../../helpers/createTestServices';

let services: TestServices;
beforeEach(() => {
  window.location.hash = '#/';
  window.localStorage.clear();
});
afterEach(() => services?.dispose());

function editorInstance(): Editor {
  const dom = document.querySelector('.ProseMirror') as (HTMLElement & { editor?: Editor }) | null;
  if (!dom?.editor) throw new Error('no editor on screen');
  return dom.editor;
}

/** "Nytt möte" on the meeting list, clicked: its form. */
async function openNewMeetingForm(user: ReturnType<typeof userEvent.setup>): Promise<HTMLElement> {
  await user.click(await screen.findByRole('button', { name: 'Nytt möte' }));
  return screen.findByRole('dialog', { name: 'Nytt möte' });
}

/** The app on fresh services, with "Nytt möte" open and its date field emptied. */
async function newMeetingWithDateCleared() {
  services = createTestServices();
  const user = userEvent.setup();
  render(<App api={services.api} language="sv" />);
  const form = await openNewMeetingForm(user);
  const date = within(form).getByLabelText('Datum');
  await user.clear(date);
  return { user, form, date };
}

async function createMeetingThroughUi(user: ReturnType<typeof userEvent.setup>) {
  const form = await openNewMeetingForm(user);
  await waitFor(() => expect(within(form).getByRole('button', { name: 'Skapa möte' })).toBeEnabled());
  await user.click(within(form).getByRole('button', { name: 'Skapa möte' }));
  await screen.findByText('Mötets öppnande');
}

/** The app with a new meeting open whose saves fail (the store does not answer) until `store.up()`. */
async function meetingWithAStoreThatIsDown() {
  services = createTestServices();
  let down = true;
  const flaky: ParagrafApi = {
    ...services.api,
    minutes: {
      save: (input) => (down ? Promise.reject(new ParagrafError('UNREACHABLE', 'down')) : services.api.minutes.save(input)),
    },
  };
  const user = userEvent.setup();
  render(<App api={flaky} language="sv" />);
  await createMeetingThroughUi(user);
  return { user, store: { up: () => void (down = false) } };
}

/** Types `text` at the start of the first §'s text. */
function typeInFirstItem(text: string): void {
  editorInstance().commands.insertContentAt(editorInstance().state.doc.child(0).nodeSize + 1 + 'Mötets öppnande'.length + 2, text);
}

describe('Paragraf screens', () => {
  it('a first start needs no set-up: a new meeting from the template is ready to type in', async () => {
    services = createTestServices();
    const user = userEvent.setup();
    render(<App api={services.api} language="sv" />);
    expect(await screen.findByText(/Inga möten ännu/)).toBeInTheDocument();
    expect(await screen.findByText('Min förening')).toBeInTheDocument();
    await createMeetingThroughUi(user);
    const numbers = [...document.querySelectorAll('h2.agenda-title')].map((title) => title.getAttribute('data-number'));
    expect(numbers).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', '9', '10', '11']);
    expect(screen.getByText('Mötets avslutande')).toBeInTheDocument();
    expect(window.location.hash).toMatch(/^#\/meeting\//);
  });

  it('shows a wrong date in place and does not create the meeting', async () => {
    const { user, form, date } = await newMeetingWithDateCleared();
    await user.type(date, '2026-02-31');
    expect(within(form).getByRole('button', { name: 'Skapa möte' })).toBeDisabled();
    await user.tab();
    expect(within(form).getByRole('alert')).toHaveTextContent('Den 31 februari 2026 finns inte – februari har 28 dagar.');
    expect(date).toHaveValue('2026-02-31');
    expect(date).toHaveAttribute('aria-invalid', 'true');
    expect(await services.api.meetings.list({})).toEqual([]);
  });

  it('reads the date in "Nytt möte" the Swedish way, as the minutes do, and says what it read', async () => {
    const { user, form, date } = await newMeetingWithDateCleared();
    await user.tab();
    expect(within(form).getByRole('alert')).toHaveTextContent('Skriv mötets datum');
    await user.type(date, '27/4 2027');
    expect(within(form).queryByRole('alert')).toBeNull();
    expect(within(form).getByText('27 april 2027')).toBeInTheDocument();
    await user.tab();
    expect(date).toHaveValue('27 april 2027');
    await user.click(within(form).getByRole('button', { name: 'Skapa möte' }));
    await screen.findByText('Mötets öppnande');
    expect((await services.api.meetings.list({})).map((meeting) => meeting.date)).toEqual(['2027-04-27']);
  });

  it('"Nytt möte" is left with Escape or Avbryt, and the focus goes back to its button', async () => {
    services = createTestServices();
    const user = userEvent.setup();
    render(<App api={services.api} language="sv" />);
    const form = await openNewMeetingForm(user);
    expect(within(form).getByLabelText('Rubrik')).toHaveFocus();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog', { name: 'Nytt möte' })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Nytt möte' })).toHaveFocus();
    await user.keyboard('{Enter}');
    await user.click(within(await screen.findByRole('dialog', { name: 'Nytt möte' })).getByRole('button', { name: 'Avbryt' }));
    expect(screen.queryByRole('dialog', { name: 'Nytt möte' })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Nytt möte' })).toHaveFocus();
    expect(await services.api.meetings.list({})).toEqual([]);
  });

  it('saves what is typed without any explicit save, and shows "Sparat"', async () => {
    services = createTestServices();
    const user = userEvent.setup();
    render(<App api={services.api} language="sv" />);
    await createMeetingThroughUi(user);
    typeInFirstItem('Ordföranden Åsa Öberg öppnade mötet.');
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent(/^Sparat \d\d:\d\d:\d\d$/));
    const [meeting] = await services.api.meetings.list({});
    const stored = await services.api.meetings.open({ id: meeting!.id });
    expect(stored.version).toBeGreaterThan(1);
    expect(JSON.stringify(stored.document)).toContain('Ordföranden Åsa Öberg öppnade mötet.');
  });

  it('a change of the save state redraws the indicator only, never the minutes', async () => {
    services = createTestServices();
    const user = userEvent.setup();
    render(<App api={services.api} language="sv" />);
    await createMeetingThroughUi(user);
    // Each redraw of the meeting screen hands the editor its options anew (a view update), and the
    // save state changes twice a second while the secretary types.
    const setOptions = vi.spyOn(editorInstance(), 'setOptions');
    for (const text of ['Ordföranden ', 'öppnade ', 'mötet.']) {
      typeInFirstItem(text);
      await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent(/^Sparar/));
      await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent(/^Sparat \d\d:\d\d:\d\d$/));
    }
    expect(setOptions).not.toHaveBeenCalled();
  });

  it('tells the user when a save fails, keeps the text, and saves once the store answers again', async () => {
    const { store, user } = await meetingWithAStoreThatIsDown();
    typeInFirstItem('Text som inte får försvinna.');
    expect(await screen.findByText(/Kunde inte spara: Paragraf svarar inte just nu\./)).toBeInTheDocument();
    expect(editorInstance().getText()).toContain('Text som inte får försvinna.');
    store.up();
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent(/^Sparat/), { timeout: 4000 });
    const [meeting] = await services.api.meetings.list({});
    expect(JSON.stringify((await services.api.meetings.open({ id: meeting!.id })).document)).toContain('Text som inte får försvinna.');
  });

  it('asks before leaving a meeting whose text cannot be saved, and lets go once it is saved', async () => {
    const { store, user } = await meetingWithAStoreThatIsDown();
    const meetingHash = window.location.hash;
    typeInFirstItem('Text som inte är sparad.');
    await screen.findByRole('alert');
    const confirm = vi.spyOn(window, 'confirm').mockReturnValue(false);
    await user.click(screen.getByRole('button', { name: '← Alla möten' }));
    expect(confirm).toHaveBeenCalledWith(expect.stringMatching(/^Texten du har skrivit här sedan det senast sparades är inte sparad/));
    // A link in the top bar asks too; staying keeps the meeting, its address and the text.
    await user.click(screen.getByRole('link', { name: 'Register' }));
    expect(confirm).toHaveBeenCalledTimes(2);
    await waitFor(() => expect(window.location.hash).toBe(meetingHash));
    expect(editorInstance().getText()).toContain('Text som inte är sparad.');
    expect(screen.queryByRole('heading', { name: 'Register' })).toBeNull();

    store.up();
    await user.click(screen.getByRole('button', { name: 'Försök igen nu' }));
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent(/^Sparat/), { timeout: 4000 });
    await user.click(screen.getByRole('button', { name: '← Alla möten' }));
    expect(await screen.findByRole('button', { name: 'Nytt möte' })).toBeInTheDocument();
    expect(confirm).toHaveBeenCalledTimes(2);
    confirm.mockRestore();
  });

  it('in the desktop app, a window closing while its text cannot be saved hands main the question to ask', async () => {
    let flushListener: (() => Promise<UnsavedQuestion | null>) | null = null;
    window.paragrafShell = {
      onFlushRequest: (listener) => {
        flushListener = listener;
        return () => (flushListener = null);
      },
      onNavigate: () => () => undefined,
    };
    try {
      const { store } = await meetingWithAStoreThatIsDown();
      typeInFirstItem('Text som inte är sparad.');
      await screen.findByRole('alert');
      expect(await flushListener!()).toEqual({
        message: 'Det du har skrivit är inte sparat',
        detail: expect.stringMatching(/^Kunde inte spara: Paragraf svarar inte just nu\..*\n\nOm du stänger nu går texten/s),
        stay: 'Stanna kvar',
        leave: 'Stäng ändå',
      });
      // The store is back: the flush before closing stores the text, and there is nothing to ask.
      store.up();
      expect(await flushListener!()).toBeNull();
      const [meeting] = await services.api.meetings.list({});
      expect(JSON.stringify((await services.api.meetings.open({ id: meeting!.id })).document)).toContain('Text som inte är sparad.');
    } finally {
      delete window.paragrafShell;
    }
  });

  it('the Justering panel names the § as they are on screen: renamed, marked omedelbart justerad, or numbered anew', async () => {
    services = createTestServices();
    const user = userEvent.setup();
    render(<App api={services.api} language="sv" />);
    await createMeetingThroughUi(user);
    await user.click(screen.getByRole('button', { name: 'Justering' }));
    const panel = await screen.findByRole('complementary', { name: 'Justering' });
    expect(within(panel).queryByText('Omedelbart justerade paragrafer')).toBeNull();
    // § 2 is marked to be adjusted at once, and its title is changed.
    const editor = editorInstance();
    let second = -1;
    editor.state.doc.forEach((node, offset) => {
      if (second === -1 && node.type.name === 'agendaItem' && node.firstChild?.textContent === 'Val av justerare') second = offset;
    });
    editor.chain().setTextSelection(second + 2 + 'Val av justerare'.length).toggleImmediateAdjustment().insertContent(' och rösträknare').run();
    expect(await within(panel).findByText('Omedelbart justerade paragrafer')).toBeInTheDocument();
    expect(within(panel).getByText(/^§ 2 Val av justerare och rösträknare/)).toBeInTheDocument();
    // A § put in before it numbers it anew.
    editor.chain().setTextSelection(3).insertContentAt(editor.state.doc.child(0).nodeSize + (editor.state.doc.child(1).type.name === 'attendance' ? editor.state.doc.child(1).nodeSize : 0), {
      type: 'agendaItem',
      attrs: { id: 'inserted-item' },
      content: [{ type: 'agendaTitle', content: [{ type: 'text', text: 'Ny punkt' }] }, { type: 'paragraph' }],
    }).run();
    expect(await within(panel).findByText(/^§ 3 Val av justerare och rösträknare/)).toBeInTheDocument();
  });

  it('removes a meeting made by mistake from the list after asking, and keeps it when the answer is no', async () => {
    services = createTestServices();
    const board = { templateId: 'builtin-board-meeting', bodyId: 'default-board' };
    await services.api.meetings.create({ ...board, title: 'Prov', date: '2026-02-01' });
    const sent = await services.api.meetings.create({ ...board, title: 'Styrelsemöte', date: '2026-03-01' });
    await services.api.justering.send({ meetingId: sent.id });
    const user = userEvent.setup();
    render(<App api={services.api} language="sv" />);
    await screen.findByRole('link', { name: 'Prov' });
    // Minutes sent for justering are part of the record: they have no such button.
    expect(screen.queryByRole('button', { name: 'Ta bort Styrelsemöte 2026-03-01' })).toBeNull();

    const confirm = vi.spyOn(window, 'confirm').mockReturnValue(false);
    await user.click(screen.getByRole('button', { name: 'Ta bort Prov 2026-02-01' }));
    expect(confirm).toHaveBeenCalledWith('Ta bort ”Prov” 2026-02-01 och allt som har skrivits i protokollet? Det går inte att ångra.');
    expect(screen.getByRole('link', { name: 'Prov' })).toBeInTheDocument();
    expect(await services.api.meetings.list({})).toHaveLength(2);

    confirm.mockReturnValue(true);
    await user.click(screen.getByRole('button', { name: 'Ta bort Prov 2026-02-01' }));
    await waitFor(() => expect(screen.queryByRole('link', { name: 'Prov' })).toBeNull());
    expect(screen.getByRole('status')).toHaveTextContent('Mötet ”Prov” 2026-02-01 är borttaget.');
    // The keyboard goes on from "Nytt möte", not from a button that is gone.
    expect(screen.getByRole('button', { name: 'Nytt möte' })).toHaveFocus();
    expect((await services.api.meetings.list({})).map((meeting) => meeting.title)).toEqual(['Styrelsemöte']);
    confirm.mockRestore();
  });

  it('says why a meeting could not be removed (sent for justering from another window meanwhile) and keeps it', async () => {
    services = createTestServices();
    const meeting = await services.api.meetings.create({ templateId: 'builtin-board-meeting', bodyId: 'default-board', title: 'Prov', date: '2026-02-01' });
    const user = userEvent.setup();
    render(<App api={services.api} language="sv" />);
    const remove = await screen.findByRole('button', { name: 'Ta bort Prov 2026-02-01' });
    await services.api.justering.send({ meetingId: meeting.id });
    const confirm = vi.spyOn(window, 'confirm').mockReturnValue(true);
    await user.click(remove);
    expect(await screen.findByRole('alert')).toHaveTextContent('Protokollet är låst och kan inte ändras.');
    expect(screen.getByRole('link', { name: 'Prov' })).toBeInTheDocument();
    expect(await services.api.meetings.list({})).toHaveLength(1);
    // The list shows the meeting as it is now: sent, and with no button to remove it.
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Ta bort Prov 2026-02-01' })).toBeNull());
    expect(screen.getByText('Till justering')).toBeInTheDocument();
    confirm.mockRestore();
  });

  it('switches to English and back', async () => {
    services = createTestServices();
    const user = userEvent.setup();
    render(<App api={services.api} />);
    await user.click(await screen.findByRole('button', { name: 'English' }));
    expect(await screen.findByRole('button', { name: 'New meeting' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Svenska' }));
    expect(await screen.findByRole('button', { name: 'Nytt möte' })).toBeInTheDocument();
  });

  it('renames the organisation and the board', async () => {
    services = createTestServices();
    const user = userEvent.setup();
    window.location.hash = '#/settings';
    render(<App api={services.api} language="sv" />);
    const name = await screen.findByLabelText('Organisationens namn');
    await waitFor(() => expect(name).toHaveValue('Min förening'));
    await user.clear(name);
    await user.type(name, 'Föreningen Ängsö');
    await user.click(screen.getByRole('button', { name: 'Spara' }));
    expect(await screen.findByText('Sparat.')).toBeInTheDocument();
    expect((await services.api.organisation.get({})).name).toBe('Föreningen Ängsö');
    expect(screen.getAllByText('Föreningen Ängsö').length).toBeGreaterThan(0);
  });

  it('says in Swedish that a corrupt database was moved aside', async () => {
    const dataDir = tempDirForThisTest();
    writeFileSync(join(dataDir, 'paragraf.db'), 'inte en databas'.repeat(100));
    services = createTestServices({ dataDir });
    render(<App api={services.api} language="sv" />);
    const alert = await screen.findByText(/Databasen var skadad och kunde inte öppnas/);
    expect(alert).toHaveTextContent('paragraf.db.skadad-');
    expect(alert).toHaveTextContent('inget har raderats');
  });
});
