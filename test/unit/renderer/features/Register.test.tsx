import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { App } from '../../../../renderer/app/App';
import { createTestServices, type TestServices } from '../../../helpers/createTestServices';

let services: TestServices;

/** Starts the app on the meeting list and opens the example meeting from it. */
async function openExampleFromList() {
  services = createTestServices();
  window.location.hash = '#/';
  const user = userEvent.setup();
  render(<App api={services.api} language="sv" />);
  await user.click(await screen.findByRole('button', { name: 'Öppna exempelmöte' }));
  expect(await screen.findByText('Budget för 2027')).toBeInTheDocument();
  return user;
}
beforeEach(() => {
  window.localStorage.clear();
});
afterEach(() => services?.dispose());

describe('the register screen', () => {
  it('adds people, seats them in the board with role and party, and keeps namesakes apart', async () => {
    services = createTestServices();
    window.location.hash = '#/register';
    const user = userEvent.setup();
    render(<App api={services.api} language="sv" />);
    const newPerson = await screen.findByRole('form', { name: 'Ny person' });
    for (const [name, email] of [['Lars Andersson', 'lars@example.se'], ['Lars Andersson', 'lars.a@example.se'], ['Anna Lindqvist', '']] as const) {
      await user.type(within(newPerson).getByLabelText('Namn'), name);
      if (email) await user.type(within(newPerson).getByLabelText('E-post'), email);
      await user.click(within(newPerson).getByRole('button', { name: 'Lägg till person' }));
      await waitFor(() => expect(within(newPerson).getByLabelText('Namn')).toHaveValue(''));
      if (email === 'lars.a@example.se') {
        expect(await screen.findByText(/Det finns redan en person som heter Lars Andersson/)).toBeInTheDocument();
      }
    }
    expect(await services.api.people.list({})).toHaveLength(3);

    const members = screen.getByRole('region', { name: 'Ledamöter och övriga' });
    const personSelect = within(members).getByLabelText('Person');
    const options = within(personSelect).getAllByRole('option').map((option) => option.textContent);
    expect(options).toContain('Lars Andersson (lars@example.se)');
    expect(options).toContain('Lars Andersson (lars.a@example.se)');
    await user.selectOptions(personSelect, 'Anna Lindqvist');
    await user.selectOptions(within(members).getByLabelText('Roll'), 'ordförande');
    await user.type(within(members).getByLabelText('Parti'), 'S');
    await user.click(within(members).getByRole('button', { name: 'Lägg till i organet' }));
    await within(members).findByRole('cell', { name: 'Anna Lindqvist' });
    expect(await services.api.bodies.members({ bodyId: 'default-board' })).toMatchObject([
      { personName: 'Anna Lindqvist', role: 'ordförande', party: 'S' },
    ]);
  });

  it('creates a nämnd with a quorum of at least three and a § start', async () => {
    services = createTestServices();
    window.location.hash = '#/register';
    const user = userEvent.setup();
    render(<App api={services.api} language="sv" />);
    const newBody = await screen.findByRole('form', { name: 'Nytt organ' });
    await user.type(within(newBody).getByLabelText('Nytt organ'), 'Kultur- och fritidsnämnden');
    await user.click(within(newBody).getByRole('button', { name: 'Lägg till organ' }));
    const settings = await screen.findByRole('form', { name: 'Kultur- och fritidsnämnden' });
    await user.click(within(settings).getByLabelText('Minst ett visst antal'));
    const count = within(settings).getByLabelText('Antal');
    await user.clear(count);
    await user.type(count, '3');
    await user.type(within(settings).getByLabelText(/Första § år/), '94');
    await user.click(within(settings).getByRole('button', { name: 'Spara organet' }));
    expect(await within(settings).findByText('Sparat.')).toBeInTheDocument();
    const body = (await services.api.bodies.list({})).find((candidate) => candidate.name === 'Kultur- och fritidsnämnden');
    expect(body).toMatchObject({ kind: 'nämnd', quorumRule: { kind: 'minimum', count: 3 } });
    const meeting = await services.api.meetings.create({ templateId: 'builtin-committee-meeting', bodyId: body!.id, title: 'Sammanträde', date: `${new Date().getFullYear()}-06-01` });
    expect((await services.api.meetings.open({ id: meeting.id })).firstParagraphNumber).toBe(94);
  });
});

describe('templates', () => {
  it('edits a built-in agenda and a new meeting gets it', async () => {
    services = createTestServices();
    window.location.hash = '#/templates';
    const user = userEvent.setup();
    render(<App api={services.api} language="sv" />);
    await user.click(await screen.findByRole('button', { name: /Styrelsemöte \(förening\)/ }));
    const first = await screen.findByLabelText('Rubrik 1');
    await user.clear(first);
    await user.type(first, 'Öppnande och upprop');
    await user.click(screen.getByRole('button', { name: 'Flytta ned 2' }));
    await user.click(screen.getByRole('button', { name: 'Spara mallen' }));
    expect(await screen.findByText('Mallen är sparad.')).toBeInTheDocument();
    const template = await services.api.templates.get({ id: 'builtin-board-meeting' });
    expect(template.itemTitles.slice(0, 3)).toEqual(['Öppnande och upprop', 'Godkännande av dagordningen', 'Val av justerare']);
    expect(screen.queryByRole('button', { name: 'Ta bort mallen' })).not.toBeInTheDocument();
  });

  it('"Spara som mall" from an open meeting, and the example meeting from the list', async () => {
    const user = await openExampleFromList();
    await user.click(screen.getByRole('button', { name: 'Spara som mall' }));
    const name = screen.getByLabelText('Namn på mallen');
    await user.clear(name);
    await user.type(name, 'Budgetmöte');
    await user.click(screen.getByRole('button', { name: 'Spara' }));
    expect(await screen.findByText('Mallen ”Budgetmöte” är sparad.')).toBeInTheDocument();
    const saved = (await services.api.templates.list({})).find((template) => template.name === 'Budgetmöte');
    expect(saved?.itemTitles).toContain('Budget för 2027');
  });

  it('"Spara som mall" is cancelled with Escape, which saves nothing and gives the focus back to its button', async () => {
    const user = await openExampleFromList();
    const before = (await services.api.templates.list({})).length;
    await user.click(screen.getByRole('button', { name: 'Spara som mall' }));
    expect(screen.getByLabelText('Namn på mallen')).toHaveFocus();
    await user.type(screen.getByLabelText('Namn på mallen'), ' utkast');
    await user.keyboard('{Escape}');
    expect(screen.queryByLabelText('Namn på mallen')).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Spara som mall' })).toHaveFocus();
    expect(await services.api.templates.list({})).toHaveLength(before);
  });
});
