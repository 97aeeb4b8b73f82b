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
    const saving = vi.fn(() => new Promise<null>((resolve) => (store = () => resolve(null))));
    const failing = vi.fn(() => Promise.reject(new Error('disk full')));
    const gone = vi.fn(() => Promise.resolve(null));
    requests.subscribe(saving);
    requests.subscribe(failing);
    requests.subscribe(gone)();
    const handled = requests.handle();
    await Promise.resolve();
    expect(answer).not.toHaveBeenCalled();
    store();
    await handled;
    expect(answer).toHaveBeenCalledTimes(1);
    expect(answer).toHaveBeenCalledWith(null);
    expect(gone).not.toHaveBeenCalled();
  });

  it("answers with the question of a listener whose text could not be stored, for main to ask", async () => {
    const answer = vi.fn();
    const requests = createFlushRequests(answer);
    const question = { message: 'Det du har skrivit är inte sparat', detail: 'Kunde inte spara.', stay: 'Stanna kvar', leave: 'Stäng ändå' };
    requests.subscribe(() => Promise.resolve(null));
    requests.subscribe(() => Promise.resolve(question));
    await requests.handle();
    expect(answer).toHaveBeenCalledWith(question);
  });
});
