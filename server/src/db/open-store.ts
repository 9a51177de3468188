import type { Config } from '../config.js';
import { openSqliteStore } from './database.js';
import { openPostgresStore } from './postgres.js';
import type { StoreDb } from './store-db.js';

/** PostgreSQL when `DATABASE_URL` is set, else the embedded SQLite file in DATA_DIR. */
export async function openStore(config: Config): Promise<StoreDb> {
  if (config.DATABASE_URL) return openPostgresStore(config.DATABASE_URL, { poolSize: config.DATABASE_POOL_SIZE });
  return openSqliteStore(config.DATA_DIR, config.DB_SYNCHRONOUS);
}
