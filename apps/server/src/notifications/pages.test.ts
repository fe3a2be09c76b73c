// Paging a specialty through HTTP: who is paged (and who is not), the once-per-specialty and daily
// limits, who may page, that a refusal stores nothing, and an anonymous author's anonymity.
import type { CaseDetail, NotificationList, PageResult, Problem } from '@consilium/api';
import { PAGE_LIMITS } from '@consilium/api';
import { and, count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  auditLog,
  casePages,
  cases,
  credentials,
  members,
  notifications,
} from '../platform/database/schema.js';
import { approvedCredential } from '../testing/actors.js';
import type { Member, TestApp } from '../testing/test-app.js';
import { aCase, aMember, createTestApp } from '../testing/test-app.js';
import { withTwoFactor } from '../testing/two-factor.js';

let t: TestApp;
let professionals = 0;

beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t.close();
});

/** A verified professional of the given specialties; with two-factor sign-in unless told. */
async function aProfessional(
  specialties: string[],
  options: { twoFactor?: boolean; expired?: boolean; suspended?: boolean } = {},
): Promise<Member> {
  professionals += 1;
  const member = await aMember(t.app, { displayName: `Dr Paged Person ${professionals}` });
  const credential = approvedCredential(member.profile.id, 'professional', new Date());
  await t.database.db.insert(credentials).values({
    ...credential,
    specialties,
    ...(options.expired === true ? { expiresAt: new Date(Date.now() - 60_000) } : {}),
  });
  if (options.suspended === true)
    await t.database.db
      .update(members)
      .set({ isSuspended: true })
      .where(eq(members.id, member.profile.id));
  return options.twoFactor === false ? member : withTwoFactor(member);
}

async function aClinicalCase(author: Member, overrides: object = {}): Promise<CaseDetail> {
  const response = await author.request({
    method: 'POST',
    url: '/api/cases/clinical',
    payload: {
      title: 'Syncope on exertion in a young runner',
      presentation:
        'A 19-year-old runner fainted twice during races; ECG shows deep T-wave inversions in V1–V4.',
      question: 'Would you stop him from competing before the MRI?',
      specialties: ['cardiology'],
      audience: 'everyone',
      anonymous: false,
      ...overrides,
    },
  });
  expect(response.statusCode, response.body).toBe(201);
  return response.json<CaseDetail>();
}

function page(member: Member, caseId: string, payload: object) {
  return member.request({ method: 'POST', url: `/api/cases/${caseId}/pages`, payload });
}

async function inbox(member: Member): Promise<NotificationList> {
  const response = await member.request({ method: 'GET', url: '/api/me/notifications' });
  expect(response.statusCode, response.body).toBe(200);
  return response.json<NotificationList>();
}

async function storedFor(caseId: string) {
  const [pages] = await t.database.db
    .select({ n: count() })
    .from(casePages)
    .where(eq(casePages.caseId, caseId));
  const [sent] = await t.database.db
    .select({ n: count() })
    .from(notifications)
    .where(eq(notifications.caseId, caseId));
  return { pages: pages?.n, notifications: sent?.n };
}

