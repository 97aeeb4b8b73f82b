import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { ItemSelect } from '../../../../renderer/editor/fields/ItemSelect';
import type { ItemOrder } from '../../../../shared/domain/attendance';

const ids = ['a', 'b', 'c', 'd'];
const order: ItemOrder = { ids, numbers: new Map(ids.map((id, index) => [id, index + 12])) } as ItemOrder;
const titles = ['Mötets öppnande', 'Budget 2027', 'Val av justerare', 'Övriga frågor'];

function Harness(props: { initial: string | null }) {
  const [value, setValue] = useState<string | null>(props.initial);
  return (
    <>
      <button type="button">före</button>
      <ItemSelect label="Från §" order={order} titles={titles} value={value} noneLabel="från början" onChange={setValue} />
      <output>{value ?? 'inget'}</output>
    </>
  );
}

const optionTexts = () => Array.from(screen.getByRole('combobox', { name: 'Från §' }).querySelectorAll('option')).map((option) => option.textContent);

afterEach(cleanup);

describe('a § list', () => {
  it('holds only its current choice while not in use, and shows it', () => {
    render(<Harness initial="c" />);
    expect(optionTexts()).toEqual(['från början', '§ 14 Val av justerare']);
    expect(screen.getByRole('combobox', { name: 'Från §' })).toHaveValue('c');
  });

  it('offers every § once the pointer is over it, and keeps the choice made', async () => {
    render(<Harness initial={null} />);
    const user = userEvent.setup();
    expect(optionTexts()).toEqual(['från början']);
    await user.hover(screen.getByRole('combobox', { name: 'Från §' }));
    expect(optionTexts()).toEqual(['från början', '§ 12 Mötets öppnande', '§ 13 Budget 2027', '§ 14 Val av justerare', '§ 15 Övriga frågor']);
    await user.selectOptions(screen.getByRole('combobox', { name: 'Från §' }), 'b');
    expect(screen.getByRole('status')).toHaveTextContent('b');
    // The chosen list keeps the focus and the whole list until the person goes on elsewhere.
    expect(optionTexts()).toHaveLength(5);
    await user.click(screen.getByRole('button', { name: 'före' }));
    expect(optionTexts()).toEqual(['från början', '§ 13 Budget 2027']);
  });

  it('offers every § when reached by Tab, so the keyboard can choose', async () => {
    render(<Harness initial="a" />);
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'före' }));
    await user.tab();
    expect(screen.getByRole('combobox', { name: 'Från §' })).toHaveFocus();
    expect(optionTexts()).toHaveLength(5);
    await user.selectOptions(screen.getByRole('combobox', { name: 'Från §' }), 'd');
    expect(screen.getByRole('status')).toHaveTextContent('d');
    await user.click(screen.getByRole('button', { name: 'före' }));
    expect(optionTexts()).toEqual(['från början', '§ 15 Övriga frågor']);
  });
});
