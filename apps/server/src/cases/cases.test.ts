// Posting and reading cases, and the keyset-paginated feed.
import type { CaseDetail, CaseFeed, Problem } from '@consilium/api';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cases } from '../platform/database/schema.js';
import type { Member, TestApp } from '../testing/test-app.js';
import { aCase, aMember, createTestApp } from '../testing/test-app.js';

let t: TestApp;
let owner: Member;

beforeAll(async () => {
  t = await createTestApp();
  owner = await aMember(t.app, { displayName: 'Posting Member' });
});
afterAll(async () => {
  await t.close();
});

describe('posting a case', () => {
  it('needs a signed-in member and stores nothing for a visitor', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/cases',
      payload: { title: 'Visitor case title', presentation: 'A visitor tries to post this case.' },
    });
    expect(response.statusCode).toBe(401);
    expect(response.json<Problem>().detail).toBe('Sign in to post a case.');
    const feed = await t.app.inject({ method: 'GET', url: '/api/cases' });
    expect(feed.body).not.toContain('Visitor case title');
  });

  it('trims the text and returns the case with its author and abilities', async () => {
    const posted = await aCase(owner, {
      title: '  Episodic swelling of lips and hands  ',
      presentation: 'Swelling without hives, lasting two to three days, since my teens.',
    });
    expect(posted).toMatchObject({
      title: 'Episodic swelling of lips and hands',
      status: 'open',
      isOwn: true,
      author: { displayName: 'Posting Member', handle: owner.profile.handle, anonymous: false },
      // The crowd suggests and votes; the owner answers questions, puts up possible diagnoses
      // and, at close, rates the suggestions.
      abilities: { canSuggest: false, canVote: false },
    });
    const read = await t.app.inject({ method: 'GET', url: `/api/cases/${posted.id}` });
    expect(read.json<CaseDetail>()).toMatchObject({
      id: posted.id,
      isOwn: false,
      abilities: { canSuggest: false, canVote: false },
    });
  });

  it('answers 404 in words for a case that does not exist', async () => {
    const response = await t.app.inject({ method: 'GET', url: `/api/cases/${randomUUID()}` });
    expect(response.statusCode).toBe(404);
    expect(response.json<Problem>().detail).toBe('This case does not exist or was removed.');
  });
});

describe('the latest feed', () => {
  it('walks every case exactly once, newest first, even when cases share a timestamp', async () => {
    const fresh = await createTestApp();
    try {
      const member = await aMember(fresh.app);
      const sameMoment = new Date('2026-01-01T12:00:00.123456Z');
      const tied = await fresh.database.db
        .insert(cases)
        .values(
          [0, 1, 2, 3].map((i) => ({
            authorId: member.profile.id,
            title: `Tied case ${i}`,
            presentation: 'Posted at exactly the same moment as three others.',
            createdAt: sameMoment,
            publishedAt: sameMoment,
          })),
        )
        .returning({ id: cases.id, title: cases.title });
      for (let i = 0; i < 3; i += 1) await aCase(member, { title: `Feed case number ${i}` });
      const seen: string[] = [];
      let cursor: string | null = null;
      let pages = 0;
      do {
        const url: string = `/api/cases?limit=3${cursor === null ? '' : `&cursor=${cursor}`}`;
        const page: CaseFeed = (await fresh.app.inject({ method: 'GET', url })).json<CaseFeed>();
        seen.push(...page.items.map((item) => item.title));
        cursor = page.nextCursor;
        pages += 1;
      } while (cursor !== null && pages < 10);
      expect(pages).toBe(3);
      const tiedNewestFirst = tied.sort((a, b) => (a.id < b.id ? 1 : -1)).map((row) => row.title);
      expect(seen).toEqual([...[2, 1, 0].map((i) => `Feed case number ${i}`), ...tiedNewestFirst]);
    } finally {
      await fresh.close();
    }
  });

  it('refuses a cursor it did not issue', async () => {
    const response = await t.app.inject({
      method: 'GET',
      url: '/api/cases?cursor=bm90LWEtY3Vyc29y',
    });
    expect(response.statusCode).toBe(400);
    expect(response.json<Problem>().errors?.[0]?.field).toBe('query.cursor');
  });

  it('shows an excerpt, not the whole presentation', async () => {
    const long = `${'Intermittent abdominal pain with dark urine after fasting. '.repeat(20)}END`;
    const posted = await aCase(owner, { title: 'A long presentation', presentation: long });
    const feed = (await t.app.inject({ method: 'GET', url: '/api/cases' })).json<CaseFeed>();
    const item = feed.items.find((summary) => summary.id === posted.id);
    expect(item?.excerpt.length).toBeLessThanOrEqual(281);
    expect(item?.excerpt.endsWith('…')).toBe(true);
    expect(item?.excerpt).not.toContain('END');
  });
});
