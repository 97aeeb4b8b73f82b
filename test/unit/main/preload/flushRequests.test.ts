import { describe, expect, it, vi } from 'vitest';
import { createFlushRequests } from '../../../../main/preload/flushRequests';

describe("the page's answers to main's flush requests", () => {
  it('answers at once when no meeting is open, so a window on the meeting list closes without waiting', async () => {
    const answer = vi.fn();
    await createFlushRequests(answer).handle();
    expect(answer).toHaveBeenCalledTimes(1);
  });

  it('answers once every listener has stored its text, also when one failed, and never for an unsubscribed one', async () => {
    const answer = vi.fn();
    const requests = createFlushRequests(answer);
    let store!: () => void;
    const saving = vi.fn(() => new Promise<void>((resolve) => (store = resolve)));
    const failing = vi.fn(() => Promise.reject(new Error('disk full')));
    const gone = vi.fn(() => Promise.resolve());
    requests.subscribe(saving);
    requests.subscribe(failing);
    requests.subscribe(gone)();
    const handled = requests.handle();
    await Promise.resolve();
    expect(answer).not.toHaveBeenCalled();
    store();
    await handled;
    expect(answer).toHaveBeenCalledTimes(1);
    expect(gone).not.toHaveBeenCalled();
  });
});
