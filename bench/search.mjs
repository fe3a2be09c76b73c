// `npm run bench:search`: fills a database with N generated cases, starts Consilium on it, and
// loads the search route with many connections for common and specific terms, printing p50/p99.
//
//   BENCH_DATABASE_URL  PostgreSQL database to fill (created if missing; it must hold only cases
//                       this script generated). Default postgres://postgres@127.0.0.1:5432/consilium_bench.
//                       Set it to "pglite" to use the embedded database instead.
//   BENCH_CASES         how many cases (default 100000 on PostgreSQL, 10000 on PGlite)
//   BENCH_CONNECTIONS   concurrent connections (default 100)
//   BENCH_SECONDS       seconds per scenario (default 15)
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { startLocalServer } from '../scripts/local-server.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const target =
  process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/consilium_bench';
const embedded = target === 'pglite';
const total = Number(process.env.BENCH_CASES ?? (embedded ? 10_000 : 100_000));
const connections = Number(process.env.BENCH_CONNECTIONS ?? 100);
const seconds = Number(process.env.BENCH_SECONDS ?? 15);
/** Must match SEARCH_CANDIDATES in apps/server/src/feeds/search.service.ts. */
const candidates = Number(process.env.BENCH_CANDIDATES ?? 1000);

// Words of generated presentations, most frequent first (a Zipf-like draw makes the first few
// appear in nearly every case, as "pain" does on a real platform).
const COMMON = `pain fever fatigue chest headache nausea cough rash swelling weakness dizziness
  abdominal joint back weight loss shortness breath vomiting diarrhoea numbness tingling itching
  palpitations sweating blood pressure anxiety insomnia tremor vision hearing bruising jaundice
  anaemia infection inflammation muscle cramps stiffness burning throat sore ulcer bleeding
  constipation bloating seizure confusion memory mood appetite thirst urine frequency kidney
  liver thyroid skin hair nails lymph nodes spleen heart lungs stomach bowel bladder nerve brain
  spine hip knee shoulder wrist ankle foot hand eye ear nose mouth tongue teeth gums jaw neck`
  .split(/\s+/)
  .filter(Boolean);
const FILLER = `for months with episodes of and after worse better since started years ago the
  patient reports intermittent constant severe mild occasional daily weekly tests normal
  abnormal elevated low high result scan biopsy showed revealed no clear cause despite treatment`
  .split(/\s+/)
  .filter(Boolean);
/** Each appears in about 1 case in 2,000: the "specific" searches. */
const RARE = [
  'pheochromocytoma',
  'sarcoidosis',
  'amyloidosis',
  'porphyria',
  'hemochromatosis',
  'myasthenia',
  'vasculitis',
  'mastocytosis',
];
const SPECIALTIES = ['cardiology', 'dermatology', 'neurology', 'rheumatology', 'endocrinology'];

function random(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let value = state;
    value = Math.imul(value ^ (value >>> 15), value | 1);
    value ^= value + Math.imul(value ^ (value >>> 7), value | 61);
    return ((value ^ (value >>> 14)) >>> 0) / 4294967296;
  };
}

const next = random(42);
const harmonic = COMMON.reduce((sum, _word, rank) => sum + 1 / (rank + 1) ** 1.1, 0);
function commonWord() {
  let pick = next() * harmonic;
  for (let rank = 0; rank < COMMON.length; rank += 1) {
    pick -= 1 / (rank + 1) ** 1.1;
    if (pick <= 0) return COMMON[rank];
  }
  return COMMON.at(-1);
}
function words(count) {
  const out = [];
  for (let i = 0; i < count; i += 1)
    out.push(next() < 0.55 ? commonWord() : FILLER[Math.floor(next() * FILLER.length)]);
  if (next() < 1 / 2000)
    out.splice(Math.floor(next() * out.length), 0, RARE[Math.floor(next() * RARE.length)]);
  return out.join(' ');
}

