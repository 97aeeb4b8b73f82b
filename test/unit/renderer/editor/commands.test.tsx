import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { minutesCommandList, shortcutText } from '../../../../renderer/editor/commands/commandList';
import { validateDocument } from '../../../../shared/document/validateDocument';
import { endOf, mountEditor, type MountedEditor } from './support/mountEditor';

let mounted: MountedEditor | undefined;
afterEach(() => mounted?.unmount());

function itemTypes(index: number): string[] {
  const items: string[][] = [];
  mounted!.editor.state.doc.forEach((child) => {
    if (child.type.name === 'agendaItem') items.push(child.content.content.map((node) => node.type.name));
  });
  return items[index]!;
}

function titles(): string[] {
  const result: string[] = [];
  mounted!.editor.state.doc.forEach((child) => child.type.name === 'agendaItem' && result.push(child.firstChild!.textContent));
  return result;
}

describe('slash commands', () => {
  it('"/" at a word start opens the commands; Enter takes the first and leaves no "/…" text or empty line', async () => {
    mounted = await mountEditor();
    const user = userEvent.setup();
    const { editor } = mounted;
    editor.commands.setTextSelection(endOf(editor, 'paragraph', 1));
    editor.view.focus();
    editor.commands.insertContent('/bes');
    const menu = await screen.findByRole('listbox', { name: 'Kommandon' });
    expect(within(menu).getAllByRole('option').map((option) => option.textContent)).toEqual(['BeslutCtrl+Shift+B', 'Förberedelse av paragrafenAlt+Shift+P']);
    await user.keyboard('{Enter}');
    expect(itemTypes(1)).toEqual(['agendaTitle', 'decision', 'decision']);
    expect(JSON.stringify(editor.getJSON())).not.toContain('/bes');
    expect(validateDocument(editor.getJSON()).ok).toBe(true);
  });

  it('finds a command by any of its words, and the arrows choose among several', async () => {
    mounted = await mountEditor();
    const user = userEvent.setup();
    const { editor } = mounted;
    editor.commands.setTextSelection(endOf(editor, 'paragraph', 3));
    editor.view.focus();
    editor.commands.insertContent(' /nä');
    const menu = await screen.findByRole('listbox', { name: 'Kommandon' });
    expect(within(menu).getAllByRole('option').map((option) => option.textContent?.replace(/Alt.*$|\/.*$/, ''))).toEqual(['Nästa möte', 'Närvaro, jäv och roller']);
    await user.keyboard('{ArrowDown}{ArrowDown}{Enter}');
    const nextMeeting = screen.getByRole('region', { name: 'Nästa möte' });
    await waitFor(() => expect(document.activeElement).toBe(within(nextMeeting).getByRole('textbox', { name: 'Datum' })));
  });

  it('"/punktlista" on a line of its own starts the list on that line; the paragraph above stays as it was', async () => {
    mounted = await mountEditor();
    const user = userEvent.setup();
    const { editor } = mounted;
    editor.commands.setTextSelection(endOf(editor, 'paragraph', 0));
    editor.view.focus();
    const above = editor.state.selection.$from.parent.textContent;
    editor.commands.splitBlock();
    editor.commands.insertContent('/punktlista');
    const menu = await screen.findByRole('listbox', { name: 'Kommandon' });
    expect(within(menu).getAllByRole('option')[0]).toHaveTextContent(/^Punktlista/);
    await user.keyboard('{Enter}');
    expect(itemTypes(0)).toEqual(['agendaTitle', 'paragraph', 'bulletList']);
    const $cursor = editor.state.selection.$from;
    expect($cursor.node(-1).type.name).toBe('listItem');
    expect($cursor.parent.textContent).toBe('');
    editor.commands.insertContent('Specialkost');
    const item = editor.state.doc.child(2);
    expect(item.child(1).textContent).toBe(above);
    expect(item.child(2).textContent).toBe('Specialkost');
  });

  it('Escape closes the menu and keeps the text; a slash inside a word ("27/4") is only text', async () => {
    mounted = await mountEditor();
    const user = userEvent.setup();
    const { editor } = mounted;
    editor.commands.setTextSelection(endOf(editor, 'paragraph', 0));
    editor.view.focus();
    editor.commands.insertContent(' /uppdrag');
    await screen.findByRole('listbox', { name: 'Kommandon' });
    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('listbox', { name: 'Kommandon' })).toBeNull());
    await user.keyboard('{Enter}');
    expect(itemTypes(0)).toEqual(['agendaTitle', 'paragraph', 'paragraph']);
    expect(editor.state.doc.resolve(endOf(editor, 'paragraph', 0)).parent.textContent).toMatch(/ \/uppdrag$/);
    editor.commands.insertContent('Nästa möte 27/4');
    expect(screen.queryByRole('listbox', { name: 'Kommandon' })).toBeNull();
  });
});

