// `npm run test:e2e`: builds, starts Consilium on a free port with a temporary data directory,
// runs the browser journeys in Debian's Chromium, and stops the server.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startLocalServer } from '../scripts/local-server.mjs';
import { startMailbox } from './mailbox.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

if (!existsSync(chromium)) {
  console.error(
    `Chromium is missing at ${chromium}: install it with \`sudo apt-get install chromium\` (or set CHROMIUM_PATH).`,
  );
  process.exit(1);
}

const build = spawnSync(process.execPath, [path.join(root, 'scripts/build.mjs')], {
  cwd: root,
  stdio: 'inherit',
});
if (build.status !== 0) process.exit(build.status ?? 1);

let status = 1;
let server;
const mailbox = await startMailbox();
try {
  server = await startLocalServer({
    NODE_ENV: 'test',
    LOG_LEVEL: process.env.E2E_LOG_LEVEL ?? 'warn',
    SMTP_URL: mailbox.url,
  });
  // Asynchronous on purpose: the mailbox in this process must keep receiving while tests run.
  const vitest = spawn(
    process.execPath,
    [
      path.join(root, 'node_modules/vitest/vitest.mjs'),
      'run',
      '--config',
      'e2e/vitest.config.ts',
      // Extra arguments choose journeys: `npm run test:e2e -- verification`.
      ...process.argv.slice(2),
    ],
    {
      cwd: root,
      stdio: 'inherit',
      env: {
        ...process.env,
        E2E_BASE_URL: server.url,
        E2E_MAIL_DIR: mailbox.folder,
        CHROMIUM_PATH: chromium,
      },
    },
  );
  status = await new Promise((resolve) => vitest.on('exit', (code) => resolve(code ?? 1)));
} catch (error) {
  console.error(`End-to-end tests could not start: ${error.message}`);
} finally {
  await server?.stop();
  await mailbox.close();
}
process.exit(status);
