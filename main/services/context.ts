import type { Database } from 'better-sqlite3';
import type { StartupNotice } from '../../shared/contract/models';

/** What every service function works over: the open database and the facts of this start. */
export interface ServiceContext {
  db: Database;
  dataDir: string;
  version: string;
  notices: StartupNotice[];
  now: () => Date;
}
