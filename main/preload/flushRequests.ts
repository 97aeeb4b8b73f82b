import type { UnsavedQuestion } from '../../shared/contract/shellChannels';

/**
 * The page's answers to main's flush requests (before a window closes or the app quits). Every
 * request is answered, once all listeners have stored their text, or at once when none listens
 * (no meeting open): main waits for the answer before it closes the window. A listener whose text
 * could not be stored resolves to the question main should ask, and the answer carries it.
 */
export function createFlushRequests(answer: (question: UnsavedQuestion | null) => void) {
  const listeners = new Set<() => Promise<UnsavedQuestion | null>>();
  return {
    /** Adds a listener; returns its unsubscribe. */
    subscribe(listener: () => Promise<UnsavedQuestion | null>): () => void {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
    /** Runs every listener and answers when all have settled, failed or not. */
    handle(): Promise<void> {
      return Promise.allSettled([...listeners].map((listener) => listener())).then((results) => {
        const question = results.find((result) => result.status === 'fulfilled' && result.value);
        answer(question?.status === 'fulfilled' ? question.value : null);
      });
    },
  };
}
