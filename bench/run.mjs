// `npm run bench:http`: starts Consilium on a free port (embedded PGlite with demo data, or
// PostgreSQL when BENCH_DATABASE_URL is set), loads a few read routes with autocannon, and
// prints requests per second and latency percentiles for each.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import net from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const seconds = Number(process.env.BENCH_SECONDS ?? 10);
const connections = Number(process.env.BENCH_CONNECTIONS ?? 50);

function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        address && typeof address === 'object' ? resolve(address.port) : reject(),
      );
    });
  });
}

const build = spawnSync(process.execPath, [path.join(root, 'scripts/build.mjs'), '--if-stale'], {
  stdio: 'inherit',
});
if (build.status !== 0) process.exit(1);

const port = await freePort();
const url = `http://127.0.0.1:${port}`;
const dataDir = mkdtempSync(path.join(tmpdir(), 'consilium-bench-'));
const server = spawn(process.execPath, [path.join(root, 'apps/server/dist/main.js')], {
  env: {
    ...process.env,
    PORT: String(port),
    HOST: '127.0.0.1',
    DATA_DIR: dataDir,
    LOG_LEVEL: 'warn',
    SEED_DEMO: 'always',
    DATABASE_URL: process.env.BENCH_DATABASE_URL ?? '',
  },
  stdio: ['ignore', 'inherit', 'inherit'],
});

async function waitUntilReady() {
  for (let i = 0; i < 240; i += 1) {
    try {
      if ((await fetch(`${url}/readyz`)).ok) return;
    } catch {
      // Not yet listening.
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error('server not ready after 60 s');
}

try {
  await waitUntilReady();
  const feed = await (await fetch(`${url}/api/cases?limit=20`)).json();
  const firstCase = feed.items[0]?.id;
  const scenarios = [
    ['GET /healthz', '/healthz'],
    ['GET /api/cases (feed page)', '/api/cases?limit=20'],
    ['GET /api/cases/:id', `/api/cases/${firstCase}`],
    ['GET /api/cases/:id/suggestions', `/api/cases/${firstCase}/suggestions`],
  ];
  const database = process.env.BENCH_DATABASE_URL ? 'PostgreSQL' : 'PGlite';
  console.log(`\n${database}, ${connections} connections, ${seconds} s per route\n`);
  console.log('| route | req/s | p50 ms | p99 ms | errors |');
  console.log('|---|---|---|---|---|');
  for (const [name, route] of scenarios) {
    const result = await autocannon({ url: `${url}${route}`, connections, duration: seconds });
    const errors = result.errors + result.timeouts + result.non2xx;
    console.log(
      `| ${name} | ${Math.round(result.requests.average)} | ${result.latency.p50} | ${result.latency.p99} | ${errors} |`,
    );
  }
} finally {
  server.kill('SIGTERM');
  await new Promise((resolve) => server.on('exit', resolve));
  rmSync(dataDir, { recursive: true, force: true });
}