describe('the command palette', () => {
  it('Ctrl+K lists every command with its shortcut and slash word', async () => {
    mounted = await mountEditor();
    const user = userEvent.setup();
    mounted.editor.view.focus();
    await user.keyboard('{Control>}k{/Control}');
    const palette = await screen.findByRole('dialog', { name: 'Kommandon' });
    const options = within(palette).getAllByRole('option');
    expect(options).toHaveLength(minutesCommandList.length);
    for (const [index, command] of minutesCommandList.entries()) {
      if (command.shortcut) expect(options[index]).toHaveTextContent(shortcutText(command.shortcut));
    }
    expect(options[0]).toHaveTextContent('Ny paragrafCtrl+Enter/paragraf');
    expect(options.find((option) => option.textContent?.startsWith('Flytta paragrafen uppåt'))).toHaveTextContent('Alt+Shift+↑');
  });

  it('filters as one types and runs the command where the cursor was; Escape goes back without doing anything', async () => {
    mounted = await mountEditor();
    const user = userEvent.setup();
    const { editor } = mounted;
    editor.commands.setTextSelection(endOf(editor, 'paragraph', 0));
    editor.view.focus();
    await user.keyboard('{Control>}k{/Control}');
    await user.keyboard('återr');
    const palette = screen.getByRole('dialog', { name: 'Kommandon' });
    expect(within(palette).getAllByRole('option').map((option) => option.textContent)).toEqual(['ÅterremissAlt+Shift+T/återremiss']);
    await user.keyboard('{Enter}');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(itemTypes(0)).toEqual(['agendaTitle', 'paragraph', 'deferral']);
    await user.keyboard('{Control>}k{/Control}');
    await screen.findByRole('dialog', { name: 'Kommandon' });
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
    await waitFor(() => expect(editor.isFocused).toBe(true));
    expect(itemTypes(0)).toEqual(['agendaTitle', 'paragraph', 'deferral']);
  });
});

describe('moving a §', () => {
  it('Alt+Shift+↑/↓ moves the § with all its entries; its decision stays in it and the numbers follow', async () => {
    mounted = await mountEditor({ first: 94 });
    const user = userEvent.setup();
    const { editor } = mounted;
    const before = titles();
    const budget = editor.state.doc.child(6);
    editor.commands.setTextSelection(endOf(editor, 'attClause', 4));
    editor.view.focus();
    await user.keyboard('{Alt>}{Shift>}{ArrowUp}{/Shift}{/Alt}');
    expect(titles().slice(3, 5)).toEqual(['Budget för 2027', 'Ekonomisk rapport']);
    expect(editor.state.doc.child(5)).toBe(budget);
    expect(editor.state.doc.child(5).content.content.map((node) => node.type.name)).toEqual(['agendaTitle', 'paragraph', 'vote', 'decision', 'reservation']);
    const numbers = [...editor.view.dom.querySelectorAll('h2.agenda-title')].map((title) => `${title.getAttribute('data-number')} ${title.textContent}`);
    expect(numbers.slice(3, 5)).toEqual(['97 Budget för 2027', '98 Ekonomisk rapport']);
    expect(editor.state.selection.$from.parent.textContent).toBe('medlemsavgiften ska vara oförändrad 300 kr');
    await user.keyboard('{Alt>}{Shift>}{ArrowDown}{/Shift}{/Alt}');
    expect(titles()).toEqual(before);
    expect(validateDocument(editor.getJSON()).ok).toBe(true);
  });

  it('does nothing at the ends of the agenda', async () => {
    mounted = await mountEditor();
    const { editor } = mounted;
    editor.commands.setTextSelection(endOf(editor, 'agendaTitle', 0));
    expect(editor.commands.moveAgendaItem('up')).toBe(false);
    editor.commands.setTextSelection(endOf(editor, 'agendaTitle', 9));
    expect(editor.commands.moveAgendaItem('down')).toBe(false);
  });
});

describe('the current §', () => {
  it('is marked where the cursor is, and follows it', async () => {
    mounted = await mountEditor();
    const { editor } = mounted;
    const marked = () => [...editor.view.dom.querySelectorAll('section.current-item > h2')].map((title) => title.textContent);
    editor.commands.setTextSelection(endOf(editor, 'paragraph', 3));
    expect(marked()).toEqual(['Ekonomisk rapport']);
    editor.commands.insertContent(' Mer text.');
    expect(marked()).toEqual(['Ekonomisk rapport']);
    editor.commands.setTextSelection(endOf(editor, 'assignment', 0));
    expect(marked()).toEqual(['Lokalfrågan']);
  });
});
