// Case studies through HTTP: a solver commits a differential once and only then sees the hidden
// answer; the author always sees it; nobody else does, and a plain case has none.
import type { CaseDetail, Problem, Solution } from '@consilium/api';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  auditLog,
  caseOutcomes,
  cases,
  differentialCommits,
  reputationEvents,
} from '../platform/database/schema.js';
import type { Member, TestApp } from '../testing/test-app.js';
import { aCase, aMember, createTestApp } from '../testing/test-app.js';
import { importConcepts } from '../vocabulary/import.js';

let t: TestApp;
let author: Member;

const answer = {
  diagnosis: 'Familial Mediterranean fever',
  system: 'OMIM',
  code: '249100',
  teachingPoint: 'Short febrile attacks with serositis in a family from the Mediterranean.',
};

beforeAll(async () => {
  t = await createTestApp();
  await importConcepts(t.database.db, [
    {
      system: 'OMIM',
      code: '249100',
      display: 'Familial Mediterranean fever',
      synonyms: [],
      xrefs: [],
    },
  ]);
  author = await aMember(t.app, { displayName: 'Case Study Author' });
});
afterAll(async () => {
  await t.close();
});

/** A case study: a published case marked as one, with its answer kept in case_outcomes. */
async function aCaseStudy(): Promise<CaseDetail> {
  const posted = await aCase(author, { title: 'Recurrent fevers with abdominal pain' });
  await t.database.db.update(cases).set({ isCaseStudy: true }).where(eq(cases.id, posted.id));
  await t.database.db
    .insert(caseOutcomes)
    .values({ caseId: posted.id, ...answer, source: 'case-study' });
  return posted;
}

const differential = {
  diagnoses: [{ label: 'Familial Mediterranean fever' }, { label: 'Adult-onset Still disease' }],
};

function commit(member: Member, caseId: string, payload: object = differential) {
  return member.request({ method: 'POST', url: `/api/cases/${caseId}/differential`, payload });
}

function solution(member: Member | undefined, caseId: string) {
  const request = { method: 'GET' as const, url: `/api/cases/${caseId}/solution` };
  return member === undefined ? t.app.inject(request) : member.request(request);
}

