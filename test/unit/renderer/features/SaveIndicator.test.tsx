import { act, render, screen, waitFor } from '@testing-library/react';
import { Profiler } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { ParagrafError } from '../../../../shared/contract/errors';
import { I18nProvider } from '../../../../renderer/app/i18n';
import userEvent from '@testing-library/user-event';
import { SaveIndicator } from '../../../../renderer/features/save/SaveIndicator';
import { SaveProblem } from '../../../../renderer/features/save/SaveProblem';
import { SaveStateStore } from '../../../../renderer/features/save/SaveStateStore';

describe('the save indicator', () => {
  it('shows every save state without a React commit, so typing in the minutes never pays for one', async () => {
    const store = new SaveStateStore();
    let commits = 0;
    render(
      <I18nProvider language="sv">
        <Profiler id="indicator" onRender={() => (commits += 1)}>
          <SaveIndicator store={store} />
        </Profiler>
      </I18nProvider>,
    );
    expect(screen.getByRole('status')).toHaveTextContent(/^Sparat$/);
    commits = 0;

    // Drawn after the change's frame, not in it.
    act(() => store.set({ kind: 'saving' }));
    expect(screen.getByRole('status')).toHaveTextContent(/^Sparat$/);
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent(/^Sparar/));
    expect(screen.getByRole('status')).toHaveAttribute('data-state', 'saving');
    act(() => store.set({ kind: 'saved', at: '2026-11-23T17:32:05.000Z' }));
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent(/^Sparat \d\d:\d\d:05$/));
    expect(screen.getByRole('status')).toHaveAttribute('aria-live', 'polite');
    // A failure is short here; SaveProblem tells it in full.
    act(() => store.set({ kind: 'failed', error: new ParagrafError('UNREACHABLE', 'down'), retrying: true }));
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent(/^Inte sparat$/));
    expect(screen.getByRole('status')).toHaveAttribute('data-state', 'failed');
    act(() => store.set({ kind: 'saved', at: '2026-11-23T17:32:09.000Z' }));
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent(/^Sparat \d\d:\d\d:09$/));

    expect(commits).toBe(0);
  });

  it('draws a burst of changes once, with the last state', async () => {
    const store = new SaveStateStore();
    render(
      <I18nProvider language="sv">
        <SaveIndicator store={store} />
      </I18nProvider>,
    );
    const status = screen.getByRole('status');
    const texts: string[] = [];
    const observer = new MutationObserver(() => texts.push(status.textContent ?? ''));
    observer.observe(status, { childList: true, characterData: true, subtree: true });
    act(() => {
      store.set({ kind: 'saving' });
      store.set({ kind: 'saved', at: '2026-11-23T17:32:05.000Z' });
      store.set({ kind: 'saving' });
      store.set({ kind: 'saved', at: '2026-11-23T17:32:07.000Z' });
    });
    await waitFor(() => expect(status).toHaveTextContent(/^Sparat \d\d:\d\d:07$/));
    observer.disconnect();
    expect(texts).toHaveLength(1);
  });

  it('tells a failure in full at the foot of the window, with what can be done, and is not drawn while saves succeed', async () => {
    const store = new SaveStateStore();
    const onRetry = vi.fn();
    const onReload = vi.fn();
    const user = userEvent.setup();
    let commits = 0;
    render(
      <I18nProvider language="sv">
        <Profiler id="problem" onRender={() => (commits += 1)}>
          <SaveProblem store={store} conflict={null} onRetry={onRetry} onReload={onReload} />
        </Profiler>
      </I18nProvider>,
    );
    commits = 0;
    act(() => store.set({ kind: 'saving' }));
    act(() => store.set({ kind: 'saved', at: '2026-11-23T17:32:05.000Z' }));
    expect(commits).toBe(0);
    expect(screen.queryByRole('alert')).toBeNull();

    act(() => store.set({ kind: 'failed', error: new ParagrafError('UNREACHABLE', 'down'), retrying: true }));
    expect(screen.getByRole('alert')).toHaveTextContent(/^Kunde inte spara: Paragraf svarar inte just nu\. Texten finns kvar här och Paragraf försöker igen\./);
    await user.click(screen.getByRole('button', { name: 'Försök igen nu' }));
    expect(onRetry).toHaveBeenCalledTimes(1);

    act(() => store.set({ kind: 'failed', error: new ParagrafError('READ_ONLY', 'frozen'), retrying: false }));
    expect(screen.getByRole('alert')).toHaveTextContent('Protokollet är låst och kan inte ändras.');
    await user.click(screen.getByRole('button', { name: 'Ladda om' }));
    expect(onReload).toHaveBeenCalledTimes(1);

    act(() => store.set({ kind: 'saved', at: '2026-11-23T17:32:09.000Z' }));
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
