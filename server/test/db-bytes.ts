import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DATABASE_FILE } from '../src/db/database.js';

/** Every file SQLite keeps for the database (main file, WAL, shared memory), as raw bytes. */
export function databaseBytes(dataDir: string): Buffer {
  const files = ['', '-wal', '-shm']
    .map((suffix) => join(dataDir, DATABASE_FILE + suffix))
    .filter((file) => existsSync(file));
  return Buffer.concat(files.map((file) => readFileSync(file)));
}

/** A string that occurs nowhere by chance, to grep the database for. */
export function marker(label: string): string {
  return `${label}-${randomBytes(12).toString('hex')}`;
}
