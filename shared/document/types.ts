/** A mark on text in the stored JSON form of the minutes. */
export interface DocMarkJson {
  type: string;
  attrs?: Record<string, unknown>;
}

/** A node in the stored JSON form of the minutes (ProseMirror's toJSON shape). */
export interface DocNodeJson {
  type: string;
  attrs?: Record<string, unknown>;
  content?: DocNodeJson[];
  text?: string;
  marks?: DocMarkJson[];
}

/** A meeting's minutes: one document whose top node is `doc`. */
export interface MinutesDocument extends DocNodeJson {
  type: 'doc';
  content: DocNodeJson[];
}

/** The attributes of the meeting header. */
export interface MeetingHeaderAttrs {
  title: string;
  kind: 'protokoll' | 'minnesanteckningar' | 'kallelse';
  date: string;
  startTime: string;
  endTime: string;
  place: string;
  adjustmentPlace?: string;
  adjustmentDate?: string;
}
