// Chooses the database adapter from the configuration.
import path from 'node:path';
import type { Config } from '../config.js';
import type { Database } from './index.js';
import { openPglite } from './pglite.js';
import { openPostgres } from './postgres.js';

export async function openDatabase(config: Config): Promise<Database> {
  if (config.databaseUrl !== undefined) return openPostgres(config.databaseUrl);
  return openPglite({ dataDir: path.join(config.dataDir, 'db') });
}