/** The database to fill, migrated: PGlite in a temporary folder, or the PostgreSQL one given. */
async function openDatabase() {
  if (embedded) {
    const { PGlite } = await import('@electric-sql/pglite');
    const { pg_trgm } = await import('@electric-sql/pglite/contrib/pg_trgm');
    const { drizzle } = await import('drizzle-orm/pglite');
    const { migrate } = await import('drizzle-orm/pglite/migrator');
    const dataDir = mkdtempSync(path.join(os.tmpdir(), 'consilium-bench-search-'));
    const client = await PGlite.create({ dataDir, extensions: { pg_trgm } });
    await migrate(drizzle(client), { migrationsFolder: path.join(root, 'apps/server/drizzle') });
    return {
      dataDir,
      query: (text, params) => client.query(text, params),
      close: () => client.close(),
    };
  }
  const pg = (await import('pg')).default;
  const name = new URL(target).pathname.slice(1);
  const adminUrl = new URL(target);
  adminUrl.pathname = '/postgres';
  const admin = new pg.Client({ connectionString: adminUrl.toString() });
  await admin.connect();
  const exists = await admin.query('select 1 from pg_database where datname = $1', [name]);
  if (exists.rowCount === 0) await admin.query(`create database "${name.replace(/"/g, '')}"`);
  await admin.end();
  // The server migrates the database when it starts.
  const migrating = await startLocalServer({ DATABASE_URL: target, SEED_DEMO: 'never' });
  await migrating.stop();
  const client = new pg.Client({ connectionString: target });
  await client.connect();
  return { query: (text, params) => client.query(text, params), close: () => client.end() };
}

const build = spawnSync(process.execPath, [path.join(root, 'scripts/build.mjs'), '--if-stale'], {
  stdio: 'inherit',
});
if (build.status !== 0) process.exit(1);

const database = await openDatabase();
const foreign = await database.query(
  `select count(*)::int as n from members where email not like 'bench-author@%'`,
);
if (foreign.rows[0].n > 0) {
  console.error(`${target} holds members this benchmark did not create: use an empty database.`);
  process.exit(1);
}
await database.query(
  `insert into members (email, password_hash, display_name, handle, country, email_verified_at)
   values ('bench-author@example.org', 'x', 'Bench Author', 'bench_author', 'ES', now())
   on conflict do nothing`,
);
const author = (await database.query(`select id from members where handle = 'bench_author'`))
  .rows[0].id;
const have = (await database.query('select count(*)::int as n from cases')).rows[0].n;
if (have < total) {
  const started = Date.now();
  const batch = 500;
  for (let done = have; done < total; done += batch) {
    const rows = Math.min(batch, total - done);
    const values = [];
    const params = [];
    for (let i = 0; i < rows; i += 1) {
      const at = new Date(Date.UTC(2024, 0, 1) + (done + i) * 60_000).toISOString();
      const specialty = SPECIALTIES[Math.floor(next() * SPECIALTIES.length)];
      const base = params.length;
      params.push(
        author,
        words(5 + Math.floor(next() * 4)),
        words(40 + Math.floor(next() * 40)),
        `{${specialty}}`,
        at,
      );
      values.push(
        `($${base + 1}, 'clinical', $${base + 2}, $${base + 3}, $${base + 4}::text[], 'open', $${base + 5}::timestamptz, $${base + 5}::timestamptz)`,
      );
    }
    await database.query(
      `insert into cases (author_id, kind, title, presentation, specialties, status, created_at, published_at) values ${values.join(', ')}`,
      params,
    );
    if ((done / batch) % 20 === 0)
      process.stdout.write(`\rFilling: ${done + rows} of ${total} cases`);
  }
  process.stdout.write(
    `\rFilled ${total - have} cases in ${Math.round((Date.now() - started) / 1000)} s\n`,
  );
  await database.query('analyze cases');
}

const scenarios = [
  ['common, two words', 'chest pain'],
  ['common, one word', 'fever'],
  ['specific, one word', 'pheochromocytoma'],
  ['specific, two words', 'cardiac sarcoidosis'],
];
/**
 * The database's share alone: `connections` clients each run the two statements of one relevance
 * search (apps/server/src/feeds/search.service.ts) — bounded candidates ranked, then summaries'
 * snippets for the page — in a loop, and each loop's time is recorded. (The app itself never
 * sends more than a few searches at once: its search pool has SEARCH_CONNECTIONS connections.)
 */
