// Demo data: seeded only when due, valid by the same rules as user input, and usable.
import {
  CreateCaseBodySchema,
  CreateClinicalCaseBodySchema,
  CreateImagePostBodySchema,
  CreateSuggestionBodySchema,
  PatientQuestionnaireSchema,
} from '@consilium/api';
import type {
  CaseFeed,
  CaseReport,
  Reputation,
  SearchResults,
  SuggestionBoard,
} from '@consilium/api';
import { readFileSync } from 'node:fs';
import { count } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { members } from '../platform/database/schema.js';
import type { TestApp } from '../testing/test-app.js';
import { createTestApp, testConfig } from '../testing/test-app.js';
import { demoCases } from './demo-content.js';
import { demoMembers } from './demo-members.js';
import { seedIfDue } from './seed.js';

let t: TestApp;
const now = new Date();

beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t.close();
});

async function memberCount(): Promise<number> {
  const [row] = await t.database.db.select({ n: count() }).from(members);
  return row?.n ?? 0;
}

describe('demo content', () => {
  it('has one member per role and a dozen cases that pass the same validation as user input', () => {
    const tiers = demoMembers.flatMap((member) =>
      member.credential === undefined ? [] : [member.credential.kind],
    );
    expect(new Set([...demoMembers.flatMap((member) => member.roles), ...tiers])).toEqual(
      new Set(['patient', 'detective', 'student', 'professional', 'moderator', 'admin']),
    );
    expect(demoCases).toHaveLength(14);
    expect(new Set(demoCases.map((demo) => demo.daysAgo)).size).toBe(demoCases.length);
    for (const demo of demoCases) {
      const { title, presentation } = demo;
      expect(CreateCaseBodySchema.safeParse({ title, presentation }).success, title).toBe(true);
      if (demo.questionnaire !== undefined)
        expect(PatientQuestionnaireSchema.safeParse(demo.questionnaire).error).toBeUndefined();
      if (demo.clinical !== undefined) {
        const { specialties, audience, anonymous } = demo.clinical;
        const question = demo.presentation.split('\n\n').at(-1);
        const solution = demo.solution;
        const body =
          demo.imagePost === true
            ? { caption: presentation, question, specialties, audience, anonymous, solution }
            : { title, presentation, question, specialties, audience, anonymous, solution };
        const schema =
          demo.imagePost === true ? CreateImagePostBodySchema : CreateClinicalCaseBodySchema;
        expect(schema.safeParse(body).error).toBeUndefined();
        expect(demo.author).toBe('professional');
      }
      for (const suggestion of demo.suggestions) {
        const { diagnosis, rationale } = suggestion;
        expect(CreateSuggestionBodySchema.safeParse({ diagnosis, rationale }).success).toBe(true);
        expect(suggestion.by).not.toBe(demo.author);
        const voters = suggestion.votes.map((vote) => vote.by);
        expect(voters).not.toContain(suggestion.by);
        expect(new Set(voters).size).toBe(voters.length);
      }
    }
  });
});

describe('seeding', () => {
  it('never seeds a server database unless SEED_DEMO=always', async () => {
    const asServer = { ...t.database, kind: 'postgres' as const };
    expect(await seedIfDue(asServer, testConfig(), t.app.log, now)).toBe(false);
    expect(await seedIfDue(t.database, testConfig({ SEED_DEMO: 'never' }), t.app.log, now)).toBe(
      false,
    );
    expect(await memberCount()).toBe(0);
  });

  it('seeds an empty database once, and the feed then shows the demo cases ranked', async () => {
    expect(await seedIfDue(t.database, testConfig({ SEED_DEMO: 'always' }), t.app.log, now)).toBe(
      true,
    );
    expect(await memberCount()).toBe(demoMembers.length);
    expect(await seedIfDue(t.database, testConfig({ SEED_DEMO: 'always' }), t.app.log, now)).toBe(
      false,
    );
    expect(await memberCount()).toBe(demoMembers.length);

    const feed = (
      await t.app.inject({ method: 'GET', url: '/api/cases?limit=50' })
    ).json<CaseFeed>();
    // A visitor sees every demo case but the professionals-only one.
    const forEveryone = demoCases.filter((demo) => demo.clinical?.audience !== 'professionals');
    expect(feed.items).toHaveLength(forEveryone.length);
    expect(forEveryone.length).toBe(13);
    expect(feed.items.map((item) => item.label)).toContain('case-study');
    const newest = [...forEveryone].sort((a, b) => a.daysAgo - b.daysAgo)[0];
    expect(feed.items[0]?.title).toBe(newest?.title);
    const withSuggestions = feed.items.find((item) => item.suggestionCount > 1);
    const list = (
      await t.app.inject({
        method: 'GET',
        url: `/api/cases/${withSuggestions?.id ?? ''}/suggestions`,
      })
    ).json<SuggestionBoard>();
    expect(list.candidates[0]?.rank).toBe(1);
    expect(list.candidates[0]?.probability).toBeGreaterThan(0);

    // One demo case is closed for good, and its diagnosis was confirmed since: the report is
    // final, shows where the crowd ranked it, and the member who was right has a track record.
    const closed = demoCases.find((demo) => demo.closed !== undefined);
    const closedCase = feed.items.find((item) => item.title === closed?.title);
    const report = (
      await t.app.inject({ method: 'GET', url: `/api/cases/${closedCase?.id ?? ''}/report` })
    ).json<CaseReport>();
    expect(report.state).toBe('final');
    expect(report.outcome).toMatchObject({ collectiveRank: 1, method: 'laboratory' });
    const professional = demoMembers.find((member) => member.key === 'professional');
    const reputation = (
      await t.app.inject({
        method: 'GET',
        url: `/api/members/${professional?.handle ?? ''}/reputation`,
      })
    ).json<Reputation>();
    expect(reputation.items.some((item) => item.hits === 1)).toBe(true);
  });

  it('lets a visitor search the demo cases: ranked, with the words highlighted', async () => {
    const response = await t.app.inject({
      method: 'GET',
      url: '/api/search/cases?q=haemolysis',
    });
    const results = response.json<SearchResults>();
    expect(results.items.length).toBeGreaterThan(0);
    const ranks = results.items.map((item) => item.rank);
    expect(ranks).toEqual([...ranks].sort((a, b) => b - a));
    const top = results.items[0];
    expect(
      [...(top?.titleHighlight ?? []), ...(top?.snippet ?? [])].some((segment) => segment.match),
    ).toBe(true);
  });

  it('matches the demo accounts the README publishes', () => {
    const readme = readFileSync(new URL('../../../../README.md', import.meta.url), 'utf8');
    const rows = readme.split('\n').filter((line) => line.startsWith('|'));
    for (const member of demoMembers) {
      const row = rows.find((line) => line.includes(`\`${member.email}\``));
      expect(row, member.email).toBeDefined();
      expect(row).toContain(`\`${member.password}\``);
      expect(row?.split('|')[1]?.trim()).toBe(member.key);
    }
  });

  it('lets every demo member sign in with the password the README gives', async () => {
    for (const member of demoMembers) {
      const response = await t.app.inject({
        method: 'POST',
        url: '/api/session',
        payload: { email: member.email, password: member.password },
      });
      expect(response.statusCode, member.email).toBe(200);
    }
  });
});
