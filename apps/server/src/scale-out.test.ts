// Two app processes sharing one PostgreSQL database behave as one platform: a session started on
// one is honoured by the other, and what one writes the other serves. Runs with TEST_DATABASE_URL.
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseUrlFor } from './testing/database-url.js';
import type { ServerProcess } from './testing/server-process.js';
import { startServerProcess } from './testing/server-process.js';

const adminUrl = process.env.TEST_DATABASE_URL ?? '';
const databaseName = `consilium_scale_${randomBytes(5).toString('hex')}`;
let nodes: ServerProcess[] = [];

function post(
  node: ServerProcess,
  path: string,
  body: unknown,
  headers: Record<string, string> = {},
) {
  return fetch(`${node.url}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
}

function registration(email: string) {
  return {
    email,
    password: 'two nodes one database',
    displayName: 'Scale',
    handle: 'scale_member',
    country: 'ES',
    language: 'en',
  };
}

/** Both nodes run without SMTP_URL, so e-mails wait in the shared outbox table. */
async function mailedToken(to: string): Promise<string> {
  const client = new pg.Client({ connectionString: databaseUrlFor(adminUrl, databaseName) });
  await client.connect();
  try {
    const result = await client.query<{ text: string }>(
      'select text from outbox_mails where "to" = $1 order by created_at desc limit 1',
      [to],
    );
    const token = /token=([A-Za-z0-9_-]+)/.exec(result.rows[0]?.text ?? '')?.[1];
    if (token === undefined) throw new Error(`no link was mailed to ${to}`);
    return token;
  } finally {
    await client.end();
  }
}

async function admin(query: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(query);
  } finally {
    await client.end();
  }
}

beforeAll(async () => {
  await admin(`create database ${databaseName}`);
  const env = {
    DATABASE_URL: databaseUrlFor(adminUrl, databaseName),
    SESSION_SECRET: 'shared-secret-for-every-node-0123456789',
    // A fresh namespace, so counters left in Redis by earlier runs do not count here.
    REDIS_KEY_PREFIX: `${databaseName}:`,
    ...(process.env.REDIS_URL === undefined ? {} : { REDIS_URL: process.env.REDIS_URL }),
  };
  // Both start at once: migrations must serialise on the advisory lock.
  nodes = await Promise.all([startServerProcess(env), startServerProcess(env)]);
}, 120_000);

afterAll(async () => {
  await Promise.all(nodes.map((node) => node.stop()));
  await admin(`drop database if exists ${databaseName} with (force)`);
});

describe('two app processes on one PostgreSQL', () => {
  it('both become ready with every migration applied exactly once', async () => {
    for (const node of nodes) {
      const response = await fetch(`${node.url}/readyz`);
      expect(response.status).toBe(200);
    }
  });

  it('honour each other’s sessions and serve each other’s writes', async () => {
    const [a, b] = nodes;
    if (a === undefined || b === undefined) throw new Error('two nodes expected');
    const email = 'scale@example.org';
    const registered = await post(a, '/api/accounts', registration(email));
    expect(registered.status).toBe(202);
    const token = await mailedToken(email);
    const verified = await post(b, '/api/accounts/verification', { token });
    expect(verified.status).toBe(200);
    const cookie = (verified.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
    const { csrfToken } = (await verified.json()) as { csrfToken: string };

    const posted = await post(
      a,
      '/api/cases',
      {
        title: 'Posted through the first node',
        presentation: 'Verified on the second node, posted on the first.',
      },
      { cookie, 'x-csrf-token': csrfToken },
    );
    expect(posted.status).toBe(201);
    const { id } = (await posted.json()) as { id: string };
    const read = await fetch(`${b.url}/api/cases/${id}`);
    expect(((await read.json()) as { title: string }).title).toBe('Posted through the first node');

    await fetch(`${a.url}/api/session`, {
      method: 'DELETE',
      headers: { cookie, 'x-csrf-token': csrfToken },
    });
    const after = await fetch(`${b.url}/api/session`, { headers: { cookie } });
    expect(((await after.json()) as { member: unknown }).member).toBeNull();
  });

  // With REDIS_URL the nodes share their rate-limit counters; without it each counts alone.
  it.runIf(process.env.REDIS_URL !== undefined)('share rate limits through Redis', async () => {
    const [a, b] = nodes;
    if (a === undefined || b === undefined) throw new Error('two nodes expected');
    const sharedEmail = `shared-${databaseName}@example.org`;
    const statuses: number[] = [];
    for (let i = 0; i < 12; i += 1) {
      const node = i % 2 === 0 ? a : b;
      statuses.push((await post(node, '/api/password-resets', { email: sharedEmail })).status);
    }
    expect(statuses.slice(0, 3)).toEqual([202, 202, 202]);
    expect(statuses.slice(3).every((status) => status === 429)).toBe(true);
  });
});
