import { waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { endOf, mountEditor, type MountedEditor } from './support/mountEditor';

let mounted: MountedEditor | undefined;
afterEach(() => mounted?.unmount());

function item(index: number): HTMLElement {
  return document.querySelectorAll<HTMLElement>('.ProseMirror section.agenda-item')[index]!;
}

function itemAttrs(index: number): Record<string, string> {
  const items: Record<string, string>[] = [];
  mounted!.editor.state.doc.forEach((child) => child.type.name === 'agendaItem' && items.push(child.attrs as Record<string, string>));
  return items[index]!;
}

describe('the preparation of a §', () => {
  it('is shown compactly under the title, and the title stays the first child of the §', async () => {
    mounted = await mountEditor();
    const prep = item(4).querySelector('.item-prep')!;
    expect(prep).toHaveTextContent('FöredragandeMaria Öberg');
    expect(prep).toHaveTextContent('BeslutsunderlagFörslag till budget 2027');
    expect(prep).toHaveTextContent('Förslag till beslutStyrelsen föreslår årsmötet att fastställa budgeten.');
    expect(item(4).querySelector(':scope > h2.agenda-title')).toHaveTextContent('Budget för 2027');
    expect(item(0).querySelector('.item-prep')).toBeNull();
  });

  it('Alt+Shift+P opens its form in the current §; Enter saves, and the cursor goes back to the title', async () => {
    mounted = await mountEditor();
    const user = userEvent.setup();
    const { editor } = mounted;
    editor.commands.setTextSelection(endOf(editor, 'paragraph', 0));
    editor.view.focus();
    await user.keyboard('{Alt>}{Shift>}P{/Shift}{/Alt}');
    const form = within(item(0)).getByRole('group', { name: 'Förberedelse' });
    const presenter = within(form).getByRole('textbox', { name: 'Föredragande' });
    await waitFor(() => expect(document.activeElement).toBe(presenter));
    await user.keyboard('Anna Lindqvist');
    await user.tab();
    await user.keyboard('2026/114');
    await user.tab();
    await user.keyboard('Kallelse och dagordning');
    await user.tab();
    await user.keyboard('att förklara mötet öppnat{Control>}{Enter}{/Control}');
    expect(itemAttrs(0)).toMatchObject({ presenter: 'Anna Lindqvist', diaryNumber: '2026/114', basis: 'Kallelse och dagordning', proposal: 'att förklara mötet öppnat' });
    expect(within(item(0)).queryByRole('group', { name: 'Förberedelse' })).toBeNull();
    expect(item(0).querySelector('.item-prep')).toHaveTextContent('FöredragandeAnna Lindqvist');
    await waitFor(() => expect(editor.isFocused).toBe(true));
    expect(editor.state.selection.$from.parent.type.name).toBe('agendaTitle');
  });

  it('Escape leaves it as it was, and one undo takes a saved change back', async () => {
    mounted = await mountEditor();
    const user = userEvent.setup();
    const { editor } = mounted;
    await user.click(within(item(4)).getByRole('button', { name: 'Ändra' }));
    const presenter = within(item(4)).getByRole('textbox', { name: 'Föredragande' });
    await user.clear(presenter);
    await user.type(presenter, 'Erik Johansson{Escape}');
    expect(itemAttrs(4).presenter).toBe('Maria Öberg');
    await user.click(within(item(4)).getByRole('button', { name: 'Ändra' }));
    await user.type(within(item(4)).getByRole('textbox', { name: 'Föredragande' }), ' och Erik Johansson{Enter}');
    expect(itemAttrs(4).presenter).toBe('Maria Öberg och Erik Johansson');
    editor.commands.undo();
    expect(itemAttrs(4).presenter).toBe('Maria Öberg');
  });
});
