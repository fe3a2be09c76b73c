import { describe, expect, it } from 'vitest';
import { RegisterBodySchema } from './accounts.js';
import { CaseFeedQuerySchema, CreateCaseBodySchema } from './cases.js';
import { buildPath } from './route.js';
import { CastVoteBodySchema } from './suggestions.js';

describe('shared schemas', () => {
  it('normalises an e-mail address and trims the display name', () => {
    const parsed = RegisterBodySchema.parse({
      email: ' Someone@Example.ORG ',
      password: 'twelve chars',
      displayName: '  Someone  ',
      handle: ' Some_One ',
      country: 'ES',
      language: 'es',
    });
    expect(parsed).toEqual({
      email: 'someone@example.org',
      password: 'twelve chars',
      displayName: 'Someone',
      handle: 'some_one',
      country: 'ES',
      language: 'es',
    });
  });

  it('explains a bad e-mail in words', () => {
    const result = RegisterBodySchema.safeParse({
      email: 'not-an-email',
      password: 'twelve chars',
      displayName: 'Someone',
      handle: 'someone',
      country: 'ES',
      language: 'en',
    });
    expect(result.error?.issues[0]?.message).toBe(
      'Enter a valid e-mail address, like name@example.org',
    );
  });

  it('refuses a country code that does not exist', () => {
    const result = RegisterBodySchema.safeParse({
      email: 'a@example.org',
      password: 'twelve chars',
      displayName: 'Someone',
      handle: 'someone',
      country: 'XX',
      language: 'en',
    });
    expect(result.error?.issues[0]?.message).toBe(
      'Country must be a two-letter ISO 3166 code, like ES or GB',
    );
  });

  it('refuses unknown fields so no one can set their own role', () => {
    const result = RegisterBodySchema.safeParse({
      email: 'a@example.org',
      password: 'twelve chars',
      displayName: 'Someone',
      roles: ['admin'],
    });
    expect(result.success).toBe(false);
  });

  it('rejects whitespace-only case text after trimming', () => {
    const result = CreateCaseBodySchema.safeParse({
      title: '      ',
      presentation: ' '.repeat(40),
    });
    expect(result.error?.issues.map((issue) => issue.message)).toEqual([
      'Title must be at least 5 characters',
      'Presentation must be at least 20 characters: describe the symptoms and their course',
    ]);
  });

  it('defaults the feed and page size and coerces them from the query string', () => {
    expect(CaseFeedQuerySchema.parse({})).toEqual({ feed: 'latest', limit: 20 });
    expect(CaseFeedQuerySchema.parse({ limit: '5', hasImages: 'true' })).toEqual({
      feed: 'latest',
      limit: 5,
      hasImages: true,
    });
  });

  it('accepts only 1, -1 and 0 as a vote', () => {
    expect(CastVoteBodySchema.safeParse({ value: 1 }).success).toBe(true);
    expect(CastVoteBodySchema.safeParse({ value: 2 }).success).toBe(false);
  });

  it('fills and encodes path parameters', () => {
    expect(buildPath('/api/cases/:caseId/suggestions', { caseId: 'a/b' })).toBe(
      '/api/cases/a%2Fb/suggestions',
    );
    expect(() => buildPath('/api/cases/:caseId', {})).toThrow('Missing path parameter "caseId"');
  });
});
