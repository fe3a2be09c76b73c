// From the crowd to the confirmed diagnosis: the owner closes, rates and closes for good (report
// frozen, pledge paid out), then records the outcome weeks later: where the crowd ranked it, and
// reputations that change the weights used from then on. Each bad request changes nothing.
import type {
  CaseDetail,
  CaseReport,
  CollectiveDifferential,
  Outcome,
  Problem,
  Reputation,
  Suggestion,
} from '@consilium/api';
import { count, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { caseOutcomes, reputationEvents } from '../platform/database/schema.js';
import type { Member, TestApp } from '../testing/test-app.js';
import {
  aCase,
  aCompleteDraft,
  aMember,
  aPublishedCase,
  createTestApp,
} from '../testing/test-app.js';
import { anActor } from '../testing/actors.js';
import { loadDemoDiagnoses } from '../vocabulary/demo-diagnoses.js';

let t: TestApp;
let owner: Member;
let first: Member;
let second: Member;
let third: Member;

beforeAll(async () => {
  t = await createTestApp();
  await loadDemoDiagnoses(t.database.db);
  [owner, first, second, third] = await Promise.all([
    aMember(t.app),
    aMember(t.app),
    aMember(t.app),
    aMember(t.app),
  ]);
});
afterAll(async () => {
  await t.close();
});

async function suggest(member: Member, caseId: string, payload: Record<string, unknown>) {
  const response = await member.request({
    method: 'POST',
    url: `/api/cases/${caseId}/suggestions`,
    payload,
  });
  if (response.statusCode !== 201) throw new Error(response.body);
  return response.json<Suggestion>();
}

const status = (member: Member, caseId: string, action: string) =>
  member.request({ method: 'POST', url: `/api/cases/${caseId}/status`, payload: { action } });

const rate = (member: Member, caseId: string, suggestionId: string, helpful: boolean) =>
  member.request({
    method: 'PUT',
    url: `/api/cases/${caseId}/suggestions/${suggestionId}/rating`,
    payload: { helpful },
  });

const points = async (member: Member) =>
  (await member.request({ method: 'GET', url: '/api/me/points' })).json<{ balance: number }>()
    .balance;

const today = () => new Date().toISOString().slice(0, 10);

const record = (member: Member, caseId: string, payload: Record<string, unknown>) =>
  member.request({ method: 'PUT', url: `/api/cases/${caseId}/outcome`, payload });

const reputation = async (member: Member) =>
  (
    await t.app.inject({ method: 'GET', url: `/api/members/${member.profile.handle}/reputation` })
  ).json<Reputation>();

async function eventCount(): Promise<number> {
  const [row] = await t.database.db.select({ n: count() }).from(reputationEvents);
  return row?.n ?? 0;
}

describe('closing, rating, the report and the outcome', () => {
  it('runs from suggestions to a frozen report, a payout and reputations', async () => {
    const posted = await aPublishedCase(owner, { rewardPledge: 60 });
    expect(await points(owner)).toBe(40);
    const lupus = await suggest(first, posted.id, {
      conceptId: 'DOID:9074',
      diagnosis: 'lupus',
      rationale: '**Malar rash**, arthritis and _mouth ulcers_ in a young woman.',
      nextSteps: 'ANA, anti-dsDNA, complement.',
      references: [{ kind: 'pmid', value: '31385462' }],
      confidence: 80,
    });
    await suggest(first, posted.id, { diagnosis: 'Sarcoidosis', confidence: 20 });
    await suggest(second, posted.id, { conceptId: 'DOID:9074', diagnosis: 'SLE' });
    const lyme = await suggest(third, posted.id, { conceptId: 'DOID:11729', diagnosis: 'Lyme' });

    // Ratings belong to the closing stage and to the owner alone.
    const early = await rate(owner, posted.id, lupus.id, true);
    expect(early.statusCode).toBe(403);
    expect(early.json<Problem>().detail).toBe(
      'Close the case first: suggestions are rated while it closes.',
    );
    expect((await status(owner, posted.id, 'close')).statusCode).toBe(200);
    const notTheirs = await rate(first, posted.id, lyme.id, false);
    expect(notTheirs.statusCode).toBe(403);
    expect(notTheirs.json<Problem>().detail).toBe(
      'Only the owner of the case rates its suggestions.',
    );
    const rated = await rate(owner, posted.id, lupus.id, true);
    expect(rated.json<Suggestion>()).toMatchObject({ helpful: true });
    expect((await rate(owner, posted.id, lyme.id, false)).statusCode).toBe(200);
    // The rating is between the owner and the suggestion's author.
    const board = await second.request({
      method: 'GET',
      url: `/api/cases/${posted.id}/suggestions`,
    });
    expect(JSON.stringify(board.json())).not.toContain('"helpful":true');

    const preview = (
      await t.app.inject({ method: 'GET', url: `/api/cases/${posted.id}/report` })
    ).json<CaseReport>();
    expect(preview).toMatchObject({ state: 'preview', closedAt: null });
    const fhirTooEarly = await t.app.inject({
      method: 'GET',
      url: `/api/cases/${posted.id}/report/fhir`,
    });
    expect(fhirTooEarly.statusCode).toBe(409);

    expect((await status(owner, posted.id, 'finish')).statusCode).toBe(200);
    const report = (
      await t.app.inject({ method: 'GET', url: `/api/cases/${posted.id}/report` })
    ).json<CaseReport>();
    expect(report.state).toBe('final');
    expect(report.items[0]).toMatchObject({
      rank: 1,
      label: 'systemic lupus erythematosus',
      concept: { id: 'DOID:9074' },
      support: { detective: 2 },
      references: [{ kind: 'pmid', value: '31385462' }],
      nextSteps: ['ANA, anti-dsDNA, complement.'],
      helpful: 1,
    });
    // Excerpts are plain text: the words of the rationale, without its markdown.
    expect(report.items[0]?.rationaleExcerpts[0]).toBe(
      'Malar rash, arthritis and mouth ulcers in a young woman.',
    );
    expect(report.reward).toEqual({ pledged: 60, paidOut: 60 });
    // Each started with 100 points. Not helpful earns nothing; the pledge is split by rating and
    // share between the others.
    const [a, b, c] = [await points(first), await points(second), await points(third)];
    expect(c).toBe(100);
    expect(a + b).toBe(260);
    expect(a).toBeGreaterThan(b);
    expect(await points(owner)).toBe(40);

    const fhir = await t.app.inject({ method: 'GET', url: `/api/cases/${posted.id}/report/fhir` });
    expect(fhir.statusCode).toBe(200);
    expect(fhir.headers['content-type']).toContain('application/fhir+json');
    expect(fhir.json<{ resourceType: string }>().resourceType).toBe('Bundle');
    expect(fhir.body).not.toContain(first.profile.handle);

    // Weeks later: only the owner records the outcome, once, with a real code and a past date.
    const before = { events: await eventCount() };
    const forged = await record(first, posted.id, {
      diagnosis: 'Lyme disease',
      method: 'laboratory',
      confirmedOn: today(),
    });
    expect(forged.statusCode).toBe(403);
    expect(forged.json<Problem>().detail).toBe(
      'Only the owner of the case records its confirmed diagnosis.',
    );
    const unknown = await record(owner, posted.id, {
      conceptId: 'OMIM:999999',
      diagnosis: 'Something',
      method: 'biopsy',
      confirmedOn: today(),
    });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json<Problem>().errors?.[0]?.field).toBe('body.conceptId');
    const future = await record(owner, posted.id, {
      diagnosis: 'Lupus',
      method: 'biopsy',
      confirmedOn: '2999-01-01',
    });
    expect(future.statusCode).toBe(400);
    expect(await eventCount()).toBe(before.events);
    const [outcomes] = await t.database.db
      .select({ n: count() })
      .from(caseOutcomes)
      .where(sql`${caseOutcomes.caseId} = ${posted.id}`);
    expect(outcomes?.n).toBe(0);

    // Coded in OMIM, it still matches the candidate coded in DOID.
    const recorded = await record(owner, posted.id, {
      conceptId: 'MIM:152700',
      diagnosis: 'Systemic lupus erythematosus',
      method: 'laboratory',
      confirmedOn: today(),
      teachingPoint: 'Low complement with a malar rash.',
    });
    expect(recorded.statusCode).toBe(200);
    expect(recorded.json<Outcome>()).toMatchObject({
      collectiveRank: 1,
      method: 'laboratory',
      teachingPoint: 'Low complement with a malar rash.',
    });
    const twice = await record(owner, posted.id, {
      diagnosis: 'Lupus',
      method: 'biopsy',
      confirmedOn: today(),
    });
    expect(twice.statusCode).toBe(409);
    const after = (
      await t.app.inject({ method: 'GET', url: `/api/cases/${posted.id}/report` })
    ).json<CaseReport>();
    expect(after.outcome).toMatchObject({ collectiveRank: 1, candidates: report.items.length });

    expect((await reputation(first)).items).toEqual([
      expect.objectContaining({ specialty: 'general', hits: 1, misses: 0 }),
    ]);
    expect((await reputation(third)).items).toEqual([
      expect.objectContaining({ specialty: 'general', hits: 0, misses: 1 }),
    ]);
    const [proven, wrong] = [
      (await reputation(first)).items[0],
      (await reputation(third)).items[0],
    ];
    expect(proven?.weight ?? 0).toBeGreaterThan(wrong?.weight ?? 1);
  });

  it('weighs the members proven right more on the cases that follow', async () => {
    // first was right and third was wrong on the case above, both unverified: on a new case where
    // each puts a different diagnosis first, first's is ranked, and third's waits for a trusted
    // backer (without the outcome, both would wait).
    const next = await aCase(owner);
    await suggest(third, next.id, { diagnosis: 'Amyloidosis' });
    await suggest(first, next.id, { diagnosis: 'Sarcoidosis' });
    const result = (
      await t.app.inject({ method: 'GET', url: `/api/cases/${next.id}/collective-differential` })
    ).json<CollectiveDifferential>();
    expect(result.items.map((item) => [item.rank, item.label])).toEqual([[1, 'Sarcoidosis']]);
    expect(result.items[0]?.probability).toBeGreaterThan(0.9);
    expect(result.pending.map((item) => item.label)).toEqual(['Amyloidosis']);
  });

  it('returns the pledge of a withdrawn case to its owner', async () => {
    const before = await points(owner);
    const posted = await aPublishedCase(owner, { rewardPledge: 25 });
    expect(await points(owner)).toBe(before - 25);
    expect((await status(owner, posted.id, 'withdraw')).statusCode).toBe(200);
    expect(await points(owner)).toBe(before);
  });

  it('refuses a pledge larger than the owner’s points and publishes nothing', async () => {
    const id = await aCompleteDraft(owner);
    const published = await owner.request({
      method: 'POST',
      url: `/api/cases/${id}/publish`,
      payload: { rewardPledge: 1000 },
    });
    expect(published.statusCode).toBe(409);
    const still = await owner.request({ method: 'GET', url: `/api/cases/${id}` });
    expect(still.json<CaseDetail>().status).toBe('draft');
  });

  it('keeps the report until the case closes', async () => {
    const open = await aCase(owner);
    const response = await t.app.inject({ method: 'GET', url: `/api/cases/${open.id}/report` });
    expect(response.statusCode).toBe(409);
  });
});

