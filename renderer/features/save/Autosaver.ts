import { ParagrafError } from '../../../shared/contract/errors';
import type { SavedMinutes } from '../../../shared/contract/models';

/** What the save indicator shows. */
export type SaveState =
  | { kind: 'saved'; at: string | null }
  | { kind: 'saving' }
  | { kind: 'failed'; error: unknown; retrying: boolean };

/** How the autosaver reaches the document and the store. */
export interface AutosaverOptions {
  /** Serialises the current document; called only when a save starts. */
  getDocument: () => unknown;
  /** Stores `document`; `lastSaved` is what the store holds at `baseVersion` (or the loaded document). */
  save: (document: unknown, baseVersion: number, lastSaved: unknown) => Promise<SavedMinutes>;
  /** Whether two snapshots hold the same minutes; a change back to what is stored is not saved. */
  same?: (a: unknown, b: unknown) => boolean;
  initialVersion: number;
  /** Longest gap between saves while typing goes on (a throttle, not an idle debounce). */
  intervalMs: number;
  onState: (state: SaveState) => void;
  /**
   * Called when a save found the minutes changed in the store since `baseVersion` (another window
   * saved them): brings the other version into the editor if that can be done without choosing, and
   * resolves to the store's version and minutes to save against; null leaves the conflict to the user.
   */
  resolveConflict?: () => Promise<Rebase | null>;
  /** Clock and timers, replaceable in tests. */
  now?: () => number;
  setTimer?: (run: () => void, ms: number) => unknown;
  clearTimer?: (timer: unknown) => void;
}

/** What the store holds after another window's save: its version and minutes, to save against. */
export interface Rebase {
  version: number;
  baseline: unknown;
}

const maxRetryMs = 5000;
/** Errors that another try cannot fix: the user must act (reload, or the document is refused). */
const fatalCodes = new Set(['REVISION_CONFLICT', 'INVALID_DOCUMENT', 'READ_ONLY', 'NOT_FOUND']);

/**
 * Keeps the store in step with the editor: a change is saved at once if nothing was saved
 * for `intervalMs`, otherwise when that interval has passed; one save at a time; a failed save
 * keeps the change and tries again, backing off up to five seconds.
 */
export class Autosaver {
  private version: number;
  private dirty = false;
  private inFlight: Promise<void> | null = null;
  private timer: unknown = null;
  private lastStart = Number.NEGATIVE_INFINITY;
  private failures = 0;
  private stopped = false;
  private fatal = false;
  private lastSaved: unknown = null;
  private lastSavedAt: string | null = null;
  private readonly now: () => number;
  private readonly setTimer: (run: () => void, ms: number) => unknown;
  private readonly clearTimer: (timer: unknown) => void;

  constructor(private readonly options: AutosaverOptions) {
    this.version = options.initialVersion;
    this.now = options.now ?? (() => performance.now());
    this.setTimer = options.setTimer ?? ((run, ms) => setTimeout(run, ms));
    this.clearTimer = options.clearTimer ?? ((timer) => clearTimeout(timer as ReturnType<typeof setTimeout>));
  }

  /** The version the next save names. */
  get currentVersion(): number {
    return this.version;
  }

  /** Whether a change has not reached the store yet. */
  get hasUnsavedChanges(): boolean {
    return this.dirty || this.inFlight !== null;
  }

  /** What the store holds at the version the next save names, as this window knows it. */
  get baseline(): unknown {
    return this.lastSaved;
  }

  /**
   * Saves against `rebase` from now on: the store's version and minutes after another window's
   * save, once the editor holds what should be saved on top of them. Clears a conflict.
   */
  rebase(rebase: Rebase): void {
    if (this.stopped) return;
    this.adopt(rebase);
    this.fatal = false;
    this.dirty = true;
    this.options.onState({ kind: 'saving' });
    this.cancelTimer();
    this.schedule(0);
  }