describe('paging a specialty', () => {
  it('notifies the verified members of that specialty, and no one else', async () => {
    const author = await aProfessional(['nephrology']);
    const nephrologist = await aProfessional(['nephrology']);
    const withoutTwoFactor = await aProfessional(['nephrology', 'urology'], { twoFactor: false });
    const unverified = await aMember(t.app);
    const expired = await aProfessional(['nephrology'], { expired: true });
    const dermatologist = await aProfessional(['dermatology']);
    const suspended = await aProfessional(['nephrology'], { suspended: true });
    const posted = await aClinicalCase(author);

    const response = await page(author, posted.id, {
      specialty: 'nephrology',
      message: 'Creatinine doubled overnight, please look now.',
    });
    expect(response.statusCode, response.body).toBe(201);
    expect(response.json<PageResult>()).toEqual({
      specialty: { code: 'nephrology', name: 'Nephrology' },
      recipients: 2,
      remainingToday: PAGE_LIMITS.perDay - 1,
    });
    for (const recipient of [nephrologist, withoutTwoFactor]) {
      const list = await inbox(recipient);
      expect(list.unreadCount).toBe(1);
      expect(list.items).toEqual([
        expect.objectContaining({
          kind: 'page',
          caseId: posted.id,
          commentId: null,
          actor: author.profile.displayName,
          title: posted.title,
          message: 'Creatinine doubled overnight, please look now.',
          read: false,
        }),
      ]);
    }
    for (const other of [unverified, expired, dermatologist, suspended, author])
      expect((await inbox(other)).items).toEqual([]);
  });

  it('audits the page with its specialty and count, never who received it', async () => {
    const author = await aProfessional(['rheumatology']);
    const recipient = await aProfessional(['rheumatology']);
    const posted = await aClinicalCase(author);
    expect((await page(author, posted.id, { specialty: 'rheumatology' })).statusCode).toBe(201);
    const entries = await t.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.subjectId, posted.id), eq(auditLog.action, 'case.paged')));
    expect(entries.map((entry) => [entry.actorId, entry.details])).toEqual([
      [author.profile.id, { specialty: 'rheumatology', recipients: 1 }],
    ]);
    expect(JSON.stringify(entries)).not.toContain(recipient.profile.id);
  });

  it('shows an anonymous author to recipients only by the case’s pseudonym', async () => {
    const author = await aProfessional(['pulmonology']);
    const recipient = await aProfessional(['pulmonology']);
    const posted = await aClinicalCase(author, { anonymous: true });
    expect(
      (await page(author, posted.id, { specialty: 'pulmonology', message: 'Urgent, thanks' }))
        .statusCode,
    ).toBe(201);
    const list = await recipient.request({ method: 'GET', url: '/api/me/notifications' });
    const count = await recipient.request({
      method: 'GET',
      url: '/api/me/notifications/unread-count',
    });
    expect(list.json<NotificationList>().items[0]?.actor).toBe(posted.author.displayName);
    const seen = list.body + count.body + JSON.stringify(list.headers);
    for (const identifier of [
      author.profile.id,
      author.profile.handle,
      author.profile.displayName,
      author.email,
    ])
      expect(seen).not.toContain(identifier);
  });

  it('pages a specialty once per case', async () => {
    const author = await aProfessional(['hematology']);
    await aProfessional(['hematology']);
    const posted = await aClinicalCase(author);
    expect((await page(author, posted.id, { specialty: 'hematology' })).statusCode).toBe(201);
    const again = await page(author, posted.id, { specialty: 'hematology' });
    expect(again.statusCode).toBe(409);
    expect(again.headers['content-type']).toContain('application/problem+json');
    expect(again.json<Problem>().detail).toBe(
      'You already paged Hematology about this case: each specialty is paged once per case.',
    );
    expect(await storedFor(posted.id)).toEqual({ pages: 1, notifications: 1 });
  });

  it(`allows ${PAGE_LIMITS.perDay} pages in any 24 hours, and says when the next is possible`, async () => {
    const author = await aProfessional(['infectious-disease']);
    await aProfessional(['infectious-disease']);
    const earlier = await aClinicalCase(author);
    const posted = await aClinicalCase(author);
    const hoursAgo = (hours: number) => new Date(Date.now() - hours * 60 * 60 * 1000);
    // One page a day and a half ago (outside the window), then two within it.
    await t.database.db.insert(casePages).values(
      [36, 23, 2].map((hours, index) => ({
        caseId: earlier.id,
        pagedBy: author.profile.id,
        specialty: `earlier-${index}`,
        recipients: 1,
        createdAt: hoursAgo(hours),
      })),
    );
    const last = await page(author, posted.id, { specialty: 'infectious-disease' });
    expect(last.statusCode, last.body).toBe(201);
    expect(last.json<PageResult>().remainingToday).toBe(0);

    const refused = await page(author, earlier.id, {
      specialty: 'infectious-disease',
    });
    expect(refused.statusCode).toBe(429);
    expect(refused.json<Problem>().detail).toBe(
      `You have paged ${PAGE_LIMITS.perDay} times in the last 24 hours, the most allowed: you can page again in 1 hour.`,
    );
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(3000);
    expect(Number(refused.headers['retry-after'])).toBeLessThanOrEqual(3600);
    expect(await storedFor(earlier.id)).toEqual({ pages: 3, notifications: 0 });
  });

  it('answers 409 and stores nothing when nobody of the specialty can be paged', async () => {
    const author = await aProfessional(['medical-genetics']);
    const posted = await aClinicalCase(author);
    const response = await page(author, posted.id, { specialty: 'medical-genetics' });
    expect(response.statusCode).toBe(409);
    expect(response.json<Problem>().detail).toBe(
      'No verified member of Medical genetics and genomics can be paged right now.',
    );
    expect(await storedFor(posted.id)).toEqual({ pages: 0, notifications: 0 });
  });

  it('pages about a professionals-only case only those who can read it (two-factor sign-in)', async () => {
    const author = await aProfessional(['geriatrics']);
    const reader = await aProfessional(['geriatrics']);
    const withoutTwoFactor = await aProfessional(['geriatrics'], { twoFactor: false });
    const posted = await aClinicalCase(author, { audience: 'professionals' });
    const response = await page(author, posted.id, { specialty: 'geriatrics' });
    expect(response.json<PageResult>().recipients).toBe(1);
    expect((await inbox(reader)).items).toHaveLength(1);
    expect((await inbox(withoutTwoFactor)).items).toEqual([]);
  });

  it('names the field of an unknown specialty or a long message', async () => {
    const author = await aProfessional(['neurology']);
    const posted = await aClinicalCase(author);
    for (const [payload, field] of [
      [{ specialty: 'astrology' }, 'body.specialty'],
      [{ specialty: 'neurology', message: 'x'.repeat(501) }, 'body.message'],
    ] as const) {
      const response = await page(author, posted.id, payload);
      expect(response.statusCode).toBe(400);
      expect(response.json<Problem>().errors?.map((error) => error.field)).toContain(field);
    }
  });
});

