import type { SaveState } from './Autosaver';

/**
 * The save state ("Sparar …", "Sparat 18:32:05") outside React state, so that the indicator alone
 * is drawn again when it changes — not the meeting screen with the minutes in it, twice a second
 * while the secretary types.
 */
export class SaveStateStore {
  private state: SaveState = { kind: 'saved', at: null };
  private readonly listeners = new Set<() => void>();

  readonly get = (): SaveState => this.state;

  readonly set = (state: SaveState): void => {
    this.state = state;
    for (const listener of this.listeners) listener();
  };

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };
}
