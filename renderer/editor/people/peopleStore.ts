import type { Membership, Person } from '../../../shared/contract/models';

/** The part of the API the editor needs for people: list the register, add to it. */
export interface PeopleSource {
  list: (input: Record<string, never>) => Promise<Person[]>;
  create: (input: { name: string; email: string }) => Promise<Person>;
}

/** The body's members and the organisation's register, as @-completion and the pickers see them. */
export interface PeopleSnapshot {
  members: Membership[];
  register: Person[];
}

/** Loads the register once, adds people to it, and tells subscribers when it changed. */
export class PeopleStore {
  private snapshot: PeopleSnapshot;
  private readonly listeners = new Set<() => void>();
  private loading: Promise<void> | null = null;

  constructor(
    private readonly source: PeopleSource | null,
    members: Membership[],
  ) {
    this.snapshot = { members, register: [] };
  }

  /** Reads the register; later calls wait for the same read. */
  load(): Promise<void> {
    if (!this.source) return Promise.resolve();
    this.loading ??= this.source.list({}).then((register) => this.set({ ...this.snapshot, register }));
    return this.loading;
  }

  /** Adds a person to the register and to what completion offers. */
  async create(name: string): Promise<Person> {
    if (!this.source) throw new Error('no register');
    const person = await this.source.create({ name: name.trim(), email: '' });
    this.set({ ...this.snapshot, register: [...this.snapshot.register, person] });
    return person;
  }

  /** The people known now. */
  current = (): PeopleSnapshot => this.snapshot;

  /** Calls the listener on every change; returns the disposer. */
  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  private set(snapshot: PeopleSnapshot): void {
    this.snapshot = snapshot;
    for (const listener of this.listeners) listener();
  }
}
