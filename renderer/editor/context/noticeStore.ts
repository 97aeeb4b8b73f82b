/** A message the editor shows in its status line, such as a person that could not be added. */
export interface EditorNotice {
  id: number;
  text: string;
  kind: 'info' | 'error';
}

/** The editor's status messages: plain DOM views and React parts post here, one line shows them. */
export class NoticeStore {
  private notice: EditorNotice | null = null;
  private readonly listeners = new Set<() => void>();
  private counter = 0;

  /** Shows a message, replacing the one before. */
  post(text: string, kind: EditorNotice['kind'] = 'info'): void {
    this.counter += 1;
    this.notice = { id: this.counter, text, kind };
    this.emit();
  }

  /** Hides the message. */
  clear(): void {
    if (this.notice === null) return;
    this.notice = null;
    this.emit();
  }

  /** The message shown now. */
  current = (): EditorNotice | null => this.notice;

  /** Calls the listener on every change; returns the disposer. */
  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  private emit(): void {
    for (const listener of this.listeners) listener();
  }
}
