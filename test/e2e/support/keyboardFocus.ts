import type { Locator, Page } from 'playwright-core';

/** Whether the focus is on the element or inside it; with `exact`, on the element itself. */
export async function hasFocus(target: Locator, exact = false): Promise<boolean> {
  return target.evaluate((element, onItself) => element === document.activeElement || (!onItself && element.contains(document.activeElement)), exact);
}

/**
 * Waits until the focus is on the element or inside it (node views take it a frame or two late);
 * with `exact`, on the element itself (the minutes, not a field of a node view inside them).
 */
export async function waitForFocus(target: Locator, options: { exact?: boolean; timeoutMs?: number } = {}): Promise<void> {
  const deadline = Date.now() + (options.timeoutMs ?? 5000);
  while (!(await hasFocus(target, options.exact))) {
    if (Date.now() > deadline) throw new Error(`the focus did not reach ${String(target)}; it is on ${await describeFocus(target.page())}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/**
 * Presses Tab until the focus is on the element or inside it, as a keyboard user would; Shift+Tab
 * when the element comes before the focus in the page.
 */
export async function tabTo(target: Locator, options: { exact?: boolean; maxPresses?: number } = {}): Promise<void> {
  const maxPresses = options.maxPresses ?? 40;
  if (await hasFocus(target, options.exact)) return;
  const backwards = await target.evaluate((element) => {
    const focused = document.activeElement;
    return !!focused && focused !== document.body && (focused.compareDocumentPosition(element) & Node.DOCUMENT_POSITION_PRECEDING) !== 0;
  });
  const key = backwards ? 'Shift+Tab' : 'Tab';
  for (let presses = 0; presses < maxPresses; presses += 1) {
    await target.page().keyboard.press(key);
    if (await hasFocus(target, options.exact)) return;
  }
  throw new Error(`${maxPresses} × ${key} did not reach ${String(target)}; the focus is on ${await describeFocus(target.page())}`);
}

/** The focused element, for messages: its tag, label and text. */
export async function describeFocus(page: Page): Promise<string> {
  return page.evaluate(() => {
    const element = document.activeElement;
    if (!element) return 'nothing';
    const label = element.getAttribute('aria-label') ?? '';
    return `<${element.tagName.toLowerCase()}> ${label} ${(element.textContent ?? '').slice(0, 40)}`.trim();
  });
}

/** Chooses an option of a focused <select> with the arrow keys, as a keyboard user would. */
export async function chooseWithArrows(select: Locator, label: string): Promise<void> {
  const { current, wanted } = await select.evaluate((element: HTMLSelectElement, text) => {
    const options = Array.from(element.options, (option) => option.text);
    return { current: element.selectedIndex, wanted: options.indexOf(text) };
  }, label);
  if (wanted === -1) throw new Error(`no option "${label}" in ${String(select)}`);
  if (!(await hasFocus(select))) throw new Error(`${String(select)} does not have the focus`);
  const key = wanted > current ? 'ArrowDown' : 'ArrowUp';
  for (let step = 0; step < Math.abs(wanted - current); step += 1) await select.page().keyboard.press(key);
}

/**
 * Moves the active option of a listbox (the editor or a field keeps the focus) to the one whose
 * name begins with `text` (a person's detail may follow it) with the arrows, then Enter.
 */
export async function chooseFromList(list: Locator, text: string): Promise<void> {
  const wanted = list.getByRole('option', { name: new RegExp(`^${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`) }).first();
  await wanted.waitFor();
  const count = await list.getByRole('option').count();
  for (let presses = 0; (await wanted.getAttribute('aria-selected')) !== 'true'; presses += 1) {
    if (presses >= count) throw new Error(`the arrows never reached "${text}" in ${String(list)}`);
    await list.page().keyboard.press('ArrowDown');
  }
  await list.page().keyboard.press('Enter');
}
