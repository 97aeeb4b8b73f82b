/**
 * The page's answers to main's flush requests (before a window closes or the app quits). Every
 * request is answered, once all listeners have stored their text, or at once when none listens
 * (no meeting open): main waits for the answer before it closes the window.
 */
export function createFlushRequests(answer: () => void) {
  const listeners = new Set<() => Promise<void>>();
  return {
    /** Adds a listener; returns its unsubscribe. */
    subscribe(listener: () => Promise<void>): () => void {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
    /** Runs every listener and answers when all have settled, failed or not. */
    handle(): Promise<void> {
      return Promise.allSettled([...listeners].map((listener) => listener())).then(answer);
    },
  };
}
