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
    const registered = await fetch(`${a.url}/api/accounts`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        email: 'scale@example.org',
        password: 'scaled out password',
        displayName: 'Scale',
      }),
    });
    expect(registered.status).toBe(201);
    const cookie = (registered.headers.get('set-cookie') ?? '').split(';')[0] ?? '';

    const posted = await fetch(`${b.url}/api/cases`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie },
      body: JSON.stringify({
        title: 'Posted through the second node',
        presentation: 'Signed in on the first node, posted on the second.',
      }),
    });
    expect(posted.status).toBe(201);
    const { id } = (await posted.json()) as { id: string };
    const read = await fetch(`${a.url}/api/cases/${id}`);
    expect(((await read.json()) as { title: string }).title).toBe('Posted through the second node');

    await fetch(`${a.url}/api/session`, { method: 'DELETE', headers: { cookie } });
    const after = await fetch(`${b.url}/api/session`, { headers: { cookie } });
    expect(((await after.json()) as { member: unknown }).member).toBeNull();
  });
});
