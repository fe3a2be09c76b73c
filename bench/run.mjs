// `npm run bench:http`: starts Consilium on a free port (embedded PGlite with demo data, or
// PostgreSQL when BENCH_DATABASE_URL is set), loads a few read routes with autocannon, and
// prints requests per second and latency percentiles for each.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { startLocalServer } from '../scripts/local-server.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const seconds = Number(process.env.BENCH_SECONDS ?? 10);
const connections = Number(process.env.BENCH_CONNECTIONS ?? 50);

const build = spawnSync(process.execPath, [path.join(root, 'scripts/build.mjs'), '--if-stale'], {
  stdio: 'inherit',
});
if (build.status !== 0) process.exit(1);

const server = await startLocalServer({ DATABASE_URL: process.env.BENCH_DATABASE_URL ?? '' });
const { url } = server;
try {
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
  await server.stop();
}
