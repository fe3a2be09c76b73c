// Suggestions and votes: who may vote, one vote per member, ranking, and exact counts under load.
import type { Problem, Suggestion, SuggestionList } from '@consilium/api';
import { randomUUID } from 'node:crypto';
import { count } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { votes } from '../platform/database/schema.js';
import type { Member, TestApp } from '../testing/test-app.js';
import { aCase, aMember, aSuggestion, createTestApp } from '../testing/test-app.js';

let t: TestApp;
let owner: Member;
let solver: Member;
let voter: Member;

beforeAll(async () => {
  t = await createTestApp();
  [owner, solver, voter] = await Promise.all([aMember(t.app), aMember(t.app), aMember(t.app)]);
});
afterAll(async () => {
  await t.close();
});

const vote = (member: Member, s: { caseId: string; id: string }, value: number) =>
  member.request({
    method: 'PUT',
    url: `/api/cases/${s.caseId}/suggestions/${s.id}/vote`,
    payload: { value },
  });

async function voteCount(): Promise<number> {
  const [row] = await t.database.db.select({ n: count() }).from(votes);
  return row?.n ?? 0;
}

describe('proposing a diagnosis', () => {
  it('needs a signed-in member', async () => {
    const posted = await aCase(owner);
    const response = await t.app.inject({
      method: 'POST',
      url: `/api/cases/${posted.id}/suggestions`,
      payload: { diagnosis: 'Sarcoidosis' },
    });
    expect(response.statusCode).toBe(401);
    expect(response.json<Problem>().detail).toBe('Sign in to suggest a diagnosis.');
  });

  it('answers 404 for a case that does not exist', async () => {
    const response = await solver.request({
      method: 'POST',
      url: `/api/cases/${randomUUID()}/suggestions`,
      payload: { diagnosis: 'Sarcoidosis' },
    });
    expect(response.statusCode).toBe(404);
  });

  it('shows the new suggestion with the author and no votes', async () => {
    const posted = await aCase(owner);
    const suggestion = await aSuggestion(solver, posted.id, 'Familial Mediterranean fever');
    expect(suggestion).toMatchObject({
      diagnosis: 'Familial Mediterranean fever',
      rank: 1,
      score: 0,
      myVote: 0,
      isOwn: true,
      author: { handle: solver.profile.handle },
      abilities: { canVote: false },
    });
  });
});

describe('voting', () => {
  it('refuses a vote on one’s own suggestion and records nothing', async () => {
    const posted = await aCase(owner);
    const own = await aSuggestion(solver, posted.id);
    const before = await voteCount();
    const response = await vote(solver, own, 1);
    expect(response.statusCode).toBe(403);
    expect(response.json<Problem>().detail).toBe('You cannot vote on your own suggestion.');
    expect(await voteCount()).toBe(before);
  });

  it('refuses a visitor’s vote', async () => {
    const posted = await aCase(owner);
    const suggestion = await aSuggestion(solver, posted.id);
    const response = await t.app.inject({
      method: 'PUT',
      url: `/api/cases/${posted.id}/suggestions/${suggestion.id}/vote`,
      payload: { value: 1 },
    });
    expect(response.statusCode).toBe(401);
  });

  it('keeps one vote per member: changing it replaces it, 0 withdraws it', async () => {
    const posted = await aCase(owner);
    const suggestion = await aSuggestion(solver, posted.id);
    expect((await vote(voter, suggestion, 1)).json<Suggestion>()).toMatchObject({
      score: 1,
      myVote: 1,
    });
    expect((await vote(voter, suggestion, 1)).json<Suggestion>()).toMatchObject({
      score: 1,
      upvotes: 1,
    });
    expect((await vote(voter, suggestion, -1)).json<Suggestion>()).toMatchObject({
      score: -1,
      upvotes: 0,
      downvotes: 1,
      myVote: -1,
    });
    expect((await vote(voter, suggestion, 0)).json<Suggestion>()).toMatchObject({
      score: 0,
      myVote: 0,
    });
  });

  it('refuses a vote value other than 1, -1 or 0', async () => {
    const posted = await aCase(owner);
    const suggestion = await aSuggestion(solver, posted.id);
    const response = await vote(voter, suggestion, 5);
    expect(response.statusCode).toBe(400);
    expect(response.json<Problem>().errors?.[0]?.message).toBe(
      'Vote must be 1 (up), -1 (down) or 0 (withdraw your vote)',
    );
  });

  it('answers 404 when the suggestion belongs to another case', async () => {
    const first = await aCase(owner);
    const second = await aCase(owner);
    const suggestion = await aSuggestion(solver, first.id);
    const response = await vote(voter, { caseId: second.id, id: suggestion.id }, 1);
    expect(response.statusCode).toBe(404);
  });

  it('ranks by score, shares a rank on ties, and reorders when votes change', async () => {
    const posted = await aCase(owner);
    const a = await aSuggestion(solver, posted.id, 'Behçet disease');
    const b = await aSuggestion(solver, posted.id, 'Crohn disease');
    const c = await aSuggestion(solver, posted.id, 'Reactive arthritis');
    await vote(voter, b, 1);
    await vote(owner, b, 1);
    await vote(voter, c, 1);
    await vote(owner, a, -1);
    const ranked = async () =>
      (await owner.request({ method: 'GET', url: `/api/cases/${posted.id}/suggestions` }))
        .json<SuggestionList>()
        .items.map((item) => `${item.rank}:${item.diagnosis}`);
    expect(await ranked()).toEqual(['1:Crohn disease', '2:Reactive arthritis', '3:Behçet disease']);
    await vote(owner, c, 1);
    await vote(owner, b, 0);
    expect(await ranked()).toEqual(['1:Reactive arthritis', '2:Crohn disease', '3:Behçet disease']);
    await vote(owner, a, 0);
    await vote(voter, a, 1);
    await vote(voter, c, 0);
    await vote(owner, c, 0);
    expect(await ranked()).toEqual(['1:Behçet disease', '1:Crohn disease', '3:Reactive arthritis']);
  });

  it('counts every member’s vote exactly when many arrive at once', async () => {
    const posted = await aCase(owner);
    const suggestion = await aSuggestion(solver, posted.id);
    const crowd = await Promise.all(Array.from({ length: 40 }, () => aMember(t.app)));
    // Each member votes twice at once (up, then down or up again): one row each must remain.
    await Promise.all(
      crowd.flatMap((member, index) => [
        vote(member, suggestion, 1),
        vote(member, suggestion, index % 2 === 0 ? 1 : -1),
      ]),
    );
    const [final] = (
      await owner.request({ method: 'GET', url: `/api/cases/${posted.id}/suggestions` })
    ).json<SuggestionList>().items;
    expect((final?.upvotes ?? 0) + (final?.downvotes ?? 0)).toBe(40);
    expect(final?.upvotes).toBeGreaterThanOrEqual(20);
  });
});
