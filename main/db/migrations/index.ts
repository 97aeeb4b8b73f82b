import type { Database } from 'better-sqlite3';
import { up as initial } from './0010-initial';
import { up as registerAndNumbering } from './0020-register-and-numbering';
import { up as certificates } from './0030-certificates';
import { up as justering } from './0040-justering';
import { up as revisionPdfs } from './0050-revision-pdfs';

/** A numbered schema change. Versions only increase; a released one is never edited. */
export interface Migration {
  version: number;
  up: (db: Database) => void;
}

/** Every migration in order. */
export const migrations: Migration[] = [
  { version: 10, up: initial },
  { version: 20, up: registerAndNumbering },
  { version: 30, up: certificates },
  { version: 40, up: justering },
  { version: 50, up: revisionPdfs },
];
