import type { Config } from '../config.js';
import { openSqliteStore } from './database.js';
import type { StoreDb } from './store-db.js';

/** The embedded SQLite file in DATA_DIR. */
export async function openStore(config: Config): Promise<StoreDb> {
  return openSqliteStore(config.DATA_DIR, config.DB_SYNCHRONOUS);
}