describe('who may page', () => {
  let author: Member;
  beforeAll(async () => {
    author = await aProfessional(['medical-oncology']);
    await aProfessional(['medical-oncology']);
  });

  it('refuses anyone but the case’s author, and stores nothing', async () => {
    const posted = await aClinicalCase(author);
    const colleague = await aProfessional(['medical-oncology']);
    const refused = await page(colleague, posted.id, { specialty: 'medical-oncology' });
    expect(refused.statusCode).toBe(403);
    expect(refused.json<Problem>().detail).toBe(
      "Only the case's author can page a specialty about it.",
    );
    const visitor = await t.app.inject({
      method: 'POST',
      url: `/api/cases/${posted.id}/pages`,
      payload: { specialty: 'medical-oncology' },
    });
    expect(visitor.statusCode).toBe(401);
    expect(await storedFor(posted.id)).toEqual({ pages: 0, notifications: 0 });
  });

  it('refuses a patient case, a closed case and an author without two-factor sign-in', async () => {
    const patientCase = await aCase(author);
    const closed = await aClinicalCase(author);
    await t.database.db.update(cases).set({ status: 'closed' }).where(eq(cases.id, closed.id));
    const expectations = [
      [patientCase.id, 'Paging is for clinical cases and image posts.'],
      [closed.id, 'Only an open case can be paged about.'],
    ] as const;
    for (const [caseId, detail] of expectations) {
      const response = await page(author, caseId, { specialty: 'medical-oncology' });
      expect(response.statusCode).toBe(403);
      expect(response.json<Problem>().detail).toBe(detail);
      expect(await storedFor(caseId)).toEqual({ pages: 0, notifications: 0 });
    }

    const other = await aProfessional(['medical-oncology']);
    const posted = await aClinicalCase(other);
    await t.database.db
      .update(members)
      .set({ totpEnabledAt: null })
      .where(eq(members.id, other.profile.id));
    const response = await page(other, posted.id, { specialty: 'medical-oncology' });
    expect(response.statusCode).toBe(403);
    expect(response.json<Problem>().detail).toContain('two-factor');
    expect(await storedFor(posted.id)).toEqual({ pages: 0, notifications: 0 });
  });

  it('does not confirm a case the member may not read', async () => {
    const hidden = await aClinicalCase(author, { audience: 'professionals' });
    const patient = await aMember(t.app);
    const response = await page(patient, hidden.id, { specialty: 'medical-oncology' });
    expect(response.statusCode).toBe(404);
  });
});
