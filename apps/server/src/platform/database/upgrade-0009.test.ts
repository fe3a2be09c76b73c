// Upgrading a database written before collective diagnosis (migration 0009): free-text
// suggestions become candidates (one per case and text), a member's repeated suggestion of the
// same text is withdrawn, votes on suggestions become votes on candidates (the latest wins), and
// the collective differential of such a case is computed on first read. Runs on PGlite: the
// migration is plain SQL, and the test needs a database it can stop at migration 0008.
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import type { CollectiveDifferential, SuggestionBoard } from '@consilium/api';
import { drizzle } from 'drizzle-orm/pglite';
import { migrate } from 'drizzle-orm/pglite/migrator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../app.js';
import { testConfig } from '../../testing/test-app.js';
import type { Database, Db } from './index.js';
import { migrationsFolder } from './index.js';
import * as schema from './schema.js';

const ids = {
  owner: '00000000-0000-4000-8000-000000000001',
  first: '00000000-0000-4000-8000-000000000002',
  second: '00000000-0000-4000-8000-000000000003',
  voter: '00000000-0000-4000-8000-000000000004',
  case: '00000000-0000-4000-8000-0000000000c1',
  lupus: '00000000-0000-4000-8000-0000000000a1',
  lupusAgain: '00000000-0000-4000-8000-0000000000a2',
  lupusBySecond: '00000000-0000-4000-8000-0000000000a3',
  rosacea: '00000000-0000-4000-8000-0000000000a4',
};

let client: PGlite;
let folder: string;

/** The committed migrations up to and including `lastIdx`, in a folder of their own. */
async function migrationsUpTo(lastIdx: number): Promise<string> {
  folder = await mkdtemp(path.join(tmpdir(), 'consilium-migrations-'));
  await cp(migrationsFolder, folder, { recursive: true });
  const journalFile = path.join(folder, 'meta', '_journal.json');
  const journal = JSON.parse(await readFile(journalFile, 'utf8')) as {
    entries: { idx: number }[];
  };
  journal.entries = journal.entries.filter((entry) => entry.idx <= lastIdx);
  await writeFile(journalFile, JSON.stringify(journal));
  return folder;
}

beforeAll(async () => {
  client = await PGlite.create({ extensions: { pg_trgm } });
  await migrate(drizzle(client), { migrationsFolder: await migrationsUpTo(8) });
  // Rows as the platform wrote them before 0009.
  await client.exec(`
    insert into members (id, email, password_hash, display_name, handle, email_verified_at) values
      ('${ids.owner}', 'owner@example.org', 'x', 'Owner', 'old_owner', now()),
      ('${ids.first}', 'first@example.org', 'x', 'First', 'old_first', now()),
      ('${ids.second}', 'second@example.org', 'x', 'Second', 'old_second', now()),
      ('${ids.voter}', 'voter@example.org', 'x', 'Voter', 'old_voter', now());
    insert into cases (id, author_id, title, presentation, status, published_at) values
      ('${ids.case}', '${ids.owner}', 'Rash and sore joints', 'A rash on the cheeks.', 'open', now());
    insert into suggestions (id, case_id, author_id, diagnosis, rationale, created_at) values
      ('${ids.lupus}', '${ids.case}', '${ids.first}', 'Lupus', 'Malar rash.', now() - interval '3 days'),
      ('${ids.lupusAgain}', '${ids.case}', '${ids.first}', ' lupus ', 'Again.', now() - interval '2 days'),
      ('${ids.lupusBySecond}', '${ids.case}', '${ids.second}', 'LUPUS', 'Joints too.', now() - interval '2 days'),
      ('${ids.rosacea}', '${ids.case}', '${ids.second}', 'Rosacea', 'Flushing.', now() - interval '1 day');
    insert into votes (suggestion_id, member_id, value, created_at) values
      ('${ids.lupus}', '${ids.voter}', -1, now() - interval '2 days'),
      ('${ids.lupusBySecond}', '${ids.voter}', 1, now() - interval '1 day'),
      ('${ids.rosacea}', '${ids.first}', 1, now());
  `);
  await migrate(drizzle(client), { migrationsFolder });
});

afterAll(async () => {
  await client.close();
  await rm(folder, { recursive: true, force: true });
});

describe('upgrading to collective diagnosis (migration 0009)', () => {
  it('files each free-text suggestion under one candidate per case and text', async () => {
    const { rows: candidates } = await client.query<{ label: string; key: string }>(
      `select label, key from candidates where case_id = $1 order by key`,
      [ids.case],
    );
    expect(candidates).toEqual([
      { label: 'Lupus', key: 'text:lupus' },
      { label: 'Rosacea', key: 'text:rosacea' },
    ]);
    const { rows } = await client.query<{
      id: string;
      key: string;
      position: number;
      withdrawn: boolean;
    }>(
      `select s.id, c.key, s.position, s.withdrawn_at is not null as withdrawn
       from suggestions s join candidates c on c.id = s.candidate_id order by s.id`,
    );
    expect(rows).toEqual([
      { id: ids.lupus, key: 'text:lupus', position: 1, withdrawn: false },
      // The same member's second suggestion of the same text: kept in history, withdrawn.
      { id: ids.lupusAgain, key: 'text:lupus', position: 2, withdrawn: true },
      { id: ids.lupusBySecond, key: 'text:lupus', position: 1, withdrawn: false },
      { id: ids.rosacea, key: 'text:rosacea', position: 2, withdrawn: false },
    ]);
  });

  it('moves votes to candidates, a member’s latest vote on a candidate winning', async () => {
    const { rows } = await client.query<{ key: string; member_id: string; value: number }>(
      `select c.key, v.member_id, v.value from candidate_votes v
       join candidates c on c.id = v.candidate_id order by c.key, v.member_id`,
    );
    expect(rows).toEqual([
      { key: 'text:lupus', member_id: ids.voter, value: 1 },
      { key: 'text:rosacea', member_id: ids.first, value: 1 },
    ]);
    const { rows: left } = await client.query<{ present: boolean }>(
      `select to_regclass('public.votes') is not null as present`,
    );
    expect(left[0]?.present).toBe(false);
  });

  it('computes the differential of such a case when it is first read', async () => {
    const db = drizzle(client, { schema }) as unknown as Db;
    const database: Database = {
      kind: 'pglite',
      db,
      searchDb: db,
      migrate: () => Promise.resolve(),
      close: () => Promise.resolve(),
    };
    const app = await buildApp(testConfig(), { database, signInDelayUnitMs: 0 });
    try {
      const { rows: before } = await client.query(`select 1 from case_differentials`);
      expect(before).toHaveLength(0);
      const read = await app.inject({
        method: 'GET',
        url: `/api/cases/${ids.case}/collective-differential`,
      });
      expect(read.statusCode).toBe(200);
      const differential = read.json<CollectiveDifferential>();
      expect(differential.version).toBe(1);
      expect(differential.contributors).toBe(3);
      // Three unverified members with no track record: nothing is ranked yet, both are listed.
      expect(differential.items).toEqual([]);
      expect(differential.pending.map((item) => [item.label, item.support.detective])).toEqual([
        ['Lupus', 3],
        ['Rosacea', 2],
      ]);
      const board = (
        await app.inject({ method: 'GET', url: `/api/cases/${ids.case}/suggestions` })
      ).json<SuggestionBoard>();
      expect(board.candidates.map((item) => [item.label, item.upvotes, item.pending])).toEqual([
        ['Lupus', 1, true],
        ['Rosacea', 1, true],
      ]);
    } finally {
      await app.close();
    }
  });
});