  /** The document as loaded: a change that leads back to exactly it needs no save. */
  acceptBaseline(document: unknown): void {
    this.lastSaved = document;
  }

  /** Call on every document change. */
  markDirty(): void {
    if (this.stopped) return;
    if (!this.dirty && !this.fatal) this.options.onState({ kind: 'saving' });
    this.dirty = true;
    this.schedule(this.throttleDelay());
  }

  /** Saves now (on blur, before quit, before leaving the screen) and resolves when stored. */
  async flush(): Promise<void> {
    this.cancelTimer();
    if (this.inFlight) await this.inFlight;
    if (this.dirty && !this.fatal) await this.run();
  }

  /** Stops saving; pending changes are left for `flush` to have stored first. */
  dispose(): void {
    this.stopped = true;
    this.cancelTimer();
  }

  private throttleDelay(): number {
    return Math.max(0, this.lastStart + this.options.intervalMs - this.now());
  }

  private schedule(delay: number): void {
    if (this.timer !== null || this.inFlight || this.stopped || this.fatal) return;
    this.timer = this.setTimer(() => {
      this.timer = null;
      void this.run();
    }, delay);
  }

  private cancelTimer(): void {
    if (this.timer === null) return;
    this.clearTimer(this.timer);
    this.timer = null;
  }

  /** Another window saved first: save on top of its version if the editor could take it in, else report the conflict. */
  private async afterConflict(error: ParagrafError, resolve: () => Promise<Rebase | null>): Promise<void> {
    let rebase: Rebase | null;
    let failure: unknown = error;
    try {
      rebase = await resolve();
    } catch (reason) {
      rebase = null;
      failure = reason;
    }
    if (rebase) {
      this.adopt(rebase);
      return;
    }
    // Left to the user (null: the conflict stands), or the other version could not be read.
    this.fail(failure);
  }

  /** Saves name the store's version and minutes after another window's save from now on. */
  private adopt(rebase: Rebase): void {
    this.version = rebase.version;
    this.lastSaved = rebase.baseline;
    this.failures = 0;
  }

  /** A save failed: reported, and tried again later unless that cannot help. */
  private fail(error: unknown): void {
    this.failures += 1;
    this.fatal = error instanceof ParagrafError && fatalCodes.has(error.code);
    this.options.onState({ kind: 'failed', error, retrying: !this.fatal });
  }

  private run(): Promise<void> {
    if (this.inFlight || !this.dirty) return this.inFlight ?? Promise.resolve();
    this.dirty = false;
    this.lastStart = this.now();
    const document = this.options.getDocument();
    // A transaction that left the minutes as they are stored is not saved.
    const same = this.options.same ?? ((a: unknown, b: unknown) => a === b);
    if (this.lastSaved !== null && same(document, this.lastSaved)) {
      if (this.failures === 0) this.options.onState({ kind: 'saved', at: this.lastSavedAt });
      return Promise.resolve();
    }
    this.inFlight = this.options
      .save(document, this.version, this.lastSaved)
      .then(
        (saved) => {
          this.version = saved.version;
          this.lastSaved = document;
          this.lastSavedAt = saved.savedAt;
          this.failures = 0;
          if (!this.dirty) this.options.onState({ kind: 'saved', at: saved.savedAt });
        },
        (error: unknown) => {
          this.dirty = true;
          if (error instanceof ParagrafError && error.code === 'REVISION_CONFLICT' && this.options.resolveConflict) {
            return this.afterConflict(error, this.options.resolveConflict);
          }
          this.fail(error);
        },
      )
      .finally(() => {
        this.inFlight = null;
        if (!this.dirty) return;
        const backoff = this.failures > 0 ? Math.min(maxRetryMs, 500 * 2 ** (this.failures - 1)) : 0;
        this.schedule(Math.max(this.throttleDelay(), backoff));
      });
    return this.inFlight;
  }
}
