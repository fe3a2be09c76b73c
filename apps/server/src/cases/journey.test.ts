// The thin journey through every layer: register, post a case, suggest, vote, see the ranking.
import type { CaseFeed, SuggestionBoard } from '@consilium/api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyAsStudents } from '../testing/actors.js';
import type { TestApp } from '../testing/test-app.js';
import { aCase, aMember, aSuggestion, createTestApp } from '../testing/test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t.close();
});

describe('the case journey', () => {
  it('ranks a case’s candidates by suggestions and votes for every reader', async () => {
    const owner = await aMember(t.app, { displayName: 'Case Owner' });
    const solver = await aMember(t.app, { displayName: 'First Solver' });
    const voter = await aMember(t.app, { displayName: 'Second Solver' });
    const posted = await aCase(owner, { title: 'Night sweats and weight loss' });
    // Verified students: what they back is ranked at once.
    await verifyAsStudents(t.app, [solver.profile.id, voter.profile.id]);

    const lyme = await aSuggestion(solver, posted.id, 'Lyme disease');
    const sarcoid = await aSuggestion(voter, posted.id, 'Sarcoidosis');
    const vote = await voter.request({
      method: 'PUT',
      url: `/api/cases/${posted.id}/candidates/${lyme.candidateId}/vote`,
      payload: { value: 1 },
    });
    expect(vote.statusCode).toBe(200);

    const list = await solver.request({
      method: 'GET',
      url: `/api/cases/${posted.id}/suggestions`,
    });
    const items = list.json<SuggestionBoard>().candidates;
    expect(items.map((item) => [item.rank, item.label, item.upvotes])).toEqual([
      [1, 'Lyme disease', 1],
      [2, 'Sarcoidosis', 0],
    ]);
    expect(items.find((item) => item.id === sarcoid.candidateId)?.abilities.canVote).toBe(true);
    expect(items.find((item) => item.id === lyme.candidateId)?.abilities.canVote).toBe(false);

    const feed = await t.app.inject({ method: 'GET', url: '/api/cases' });
    const summary = feed.json<CaseFeed>().items.find((item) => item.id === posted.id);
    expect(summary?.suggestionCount).toBe(2);
  });
});