async function loadDatabase(q) {
  const pg = (await import('pg')).default;
  const clients = await Promise.all(
    Array.from({ length: connections }, async () => {
      const client = new pg.Client({ connectionString: target, statement_timeout: 3000 });
      await client.connect();
      return client;
    }),
  );
  const latencies = [];
  const until = Date.now() + seconds * 1000;
  const tsquery = `websearch_to_tsquery('english', $1)`;
  await Promise.all(
    clients.map(async (client) => {
      while (Date.now() < until) {
        const started = performance.now();
        const page = await client.query(
          `with c as (select id, search_vector as document from cases
              where search_vector @@ ${tsquery} and status not in ('draft', 'withdrawn')
                and audience = 'everyone'
              order by published_at desc nulls last, id desc nulls last limit ${candidates}),
            r as (select c.id, ts_rank(c.document, ${tsquery}) as rank from c)
           select r.id, r.rank, (select count(*) from r)::int as total from r
           order by r.rank desc, r.id desc limit 21`,
          [q],
        );
        await client.query(
          `select id, ts_headline('english', title, ${tsquery}, 'HighlightAll=true'),
             ts_headline('english', presentation || coalesce(' ' || question, ''), ${tsquery},
               'MaxWords=35, MinWords=15, MaxFragments=2')
           from cases where id = any($2::uuid[])`,
          [q, page.rows.slice(0, 20).map((row) => row.id)],
        );
        latencies.push(performance.now() - started);
      }
    }),
  );
  await Promise.all(clients.map((client) => client.end()));
  latencies.sort((a, b) => a - b);
  const at = (share) =>
    Math.round(latencies[Math.min(latencies.length - 1, Math.floor(latencies.length * share))]);
  return {
    perSecond: Math.round(latencies.length / seconds),
    p50: at(0.5),
    p99: at(0.99),
    max: at(1),
  };
}

const matches = [];
for (const [, q] of scenarios) {
  const counted = await database.query(
    `select count(*)::int as n from cases where search_vector @@ websearch_to_tsquery('english', $1)`,
    [q],
  );
  matches.push(counted.rows[0].n);
}
await database.close();

if (!embedded) {
  console.log(
    `\nThe database alone: ${connections} connections running the search's statements, ${seconds} s per scenario\n`,
  );
  console.log('| search | q | matching cases | searches/s | p50 ms | p99 ms | max ms |');
  console.log('|---|---|---|---|---|---|---|');
  for (const [index, [name, q]] of scenarios.entries()) {
    const result = await loadDatabase(q);
    console.log(
      `| ${name} | ${q} | ${matches[index]} | ${result.perSecond} | ${result.p50} | ${result.p99} | ${result.max} |`,
    );
  }
}

const server = await startLocalServer({
  DATABASE_URL: embedded ? '' : target,
  SEED_DEMO: 'never',
  SEARCH_RATE_PER_MINUTE: '1000000',
  ...(embedded ? { DATA_DIR: database.dataDir } : {}),
});
try {
  console.log(
    `\nThrough the HTTP API (one server process): ${embedded ? 'PGlite' : 'PostgreSQL'}, ${total} cases, ${connections} connections, ${seconds} s per scenario; ${os.cpus().length} cores, ${Math.round(os.totalmem() / 2 ** 30)} GiB\n`,
  );
  console.log('| search | q | matching cases | req/s | p50 ms | p99 ms | max ms | errors |');
  console.log('|---|---|---|---|---|---|---|---|');
  for (const [index, [name, q]] of scenarios.entries()) {
    const result = await autocannon({
      url: `${server.url}/api/search/cases?q=${encodeURIComponent(q)}&limit=20`,
      connections,
      duration: seconds,
    });
    const errors = result.errors + result.timeouts + result.non2xx;
    console.log(
      `| ${name} | ${q} | ${matches[index]} | ${Math.round(result.requests.average)} | ${result.latency.p50} | ${result.latency.p99} | ${result.latency.max} | ${errors} |`,
    );
  }
} finally {
  await server.stop();
  if (embedded) rmSync(database.dataDir, { recursive: true, force: true });
}