describe('committing a differential on a case study', () => {
  it('reveals the answer in the response, and to the solver from then on', async () => {
    const study = await aCaseStudy();
    const solver = await aMember(t.app);
    const response = await commit(solver, study.id);
    expect(response.statusCode, response.body).toBe(201);
    const revealed = response.json<Solution>();
    expect(revealed).toEqual({
      ...answer,
      yourDifferential: differential.diagnoses.map((item) => ({ ...item, conceptId: null })),
      // The answer was first in this differential (same words; no concept needed).
      yourRank: 1,
      committedAt: expect.any(String) as string,
      commitCount: 1,
    });
    const later = await solution(solver, study.id);
    expect(later.statusCode).toBe(200);
    expect(later.headers['cache-control']).toContain('no-store');
    expect(later.json<Solution>()).toEqual(revealed);
    const audited = await t.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.subjectId, study.id), eq(auditLog.action, 'differential.committed')));
    expect(audited.map((entry) => entry.actorId)).toEqual([solver.profile.id]);
  });

  it('scores the differential as it is committed: evidence for the solver’s reputation', async () => {
    const study = await aCaseStudy();
    const solver = await aMember(t.app);
    const response = await commit(solver, study.id, {
      diagnoses: [{ label: 'Adult-onset Still disease' }, { label: 'Gout' }],
    });
    expect(response.json<Solution>().yourRank).toBeNull();
    const events = await t.database.db
      .select()
      .from(reputationEvents)
      .where(eq(reputationEvents.memberId, solver.profile.id));
    expect(events).toEqual([
      expect.objectContaining({ caseId: study.id, source: 'case-study', hit: false, rank: null }),
    ]);
    const coded = await aMember(t.app);
    // Coded in OMIM as the answer is, under other words: still a hit, in second place.
    const second = await commit(coded, study.id, {
      diagnoses: [{ label: 'Gout' }, { label: 'periodic fever', conceptId: 'OMIM:249100' }],
    });
    expect(second.statusCode, second.body).toBe(201);
    expect(second.json<Solution>().yourRank).toBe(2);
    const unknown = await commit(await aMember(t.app), study.id, {
      diagnoses: [{ label: 'Gout', conceptId: 'DOID:999999999' }],
    });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json<Problem>().errors?.[0]?.field).toBe('body.diagnoses.0.conceptId');
  });

  it('takes one differential per member: a second is refused and the first kept', async () => {
    const study = await aCaseStudy();
    const solver = await aMember(t.app);
    expect((await commit(solver, study.id)).statusCode).toBe(201);
    const again = await commit(solver, study.id, { diagnoses: [{ label: 'Something else' }] });
    expect(again.statusCode).toBe(409);
    expect(again.headers['content-type']).toContain('application/problem+json');
    expect(again.json<Problem>().detail).toBe(
      'You already committed your differential on this case.',
    );
    const rows = await t.database.db
      .select({ diagnoses: differentialCommits.diagnoses })
      .from(differentialCommits)
      .where(eq(differentialCommits.caseId, study.id));
    expect(rows).toEqual([
      { diagnoses: differential.diagnoses.map((item) => ({ ...item, conceptId: null })) },
    ]);
  });

  it('takes one differential per member even when two arrive at once', async () => {
    const study = await aCaseStudy();
    const solver = await aMember(t.app);
    const statuses = (await Promise.all([commit(solver, study.id), commit(solver, study.id)]))
      .map((response) => response.statusCode)
      .sort();
    expect(statuses).toEqual([201, 409]);
  });

  it('counts every solver’s commit', async () => {
    const study = await aCaseStudy();
    await commit(await aMember(t.app), study.id);
    const second = await commit(await aMember(t.app), study.id);
    expect(second.json<Solution>().commitCount).toBe(2);
  });

  it('refuses the author, a case that is not a case study, and a withdrawn one', async () => {
    const study = await aCaseStudy();
    const own = await commit(author, study.id);
    expect(own.statusCode).toBe(403);
    expect(own.json<Problem>().detail).toBe(
      'This is your case study: you already know its answer.',
    );
    const plain = await aCase(author);
    const solver = await aMember(t.app);
    expect((await commit(solver, plain.id)).statusCode).toBe(403);
    const withdrawn = await aCaseStudy();
    await t.database.db
      .update(cases)
      .set({ status: 'withdrawn' })
      .where(eq(cases.id, withdrawn.id));
    expect((await commit(solver, withdrawn.id)).statusCode).toBe(403);
    const stored = await t.database.db
      .select()
      .from(differentialCommits)
      .where(eq(differentialCommits.memberId, solver.profile.id));
    expect(stored).toEqual([]);
  });

  it('names the field of a differential too long or a diagnosis left empty', async () => {
    const study = await aCaseStudy();
    const solver = await aMember(t.app);
    const six = Array.from({ length: 6 }, (_, index) => ({ label: `Diagnosis ${index + 1}` }));
    for (const [payload, field] of [
      [{ diagnoses: six }, 'body.diagnoses'],
      [{ diagnoses: [] }, 'body.diagnoses'],
      [{ diagnoses: [{ label: '   ' }] }, 'body.diagnoses.0.label'],
      [{ diagnoses: [{ label: 'Gout' }, { label: '' }] }, 'body.diagnoses.1.label'],
    ] as const) {
      const response = await commit(solver, study.id, payload);
      expect(response.statusCode).toBe(400);
      expect(response.json<Problem>().errors?.map((error) => error.field)).toContain(field);
    }
    expect((await solution(solver, study.id)).statusCode).toBe(403);
  });
});

describe('reading a case study’s answer', () => {
  it('shows it to the author, who committed nothing', async () => {
    const study = await aCaseStudy();
    const response = await solution(author, study.id);
    expect(response.statusCode).toBe(200);
    expect(response.json<Solution>()).toEqual({
      ...answer,
      yourDifferential: null,
      yourRank: null,
      committedAt: null,
      commitCount: 0,
    });
  });

  it('hides it from members who have not committed, and from visitors', async () => {
    const study = await aCaseStudy();
    const member = await aMember(t.app);
    const refused = await solution(member, study.id);
    expect(refused.statusCode).toBe(403);
    expect(refused.json<Problem>().detail).toBe(
      'Commit your differential first to see the answer.',
    );
    const visitor = await solution(undefined, study.id);
    expect(visitor.statusCode).toBe(401);
    // Nor does the case page give it away.
    const page = await member.request({ method: 'GET', url: `/api/cases/${study.id}` });
    expect(page.statusCode).toBe(200);
    expect(page.body).not.toContain(answer.diagnosis);
    expect(page.body).not.toContain(answer.teachingPoint);
  });

  it('says a case that is not a case study has no hidden answer', async () => {
    const plain = await aCase(author);
    for (const member of [author, await aMember(t.app)]) {
      const response = await solution(member, plain.id);
      expect(response.statusCode).toBe(404);
      expect(response.json<Problem>().detail).toBe('This case has no hidden answer.');
    }
  });
});
