import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../../../renderer/app/App';
import { readFileText } from '../../../../renderer/app/fileTransfer';
import { createTestServices, type TestServices } from '../../../helpers/createTestServices';

const open: TestServices[] = [];
let saved: { fileName: string; content: string }[] = [];

beforeEach(() => {
  window.localStorage.clear();
  saved = [];
  // The browser would save the file; the test keeps what the user would have saved.
  vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
    const name = `blob:${saved.length}`;
    void readFileText(blob as Blob).then((content) => saved.push({ fileName: pendingName, content }));
    return name;
  });
  vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    pendingName = this.download;
  });
});
let pendingName = '';
afterEach(() => {
  vi.restoreAllMocks();
  for (const services of open.splice(0)) services.dispose();
});

function computer(): TestServices {
  const services = createTestServices();
  open.push(services);
  return services;
}

async function savedFile(index: number) {
  await waitFor(() => expect(saved.length).toBeGreaterThan(index));
  return saved[index]!;
}

describe('justering through the UI', () => {
  it('send, review on another computer, comment, suggest, approve, and take the answer back', async () => {
    const secretary = computer();
    const justerare = computer();
    await secretary.api.identity.set({ name: 'Erik Johansson' });
    await justerare.api.identity.set({ name: 'Maria Öberg' });
    const sample = await secretary.api.meetings.createSample({});
    const user = userEvent.setup();

    window.location.hash = `#/meeting/${sample.id}`;
    const first = render(<App api={secretary.api} language="sv" />);
    await user.click(await screen.findByRole('button', { name: 'Justering' }));
    const panel = await screen.findByRole('complementary', { name: 'Justering' });
    await user.click(within(panel).getByRole('button', { name: 'Skicka för justering' }));
    expect(await screen.findByText(/Protokollet är låst för justering/)).toBeInTheDocument();
    const lockedPanel = await screen.findByRole('complementary', { name: 'Justering' });
    expect(within(lockedPanel).getByText(/Ordförande: Anna Lindqvist/)).toBeInTheDocument();
    await user.click(within(lockedPanel).getByRole('button', { name: 'Exportera granskningsfil' }));
    const reviewFile = await savedFile(0);
    expect(reviewFile.fileName).toMatch(/^Justering Exempelmöte 2026-11-12 rev 1\.paragraf$/);
    first.unmount();

    window.location.hash = '#/';
    const second = render(<App api={justerare.api} language="sv" />);
    const input = (await screen.findByText('Öppna granskningsfil')).querySelector('input')!;
    await user.upload(input, new File([reviewFile.content], reviewFile.fileName, { type: 'application/json' }));
    expect(await screen.findByText(/Granskning: Exempelmöte 2026-11-12/)).toBeInTheDocument();
    const item = await screen.findByRole('region', { name: '§ 1 Mötets öppnande' });
    await user.type(within(item).getByLabelText('Kommentar'), 'Ange klockslaget.');
    await user.selectOptions(within(item).getByLabelText('Föreslå ny formulering för'), '0');
    const wording = within(item).getByLabelText('Ny formulering');
    await user.clear(wording);
    await user.type(wording, 'Ordföranden förklarade mötet öppnat kl. 18.30.');
    await user.click(within(item).getByRole('button', { name: 'Lägg till' }));
    expect(await within(item).findByText('Ordföranden förklarade mötet öppnat kl. 18.30.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Justera och skriv svarsfil' }));
    const answer = await savedFile(1);
    expect(await screen.findByText(/Besvarad/)).toBeInTheDocument();
    second.unmount();

    window.location.hash = `#/meeting/${sample.id}`;
    render(<App api={secretary.api} language="sv" />);
    const panelAgain = await screen.findByRole('complementary', { name: 'Justering' });
    const answerInput = within(panelAgain).getByText('Läs in svarsfil').querySelector('input')!;
    await user.upload(answerInput, new File([answer.content], answer.fileName, { type: 'application/json' }));
    expect(await screen.findByText(/Svar från Maria Öberg: 1 kommentarer\. Justeringen är registrerad\./)).toBeInTheDocument();
    await user.upload(within(await screen.findByRole('complementary', { name: 'Justering' })).getByText('Läs in svarsfil').querySelector('input')!, new File([answer.content], answer.fileName));
    expect(await screen.findByText(/redan inläst/)).toBeInTheDocument();

    const status = await secretary.api.justering.status({ meetingId: sample.id });
    expect(status.required.find((entry) => entry.role === 'justerare')?.approved).toBe(true);
    expect(status.comments[0]).toMatchObject({ author: 'Maria Öberg', suggestion: 'Ordföranden förklarade mötet öppnat kl. 18.30.' });

    await user.click(await screen.findByRole('button', { name: 'Godta förslaget' }));
    await waitFor(async () => expect((await secretary.api.justering.status({ meetingId: sample.id })).current?.number).toBe(2));
    expect(await screen.findByText(/gäller en äldre revision, räknas inte/)).toBeInTheDocument();
    expect(await screen.findByText('Ordföranden förklarade mötet öppnat kl. 18.30.', { selector: '.ProseMirror p' })).toBeInTheDocument();
  });

  it('"Ny revision" asks for a reason, warns that approvals are voided, and opens the minutes again', async () => {
    const secretary = computer();
    const sample = await secretary.api.meetings.createSample({});
    const frozen = await secretary.api.justering.send({ meetingId: sample.id });
    await secretary.api.justering.approve({ meetingId: sample.id, revisionHash: frozen.current!.hash, personName: 'Anna Lindqvist', role: 'ordförande' });
    const user = userEvent.setup();
    window.location.hash = `#/meeting/${sample.id}`;
    render(<App api={secretary.api} language="sv" />);
    const panel = await screen.findByRole('complementary', { name: 'Justering' });
    expect(document.querySelector('.ProseMirror')?.getAttribute('contenteditable')).toBe('false');
    await user.click(within(panel).getByRole('button', { name: 'Ny revision …' }));
    expect(within(panel).getByRole('alert')).toHaveTextContent('En ny revision upphäver alla justeringar av revision 1');
    await user.type(within(panel).getByLabelText('Skäl till ändringen'), 'Rättat namn i § 4');
    await user.click(within(panel).getByRole('button', { name: 'Öppna för ändring' }));
    await waitFor(() => expect(document.querySelector('.ProseMirror')?.getAttribute('contenteditable')).toBe('true'));
    expect(await screen.findByText('Ändras för en ny revision: Rättat namn i § 4')).toBeInTheDocument();
    expect(screen.getByText(/gäller en äldre revision, räknas inte/)).toBeInTheDocument();
  });

  it('omedelbar justering: the § is marked, and the panel offers its own extract', async () => {
    const secretary = computer();
    const sample = await secretary.api.meetings.createSample({});
    const user = userEvent.setup();
    window.location.hash = `#/meeting/${sample.id}`;
    const first = render(<App api={secretary.api} language="sv" />);
    await screen.findByText('Budget för 2027');
    const dom = document.querySelector('.ProseMirror') as HTMLElement & { editor: import('@tiptap/core').Editor };
    const editor = dom.editor;
    let budgetPos = -1;
    editor.state.doc.forEach((node, offset) => {
      if (node.type.name === 'agendaItem' && node.firstChild?.textContent === 'Budget för 2027') budgetPos = offset + 2;
    });
    editor.chain().setTextSelection(budgetPos).toggleImmediateAdjustment().run();
    expect(document.querySelectorAll('section.agenda-item[data-immediate-adjustment="true"]')).toHaveLength(1);
    await waitFor(async () => {
      const stored = await secretary.api.meetings.open({ id: sample.id });
      expect(stored.document.content.filter((node) => node.attrs?.immediateAdjustment === true)).toHaveLength(1);
    });
    first.unmount();
    render(<App api={secretary.api} language="sv" />);
    await user.click(await screen.findByRole('button', { name: 'Justering' }));
    const panel = await screen.findByRole('complementary', { name: 'Justering' });
    expect(within(panel).getByText('Omedelbart justerade paragrafer')).toBeInTheDocument();
    expect(within(panel).getByText(/§ 5 Budget för 2027/)).toBeInTheDocument();
    expect(within(panel).getByRole('button', { name: 'Utdrag (PDF)' })).toBeInTheDocument();
  });
});
