// GET /api/me/points: a member's own balance and statement, newest first, page by page.
import type { PointsStatement, Problem } from '@consilium/api';
import { WELCOME_POINTS } from '@consilium/core';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../platform/database/index.js';
import type { Actor } from '../testing/actors.js';
import { anActor } from '../testing/actors.js';
import type { TestApp } from '../testing/test-app.js';
import { createTestApp } from '../testing/test-app.js';
import { transfer } from './ledger.js';
import { aCaseOf } from './ledger-fixtures.js';
import { grantWelcomePoints, payOut, pledge } from './rewards.service.js';

let t: TestApp;
let database: Database;
let app: FastifyInstance;

beforeAll(async () => {
  t = await createTestApp();
  ({ app, database } = t);
});
afterAll(async () => {
  await t.close();
});

async function pointsOf(actor: Actor, query = '') {
  const response = await actor.request({ method: 'GET', url: `/api/me/points${query}` });
  return { response, body: response.json<PointsStatement>() };
}

/** A member with `count` small grants, the last one the newest. */
async function aMemberWithGrants(count: number): Promise<Actor> {
  const actor = await anActor(app, 'detective');
  const memberId = actor.id ?? '';
  for (let index = 1; index <= count; index += 1)
    await transfer(database.db, {
      idempotencyKey: `test:grant:${memberId}:${index}`,
      kind: 'grant',
      memo: `Grant ${index}`,
      legs: [
        { account: { kind: 'platform' }, amount: -index },
        { account: { kind: 'member', memberId }, amount: index },
      ],
    });
  return actor;
}

describe('GET /api/me/points', () => {
  it('asks a visitor to sign in', async () => {
    const visitor = await anActor(app, 'visitor');
    const response = await visitor.request({ method: 'GET', url: '/api/me/points' });
    expect(response.statusCode).toBe(401);
    expect(response.headers['content-type']).toContain('application/problem+json');
    expect(response.json<Problem>().type).toBe('/problems/unauthenticated');
  });

  it('shows a member who never had points a zero balance and no entries', async () => {
    const actor = await anActor(app, 'patient');
    const { response, body } = await pointsOf(actor);
    expect(response.statusCode).toBe(200);
    expect(body).toEqual({ balance: 0, entries: [], nextCursor: null });
  });

  it("lists the member's own entries, newest first, each with the balance it left", async () => {
    const owner = await anActor(app, 'patient');
    const solver = await anActor(app, 'detective');
    const ownerId = owner.id ?? '';
    const solverId = solver.id ?? '';
    await grantWelcomePoints(database.db, ownerId);
    const caseId = await aCaseOf(database.db, ownerId);
    await pledge(database.db, { caseId, ownerId, amount: 30 });
    await payOut(database.db, {
      caseId,
      shares: [{ memberId: solverId, helpful: true, contribution: 1 }],
    });

    const mine = await pointsOf(owner);
    const theirs = await pointsOf(solver);

    expect(mine.response.headers['cache-control']).toBe('no-store');
    expect(mine.body.balance).toBe(WELCOME_POINTS - 30);
    expect(mine.body.entries).toEqual([
      expect.objectContaining({ kind: 'pledge', caseId, amount: -30, balanceAfter: 70 }),
      expect.objectContaining({
        kind: 'grant',
        caseId: null,
        memo: 'Welcome points',
        amount: WELCOME_POINTS,
        balanceAfter: WELCOME_POINTS,
      }),
    ]);
    expect(theirs.body).toEqual({
      balance: 30,
      entries: [expect.objectContaining({ kind: 'payout', caseId, amount: 30, balanceAfter: 30 })],
      nextCursor: null,
    });
    // Only one's own legs: nothing names the member on the other side of a transfer.
    expect(JSON.stringify(theirs.body)).not.toContain(ownerId);
    expect(JSON.stringify(mine.body)).not.toContain(solverId);
  });

  it('pages through the statement with nextCursor, every entry once', async () => {
    const actor = await aMemberWithGrants(5);

    const first = await pointsOf(actor, '?limit=2');
    const second = await pointsOf(actor, `?limit=2&cursor=${first.body.nextCursor ?? ''}`);
    const third = await pointsOf(actor, `?limit=2&cursor=${second.body.nextCursor ?? ''}`);

    const memos = [first, second, third].flatMap((page) =>
      page.body.entries.map((entry) => entry.memo),
    );
    expect(memos).toEqual(['Grant 5', 'Grant 4', 'Grant 3', 'Grant 2', 'Grant 1']);
    expect(third.body.nextCursor).toBeNull();
    // Running balances on a later page still count every earlier entry: 1 + 2 = 3, then 1.
    expect(third.body.entries.map((entry) => entry.balanceAfter)).toEqual([1]);
    expect(second.body.entries.map((entry) => entry.balanceAfter)).toEqual([6, 3]);
    expect(first.body.balance).toBe(15);
  });

  it('refuses a cursor it did not give, naming the field', async () => {
    const actor = await aMemberWithGrants(1);
    const { response } = await pointsOf(actor, '?cursor=bm90LWEtY3Vyc29y');
    expect(response.statusCode).toBe(400);
    expect(response.json<Problem>().errors).toEqual([
      { field: 'query.cursor', message: 'Cursor must be the nextCursor value of a previous page' },
    ]);
  });
});
