// Bad input never crashes the server or changes the database, and always answers problem+json.
import type { Problem } from '@consilium/api';
import { sql } from 'drizzle-orm';
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BODY_LIMIT_BYTES } from '../../app.js';
import { selectRows } from '../database/index.js';
import type { Member, TestApp } from '../../testing/test-app.js';
import { aMember, createTestApp } from '../../testing/test-app.js';

let t: TestApp;
let member: Member;

beforeAll(async () => {
  t = await createTestApp();
  member = await aMember(t.app);
});
afterAll(async () => {
  await t.close();
});

async function tableCounts() {
  const [row] = await selectRows<Record<string, number>>(
    t.database.db,
    sql`select (select count(*) from members)::int as members, (select count(*) from cases)::int as cases,
               (select count(*) from suggestions)::int as suggestions, (select count(*) from sessions)::int as sessions`,
  );
  return row;
}

function expectProblem(response: LightMyRequestResponse, status: number) {
  expect(response.statusCode).toBe(status);
  expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
  const problem = response.json<Problem>();
  expect(problem.status).toBe(status);
  expect(problem.type).toMatch(/^\/problems\/|^about:blank$/);
  expect(problem.title.length).toBeGreaterThan(0);
  expect(problem.detail.length).toBeGreaterThan(10);
  expect(problem.requestId).toBe(response.headers['x-request-id']);
  return problem;
}

const postCase = (payload: string, contentType = 'application/json') =>
  member.request({
    method: 'POST',
    url: '/api/cases',
    headers: { 'content-type': contentType },
    payload,
  });

describe('bad input to a state-changing route', () => {
  it('answers 400 for malformed JSON and stores nothing', async () => {
    const before = await tableCounts();
    const problem = expectProblem(await postCase('{"title": "Fever", '), 400);
    expect(problem.detail).toMatch(/not valid JSON/);
    expect(await tableCounts()).toEqual(before);
  });

  it('answers 400 with a message per field for wrong types and stores nothing', async () => {
    const before = await tableCounts();
    const problem = expectProblem(
      await postCase(JSON.stringify({ title: 42, presentation: ['x'] })),
      400,
    );
    expect(problem.errors).toEqual(
      expect.arrayContaining([
        { field: 'body.title', message: 'Title is required' },
        { field: 'body.presentation', message: 'Presentation is required' },
      ]),
    );
    expect(await tableCounts()).toEqual(before);
  });

  it('answers 400 naming a field that is too short', async () => {
    const problem = expectProblem(
      await postCase(
        JSON.stringify({ title: 'Rash', presentation: 'A rash on both shins for weeks.' }),
      ),
      400,
    );
    expect(problem.errors).toEqual([
      { field: 'body.title', message: 'Title must be at least 5 characters' },
    ]);
  });

  it('refuses unknown fields (no mass assignment) and names them', async () => {
    const before = await tableCounts();
    const problem = expectProblem(
      await postCase(
        JSON.stringify({
          title: 'Fever of unknown origin',
          presentation: 'Three weeks of evening fevers without a source.',
          authorId: '00000000-0000-4000-8000-000000000000',
          status: 'closed',
        }),
      ),
      400,
    );
    expect(problem.detail).toContain('authorId');
    expect(problem.detail).toContain('status');
    expect(await tableCounts()).toEqual(before);
  });

  it('answers 413 for an oversized body and stores nothing', async () => {
    const before = await tableCounts();
    const huge = JSON.stringify({ title: 'Huge', presentation: 'x'.repeat(BODY_LIMIT_BYTES + 10) });
    const problem = expectProblem(await postCase(huge), 413);
    expect(problem.detail).toMatch(/larger than this server accepts/);
    expect(await tableCounts()).toEqual(before);
  });

  it('answers 415 for a body that is not JSON', async () => {
    const before = await tableCounts();
    const problem = expectProblem(
      await postCase('title=Fever', 'application/x-www-form-urlencoded'),
      415,
    );
    expect(problem.detail).toMatch(/Content-Type: application\/json/);
    expectProblem(await postCase('just text', 'text/plain'), 415);
    expect(await tableCounts()).toEqual(before);
  });

  it('answers 400 for an empty JSON body', async () => {
    expectProblem(await postCase(''), 400);
  });

  it('answers 400 for a malformed id in the path', async () => {
    const problem = expectProblem(
      await member.request({ method: 'GET', url: '/api/cases/not-a-uuid' }),
      400,
    );
    expect(problem.errors).toEqual([{ field: 'params.caseId', message: 'Case id must be a UUID' }]);
  });

  it('answers 400 for a bad query parameter', async () => {
    const problem = expectProblem(
      await t.app.inject({ method: 'GET', url: '/api/cases?limit=500' }),
      400,
    );
    expect(problem.errors).toEqual([
      { field: 'query.limit', message: 'Limit must be between 1 and 50' },
    ]);
  });

  it('answers an unknown API route with a problem+json 404', async () => {
    const problem = expectProblem(
      await t.app.inject({ method: 'GET', url: '/api/nothing-here' }),
      404,
    );
    expect(problem.detail).toContain('/api/nothing-here');
    expectProblem(await t.app.inject({ method: 'DELETE', url: '/api/cases' }), 404);
  });

  it('keeps serving after all of the above', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/healthz' });
    expect(response.statusCode).toBe(200);
  });
});
