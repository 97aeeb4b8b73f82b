import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import type { PersonRef } from '../../../../shared/document/nodes/attributeSchemas';
import { createTestServices } from '../../../helpers/createTestServices';
import { endOf, mountEditor, posOf, type MountedEditor } from './support/mountEditor';

let mounted: MountedEditor | undefined;
afterEach(() => mounted?.unmount());

function paragraphText(nth: number): string {
  const { editor } = mounted!;
  return editor.state.doc.resolve(endOf(editor, 'paragraph', nth)).parent.textContent;
}

function assignees(): PersonRef[] {
  const { editor } = mounted!;
  return editor.state.doc.nodeAt(posOf(editor, 'assignment', 0))!.attrs.assignees as PersonRef[];
}

async function people() {
  return screen.findByRole('listbox', { name: 'Personer' });
}

describe('@-completion of people', () => {
  it('an unknown name offers "Lägg till … i registret", adds the person and keeps the name typed', async () => {
    mounted = await mountEditor();
    const user = userEvent.setup();
    const { editor } = mounted;
    editor.commands.setTextSelection(endOf(editor, 'paragraph', 0));
    editor.view.focus();
    editor.commands.insertContent(' Ordet gick till @Kalle Anka');
    const list = await people();
    expect(within(list).getAllByRole('option').map((option) => option.textContent)).toEqual(['Lägg till ”Kalle Anka” i registret']);
    await user.keyboard('{Enter}');
    expect(paragraphText(0)).toBe('Ordföranden Anna Lindqvist hälsade alla välkomna och förklarade mötet öppnat. Ordet gick till Kalle Anka');
    await waitFor(async () => expect((await mounted!.services.api.people.list({})).map((person) => person.name)).toContain('Kalle Anka'));
  });

  it('in an assignment the new person joins its people at once, and gets their register id when it is known', async () => {
    mounted = await mountEditor();
    const user = userEvent.setup();
    const { editor } = mounted;
    editor.commands.setTextSelection(endOf(editor, 'assignment', 0));
    editor.view.focus();
    editor.commands.insertContent(' @Kalle Anka');
    await people();
    await user.keyboard('{Enter}');
    expect(assignees()[1]?.name).toBe('Kalle Anka');
    const registered = await waitFor(async () => {
      const person = (await mounted!.services.api.people.list({})).find((candidate) => candidate.name === 'Kalle Anka');
      expect(person).toBeDefined();
      return person!;
    });
    await waitFor(() => expect(assignees()[1]).toEqual({ personId: registered.id, name: 'Kalle Anka' }));
  });

  it('when the register cannot take the person, the name stays in the minutes and a message says so', async () => {
    mounted = await mountEditor({
      people: (services) => ({ list: services.api.people.list, create: () => Promise.reject(new Error('register locked')) }),
    });
    const user = userEvent.setup();
    const { editor } = mounted;
    editor.commands.setTextSelection(endOf(editor, 'assignment', 0));
    editor.view.focus();
    editor.commands.insertContent(' @Kalle Anka');
    await people();
    await user.keyboard('{Enter}');
    expect(await screen.findByRole('alert')).toHaveTextContent('”Kalle Anka” kunde inte läggas till i registret. Namnet står kvar i protokollet');
    expect(assignees().map((person) => person.name)).toEqual(['Erik Johansson', 'Kalle Anka']);
    expect(assignees()[1]!.personId).toBeNull();
  });

  it('when the register cannot be read, it says so and still offers the people of the meeting', async () => {
    mounted = await mountEditor({
      people: () => ({ list: () => Promise.reject(new Error('locked')), create: () => Promise.reject(new Error('locked')) }),
    });
    expect(await screen.findByRole('alert')).toHaveTextContent('Registret kunde inte läsas. Namn kan ändå skrivas in.');
    const { editor } = mounted;
    editor.commands.setTextSelection(endOf(editor, 'paragraph', 0));
    editor.view.focus();
    editor.commands.insertContent(' @Sof');
    expect(within(await people()).getAllByRole('option')[0]).toHaveTextContent('Sofia Åkesson');
  });

  it('Escape closes the list and leaves the text as typed', async () => {
    mounted = await mountEditor();
    const user = userEvent.setup();
    const { editor } = mounted;
    editor.commands.setTextSelection(endOf(editor, 'paragraph', 0));
    editor.view.focus();
    editor.commands.insertContent(' @Kal');
    await people();
    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('listbox', { name: 'Personer' })).toBeNull());
    editor.commands.insertContent('le');
    expect(screen.queryByRole('listbox', { name: 'Personer' })).toBeNull();
    expect(paragraphText(0)).toMatch(/ @Kalle$/);
  });

  it('two people with the same name stay distinct: each is offered with what tells them apart, and keeps their id', async () => {
    const services = createTestServices();
    const school = await services.api.people.create({ name: 'Anna Berg', email: 'anna.berg@skolan.se' });
    const municipality = await services.api.people.create({ name: 'Anna Berg', email: 'anna.berg@kommunen.se' });
    mounted = await mountEditor({ services });
    const user = userEvent.setup();
    const { editor } = mounted;
    for (const [index, wanted] of [school, municipality].entries()) {
      editor.commands.setTextSelection(endOf(editor, 'assignment', 0));
      editor.view.focus();
      editor.commands.insertContent(' @Anna Berg');
      const list = await people();
      const names = within(list).getAllByRole('option').map((option) => option.textContent);
      expect(names).toEqual(['Anna Berganna.berg@skolan.se', 'Anna Berganna.berg@kommunen.se', 'Lägg till en annan ”Anna Berg” i registret']);
      await user.keyboard(index === 1 ? '{ArrowDown}{Enter}' : '{Enter}');
      await waitFor(() => expect(assignees()[index + 1]).toEqual({ personId: wanted.id, name: 'Anna Berg' }));
    }
    const chips = [...(editor.view.nodeDOM(posOf(editor, 'assignment', 0)) as HTMLElement).querySelectorAll('.chip')];
    expect(chips.map((chip) => chip.getAttribute('data-person-id'))).toEqual(['', school.id, municipality.id]);
    services.dispose();
  });
});
