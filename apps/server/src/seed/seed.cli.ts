// `npm run seed [-- --reset]`: seeds demo data into the configured database.
import { parseArgs } from 'node:util';
import { ConfigError, loadConfig } from '../platform/config.js';
import { openDatabase } from '../platform/database/open.js';
import { deleteAllData, demoAccountLines, isDatabaseEmpty, seedDemoData } from './seed.js';

const { values } = parseArgs({
  options: { reset: { type: 'boolean', default: false }, yes: { type: 'boolean', default: false } },
});

async function run(): Promise<number> {
  const config = loadConfig(process.env);
  if (config.databaseUrl !== undefined && values.reset && !values.yes) {
    console.error(
      'DATABASE_URL points at a database server: --reset would delete all of its data. Add --yes to confirm.',
    );
    return 2;
  }
  const database = await openDatabase(config);
  try {
    await database.migrate();
    if (values.reset) await deleteAllData(database);
    else if (!(await isDatabaseEmpty(database))) {
      console.error(
        'The database already has members; run `npm run seed -- --reset` to rebuild it.',
      );
      return 2;
    }
    await seedDemoData(database, new Date());
    console.log(`Demo data seeded into the ${database.kind} database. Demo accounts:`);
    for (const line of demoAccountLines()) console.log(`  ${line}`);
    return 0;
  } finally {
    await database.close();
  }
}

try {
  process.exitCode = await run();
} catch (error) {
  if (error instanceof ConfigError) {
    process.stderr.write(`${error.message}\n`);
    process.exitCode = 1;
  } else throw error;
}
