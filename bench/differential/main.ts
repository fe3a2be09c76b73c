// `npm run bench:differential`: how long a vote takes when each write recomputes the case's
// collective differential in its own transaction (docs/collective-diagnosis.md). One open case;
// a crowd grows to BENCH_CROWD members, the first few suggesting diagnoses and everyone voting on
// them; at each size, BENCH_SAMPLES votes are timed one after another (each a member changing
// their vote: the request goes in, the differential is recomputed and cached, the answer comes
// out), through the app's HTTP handler in process (no network), and p50, p95 and max are printed.
//
//   BENCH_DATABASE_URL  a PostgreSQL database to run on (migrated; the bench's rows stay there);
//                       default: embedded PGlite, in memory
//   BENCH_CROWD         the largest crowd (default 1000)
//   BENCH_SAMPLES       timed votes at each crowd size (default 60)
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { randomUUID } from 'node:crypto';
import type { SuggestionBoard } from '../../packages/api/src/index.js';
import { ATTEMPT_RULES } from '../../apps/server/src/accounts/attempts.js';
import { buildApp } from '../../apps/server/src/app.js';
import { loadConfig } from '../../apps/server/src/platform/config.js';
import type { Database } from '../../apps/server/src/platform/database/index.js';
import { openPglite } from '../../apps/server/src/platform/database/pglite.js';
import { openPostgres } from '../../apps/server/src/platform/database/postgres.js';
import { cases, members } from '../../apps/server/src/platform/database/schema.js';
import { SessionStore, sessionCookieName } from '../../apps/server/src/platform/sessions.js';

const url = process.env.BENCH_DATABASE_URL;
const largest = Number(process.env.BENCH_CROWD ?? 1000);
const samples = Number(process.env.BENCH_SAMPLES ?? 60);
const SIZES = [10, 50, 100, 250, 500, 1000, 2000, 5000].filter((size) => size <= largest);
const SUGGESTERS = 8;
const SESSION_SECRET = 'bench-session-secret-of-enough-length-0123456789';
/** A hash no password matches: bench members act through their sessions only. */
const NO_PASSWORD = '$argon2id$v=19$m=19456,t=2,p=1$bm9wYXNzd29yZA$bm9wYXNzd29yZA';

const dataDir = mkdtempSync(path.join(tmpdir(), 'consilium-bench-differential-'));
const database: Database = url === undefined ? await openPglite({}) : openPostgres(url);
await database.migrate();
const config = loadConfig({
  NODE_ENV: 'test',
  LOG_LEVEL: 'silent',
  SESSION_SECRET,
  DATA_DIR: dataDir,
});
const relaxed = Object.fromEntries(
  Object.entries(ATTEMPT_RULES).map(([name, rule]) => [name, { ...rule, max: 1_000_000 }]),
) as typeof ATTEMPT_RULES;
const app = await buildApp(config, { database, attemptRules: relaxed, signInDelayUnitMs: 0 });
await app.ready();

interface Actor {
  id: string;
  send(method: 'POST' | 'PUT', url: string, payload: unknown): Promise<number>;
}

const sessions = new SessionStore(SESSION_SECRET);
const cookieName = sessionCookieName(config.publicUrl);

async function actors(count: number): Promise<Actor[]> {
  const now = new Date();
  const rows = await database.db
    .insert(members)
    .values(
      Array.from({ length: count }, () => {
        const unique = randomUUID().replace(/-/g, '').slice(0, 12);
        return {
          email: `bench${unique}@example.org`,
          passwordHash: NO_PASSWORD,
          displayName: `Bench member ${unique}`,
          handle: `bench_${unique}`,
          country: 'ES',
          emailVerifiedAt: now,
        };
      }),
    )
    .returning({ id: members.id });
  const made: Actor[] = [];
  for (const { id } of rows) {
    const session = await sessions.create(database.db, id, now, 'bench');
    const headers = {
      cookie: `${cookieName}=${session.token}`,
      'x-csrf-token': sessions.csrfTokenFor(session.tokenHash),
    };
    made.push({
      id,
      send: async (method, target, payload) =>
        (await app.inject({ method, url: target, payload: payload as object, headers })).statusCode,
    });
  }
  return made;
}

const [owner] = await actors(1);
if (owner === undefined) throw new Error('no owner');
const [row] = await database.db
  .insert(cases)
  .values({
    authorId: owner.id,
    title: 'Bench case',
    presentation: 'A case for measuring writes.',
    status: 'open',
    publishedAt: new Date(),
  })
  .returning({ id: cases.id });
const caseId = row?.id ?? '';

// The first members suggest one diagnosis each: the candidates everyone votes on.
const suggesters = await actors(SUGGESTERS);
for (const [index, member] of suggesters.entries()) {
  const status = await member.send('POST', `/api/cases/${caseId}/suggestions`, {
    diagnosis: `Bench diagnosis ${index + 1}`,
    rationale: 'For the bench.',
  });
  if (status !== 201) throw new Error(`suggesting answered ${status}`);
}
const candidateIds = (await app.inject({ method: 'GET', url: `/api/cases/${caseId}/suggestions` }))
  .json<SuggestionBoard>()
  .candidates.map((candidate) => candidate.id);

const voters: Actor[] = [];
const voteUrl = (candidateId: string) => `/api/cases/${caseId}/candidates/${candidateId}/vote`;
const pick = (index: number) => candidateIds[index % candidateIds.length] ?? '';

const quantile = (sorted: number[], q: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;

console.log(
  `Database: ${database.kind}. ${SUGGESTERS} candidates; ${samples} timed votes at each size.`,
);
console.log('| members voting | p50 ms | p95 ms | max ms |');
console.log('| -------------- | ------ | ------ | ------ |');
for (const size of SIZES) {
  // Grow the crowd to `size`, untimed, a few votes at a time.
  const added = await actors(size - voters.length);
  for (let start = 0; start < added.length; start += 10)
    await Promise.all(
      added.slice(start, start + 10).map(async (member, offset) => {
        const status = await member.send('PUT', voteUrl(pick(voters.length + start + offset)), {
          value: 1,
        });
        if (status !== 200) throw new Error(`voting answered ${status}`);
      }),
    );
  voters.push(...added);
  // Timed: existing voters change their vote, one request at a time.
  const times: number[] = [];
  for (let sample = 0; sample < samples; sample++) {
    const member = voters[(sample * 7919) % voters.length];
    if (member === undefined) continue;
    const started = performance.now();
    const status = await member.send('PUT', voteUrl(pick(sample + 1)), {
      value: sample % 2 === 0 ? -1 : 1,
    });
    times.push(performance.now() - started);
    if (status !== 200) throw new Error(`voting answered ${status}`);
  }
  times.sort((a, b) => a - b);
  const ms = (value: number) => value.toFixed(1);
  console.log(
    `| ${size} | ${ms(quantile(times, 0.5))} | ${ms(quantile(times, 0.95))} | ${ms(times.at(-1) ?? NaN)} |`,
  );
}

await app.close();
await database.close();
rmSync(dataDir, { recursive: true, force: true });
