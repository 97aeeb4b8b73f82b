import type { Editor } from '@tiptap/core';
import { render, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import type { ParagrafApi } from '../../../../shared/contract/api';
import { ParagrafError } from '../../../../shared/contract/errors';
import { ApiContext } from '../../../../renderer/app/apiContext';
import { I18nProvider } from '../../../../renderer/app/i18n';
import { MeetingScreen } from '../../../../renderer/features/meetings/MeetingScreen';
import { createTestServices, type TestServices } from '../../../helpers/createTestServices';
import { placeCursorIn } from '../../../helpers/createTestEditor';

let services: TestServices;
afterEach(() => services?.dispose());

/** One window on the meeting: its own meeting screen and editor, on the same store as the other. */
async function openWindow(meetingId: string, api: ParagrafApi = services.api) {
  const rendered = render(
    <ApiContext.Provider value={api}>
      <I18nProvider language="sv">
        <MeetingScreen meetingId={meetingId} onBack={() => undefined} />
      </I18nProvider>
    </ApiContext.Provider>,
  );
  const dom = await waitFor(() => {
    const found = rendered.container.querySelector('.ProseMirror') as (HTMLElement & { editor?: Editor }) | null;
    if (!found?.editor) throw new Error('no editor yet');
    return found;
  });
  const editor = dom.editor!;
  const view = within(rendered.container);
  return {
    editor,
    view,
    /** Types at the end of the n-th §'s paragraph, as a person's typing reaches the editor. */
    typeIn(item: number, text: string) {
      placeCursorIn(editor, item, 'paragraph');
      editor.commands.insertContent(text);
    },
    saved: () => waitFor(() => expect(view.getByRole('status')).toHaveTextContent(/^Sparat/), { timeout: 4000 }),
  };
}

/** Whether closing the tab now would make the browser ask first (a cancelled 'beforeunload'). */
function closingIsQuestioned(): boolean {
  const event = new Event('beforeunload', { cancelable: true });
  window.dispatchEvent(event);
  return event.defaultPrevented;
}

async function storedText(meetingId: string): Promise<string> {
  return JSON.stringify((await services.api.meetings.open({ id: meetingId })).document);
}

async function twoWindowsOnANewMeeting() {
  services = createTestServices();
  const [body] = await services.api.bodies.list({});
  const meeting = await services.api.meetings.create({ templateId: 'builtin-board-meeting', bodyId: body!.id, title: 'Styrelsemöte', date: '2026-12-03' });
  const first = await openWindow(meeting.id);
  const second = await openWindow(meeting.id);
  return { meetingId: meeting.id, first, second };
}

describe('the same minutes open in two windows', () => {
  it('keeps what both typed when they typed in different §, without asking', async () => {
    const { meetingId, first, second } = await twoWindowsOnANewMeeting();
    first.typeIn(0, 'Ordföranden öppnade mötet.');
    await first.saved();
    second.typeIn(1, 'Till justerare valdes Maria Öberg.');
    await waitFor(async () => expect(await storedText(meetingId)).toContain('Till justerare valdes Maria Öberg.'), { timeout: 4000 });
    await second.saved();
    expect(await storedText(meetingId)).toContain('Ordföranden öppnade mötet.');
    // The second window now shows the first one's text too, and nobody was asked anything.
    expect(second.editor.getText()).toContain('Ordföranden öppnade mötet.');
    expect(second.view.queryByRole('alert')).toBeNull();
    // The first window takes the second's text in at its next save.
    first.typeIn(2, 'Dagordningen godkändes.');
    await waitFor(async () => expect(await storedText(meetingId)).toContain('Dagordningen godkändes.'), { timeout: 4000 });
    const stored = await storedText(meetingId);
    for (const text of ['Ordföranden öppnade mötet.', 'Till justerare valdes Maria Öberg.', 'Dagordningen godkändes.']) expect(stored).toContain(text);
    await waitFor(() => expect(first.editor.getText()).toContain('Till justerare valdes Maria Öberg.'));
  });

  it('asks when both typed in the same §, keeps the text chosen there, and everything else', async () => {
    const { meetingId, first, second } = await twoWindowsOnANewMeeting();
    const user = userEvent.setup();
    first.typeIn(0, 'Härifrån det första.');
    await first.saved();
    second.typeIn(0, 'Från det andra.');
    second.typeIn(3, 'Ekonomin är god.');
    const alert = await second.view.findByRole('alert', {}, { timeout: 4000 });
    expect(alert).toHaveTextContent('båda har ändrat § 1 Mötets öppnande');
    expect(second.view.getByRole('status')).toHaveTextContent('Inte sparat');
    // Nothing typed here is lost while the question is open, and the browser asks before the tab closes.
    expect(second.editor.getText()).toContain('Från det andra.');
    expect(closingIsQuestioned()).toBe(true);
    await user.click(within(alert).getByRole('button', { name: 'Behåll texten härifrån' }));
    await waitFor(async () => expect(await storedText(meetingId)).toContain('Från det andra.'), { timeout: 4000 });
    const stored = await storedText(meetingId);
    expect(stored).toContain('Ekonomin är god.');
    expect(stored).not.toContain('Härifrån det första.');
    expect(second.view.queryByRole('alert')).toBeNull();
    expect(closingIsQuestioned()).toBe(false);

    // The first window, still on its own text in § 1, types there and in § 3: it is asked in turn, and
    // takes the other window's § 1; its § 3 is kept.
    first.typeIn(0, ' Tillägg härifrån.');
    first.typeIn(2, 'Dagordningen godkändes.');
    const question = await first.view.findByRole('alert', {}, { timeout: 4000 });
    await user.click(within(question).getByRole('button', { name: 'Ta texten från det andra fönstret' }));
    await waitFor(async () => expect(await storedText(meetingId)).toContain('Dagordningen godkändes.'), { timeout: 4000 });
    await first.saved();
    expect(first.editor.getText()).toContain('Från det andra.');
    expect(first.editor.getText()).not.toContain('Tillägg härifrån.');
    const final = await storedText(meetingId);
    for (const text of ['Från det andra.', 'Ekonomin är god.', 'Dagordningen godkändes.']) expect(final).toContain(text);
    expect(final).not.toContain('Tillägg härifrån.');
  });

  it('keeps the question, and says why, when the choice cannot be carried out', async () => {
    services = createTestServices();
    const [body] = await services.api.bodies.list({});
    const meeting = await services.api.meetings.create({ templateId: 'builtin-board-meeting', bodyId: body!.id, title: 'Styrelsemöte', date: '2026-12-03' });
    let reachable = true;
    let opens = 0;
    const flaky: ParagrafApi = {
      ...services.api,
      meetings: {
        ...services.api.meetings,
        open: (input) => {
          opens += 1;
          return reachable ? services.api.meetings.open(input) : Promise.reject(new ParagrafError('UNREACHABLE', 'down'));
        },
      },
    };
    const first = await openWindow(meeting.id);
    const second = await openWindow(meeting.id, flaky);
    const user = userEvent.setup();
    first.typeIn(0, 'Härifrån det första.');
    await first.saved();
    second.typeIn(0, 'Från det andra.');
    const alert = await second.view.findByRole('alert', {}, { timeout: 4000 });
    reachable = false;
    const opensBefore = opens;
    await user.click(within(alert).getByRole('button', { name: 'Behåll texten härifrån' }));
    await waitFor(() => expect(second.view.getByRole('alert')).toHaveTextContent('Valet kunde inte genomföras: Paragraf svarar inte just nu.'));
    expect(opens).toBe(opensBefore + 1);
    reachable = true;
    await user.click(within(second.view.getByRole('alert')).getByRole('button', { name: 'Behåll texten härifrån' }));
    await waitFor(async () => expect(await storedText(meeting.id)).toContain('Från det andra.'), { timeout: 4000 });
    await second.saved();
  });
});