describe('accounts that back the same wrong answers', () => {
  it('are flagged to moderators once enough outcomes prove them wrong together', async () => {
    const [copier, copied, independent] = await Promise.all([
      aMember(t.app),
      aMember(t.app),
      aMember(t.app),
    ]);
    for (let index = 0; index < 8; index++) {
      const posted = await aCase(owner);
      await suggest(copier, posted.id, { diagnosis: `Wrong idea ${index}` });
      await suggest(copied, posted.id, { diagnosis: `Wrong idea ${index}` });
      await suggest(independent, posted.id, { diagnosis: 'Sarcoidosis' });
      expect((await status(owner, posted.id, 'close')).statusCode).toBe(200);
      expect((await status(owner, posted.id, 'finish')).statusCode).toBe(200);
      const recorded = await record(owner, posted.id, {
        conceptId: 'DOID:11335',
        diagnosis: 'Sarcoidosis',
        method: 'biopsy',
        confirmedOn: today(),
      });
      expect(recorded.statusCode, recorded.body).toBe(200);
    }
    const moderator = await anActor(t.app, 'moderator');
    const flags = (
      await moderator.request({ method: 'GET', url: '/api/moderation/collusion-flags' })
    ).json<{ items: { memberA: { handle: string }; memberB: { handle: string } }[] }>().items;
    const pairs = flags.map((flag) => [flag.memberA.handle, flag.memberB.handle].sort().join(' '));
    expect(pairs).toContain([copier.profile.handle, copied.profile.handle].sort().join(' '));
    expect(pairs.some((pair) => pair.includes(independent.profile.handle))).toBe(false);
    const reviewed = await moderator.request({
      method: 'POST',
      url: '/api/moderation/collusion-flags/review',
      payload: { memberA: copied.profile.handle, memberB: copier.profile.handle },
    });
    expect(reviewed.statusCode).toBe(200);
    const denied = await copier.request({ method: 'GET', url: '/api/moderation/collusion-flags' });
    expect(denied.statusCode).toBe(403);
  });
});
