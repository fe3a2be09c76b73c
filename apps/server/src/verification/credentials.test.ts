// Verification end to end through HTTP: apply, attach evidence, the moderators' queue and
// decisions, badges, expiry, revocation, session rotation, and the privacy of evidence files.
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import type {
  CredentialQueue,
  CredentialReview,
  CredentialView,
  MyCredentials,
  Problem,
  PublicProfile,
  SessionView,
} from '@consilium/api';
import { and, eq } from 'drizzle-orm';
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, credentials, members, sessions } from '../platform/database/schema.js';
import { ROTATION_GRACE_MS, SessionStore } from '../platform/sessions.js';
import { TINY_PNG } from '../testing/files.js';
import type { TestSmtpServer } from '../testing/smtp.js';
import { startSmtpServer } from '../testing/smtp.js';
import type { Member, TestApp } from '../testing/test-app.js';
import {
  aMember,
  createTestApp,
  sessionCookieFrom,
  TEST_SESSION_SECRET,
} from '../testing/test-app.js';
import { withTwoFactor } from '../testing/two-factor.js';

let t: TestApp;
let smtp: TestSmtpServer;
let moderator: Member;

const professional = {
  kind: 'professional',
  profession: 'physician',
  specialties: ['cardiology', 'electrophysiology'],
  licenceNumber: 'CMM-28-555123',
  issuingAuthority: 'Colegio de Médicos de Madrid',
  country: 'ES',
  note: 'Registered since 2015.',
};

const student = {
  kind: 'student',
  program: 'medicine',
  school: 'Universidad Complutense de Madrid',
  studentId: 'UCM-2041-77',
  expectedGraduationYear: 2028,
  country: 'ES',
};

async function aModerator(): Promise<Member> {
  const member = await aMember(t.app, {}, readSmtpToken);
  await t.database.db
    .update(members)
    .set({ roles: ['moderator', 'detective'] })
    .where(eq(members.id, member.profile.id));
  return withTwoFactor(member);
}

async function readSmtpToken(email: string): Promise<string> {
  const mail = await smtp.waitForMail(email);
  const token = /[?&]token=([A-Za-z0-9_-]+)/.exec(mail.text ?? '')?.[1];
  if (token === undefined) throw new Error(`no token mailed to ${email}`);
  return token;
}

async function apply(member: Member, body: object = professional): Promise<CredentialView> {
  const response = await member.request({
    method: 'POST',
    url: '/api/me/credentials',
    payload: body,
  });
  expect(response.statusCode, response.body).toBe(201);
  return response.json<CredentialView>();
}

async function decide(id: string, payload: object, by: Member = moderator) {
  return by.request({ method: 'POST', url: `/api/credentials/${id}/decision`, payload });
}

async function rolesOf(member: Member): Promise<string[]> {
  const view = (await member.request({ method: 'GET', url: '/api/session' })).json<SessionView>();
  return view.member?.roles ?? [];
}

function evidenceFiles(): string[] {
  const folder = path.join(t.config.dataDir, 'files', 'evidence');
  return existsSync(folder) ? readdirSync(folder) : [];
}

function problem(response: LightMyRequestResponse): Problem {
  expect(response.headers['content-type']).toContain('application/problem+json');
  return response.json<Problem>();
}

beforeAll(async () => {
  smtp = await startSmtpServer();
  t = await createTestApp({ env: { SMTP_URL: smtp.url, CREDENTIAL_VALIDITY_DAYS: '365' } });
  moderator = await aModerator();
});
afterAll(async () => {
  await t.close();
  await smtp.close();
});

describe('a professional’s application approved by a moderator', () => {
  it('goes from pending to a badge, tells the member and rotates their sessions', async () => {
    const applicant = await aMember(t.app, {}, readSmtpToken);
    const application = await apply(applicant);
    expect(application).toMatchObject({ status: 'pending', kind: 'professional' });
    expect(application.specialties.map((item) => item.name)).toEqual([
      'Cardiology',
      'Cardiac electrophysiology',
    ]);
    expect(await rolesOf(applicant)).not.toContain('professional');

    const queue = (
      await moderator.request({ method: 'GET', url: '/api/credentials?filter=waiting' })
    ).json<CredentialQueue>();
    expect(queue.items.map((item) => item.id)).toContain(application.id);
    expect(queue.waitingCount).toBeGreaterThanOrEqual(1);

    const approved = await decide(application.id, { decision: 'approve' });
    expect(approved.statusCode, approved.body).toBe(200);
    const review = approved.json<CredentialReview>();
    expect(review.credential.status).toBe('approved');
    const expiresAt = Date.parse(review.credential.expiresAt ?? '');
    expect(expiresAt - Date.now()).toBeGreaterThan(364 * 86_400_000);
    expect(expiresAt - Date.now()).toBeLessThan(366 * 86_400_000);

    // The applicant's next request swaps the session token and hands the page its new CSRF token.
    const next = await applicant.request({ method: 'GET', url: '/api/session' });
    const rotatedCookie = sessionCookieFrom(next);
    expect(rotatedCookie).not.toBe(applicant.cookie);
    const newCsrf = next.headers['x-csrf-token'];
    expect(typeof newCsrf).toBe('string');
    expect(next.json<SessionView>().member?.roles).toContain('professional');
    expect(next.json<SessionView>().csrfToken).toBe(newCsrf);
    // The new cookie works with the new token; the rotation happens once only.
    const withNew = await t.app.inject({
      method: 'PATCH',
      url: '/api/me',
      payload: { language: 'es' },
      headers: { cookie: rotatedCookie, 'x-csrf-token': String(newCsrf) },
    });
    expect(withNew.statusCode, withNew.body).toBe(200);
    expect(withNew.headers['set-cookie']).toBeUndefined();

    const profile = (
      await t.app.inject({ method: 'GET', url: `/api/members/${applicant.profile.handle}` })
    ).json<PublicProfile>();
    expect(profile.tiers).toContain('professional');
    expect(profile.badges).toEqual([
      expect.objectContaining({
        kind: 'professional',
        profession: 'physician',
        specialties: [
          { code: 'cardiology', name: 'Cardiology' },
          { code: 'electrophysiology', name: 'Cardiac electrophysiology' },
        ],
      }),
    ]);
    // Visitors see no moderation controls.
    expect(profile.moderation).toBeNull();

    const mail = await smtp.waitForMail(
      applicant.email,
      'Your Consilium verification was approved',
    );
    expect(mail.text).toContain('/verification');

    const audit = await t.database.db
      .select()
      .from(auditLog)
      .where(
        and(eq(auditLog.subjectId, application.id), eq(auditLog.action, 'credential.approved')),
      );
    expect(audit).toHaveLength(1);
    expect(audit[0]?.actorId).toBe(moderator.profile.id);
  });

  it('keeps a rotated-away token working only for a short grace period', async () => {
    const applicant = await aMember(t.app, {}, readSmtpToken);
    const application = await apply(applicant);
    await decide(application.id, { decision: 'approve' });
    const first = await applicant.request({ method: 'GET', url: '/api/session' });
    expect(sessionCookieFrom(first)).not.toBe(applicant.cookie);
    // A request already in flight with the old cookie and old CSRF token still succeeds…
    const inFlight = await applicant.request({
      method: 'PATCH',
      url: '/api/me',
      payload: { language: 'en' },
    });
    expect(inFlight.statusCode, inFlight.body).toBe(200);
    // …but only for a short grace period.
    const oldToken = applicant.cookie.split('=')[1] ?? '';
    const [old] = await t.database.db
      .select()
      .from(sessions)
      .where(eq(sessions.tokenHash, new SessionStore(TEST_SESSION_SECRET).hash(oldToken)));
    const left = (old?.expiresAt.getTime() ?? 0) - Date.now();
    expect(left).toBeGreaterThan(0);
    expect(left).toBeLessThanOrEqual(ROTATION_GRACE_MS);
    expect(old?.mustRotate).toBe(false);
  });
});

describe('the moderators’ other decisions', () => {
  it('rejects only with a reason, and the member may apply again', async () => {
    const applicant = await aMember(t.app, {}, readSmtpToken);
    const application = await apply(applicant);
    const noReason = await decide(application.id, { decision: 'reject' });
    expect(noReason.statusCode).toBe(400);
    expect(problem(noReason).errors?.[0]?.field).toBe('body.message');
    const rejected = await decide(application.id, {
      decision: 'reject',
      message: 'The licence number does not match the register.',
    });
    expect(rejected.json<CredentialReview>().credential).toMatchObject({
      status: 'rejected',
      moderatorMessage: 'The licence number does not match the register.',
    });
    const mail = await smtp.waitForMail(
      applicant.email,
      'Your Consilium verification was not approved',
    );
    expect(mail.text).toContain('does not match the register');
    // A decided application takes no second decision.
    expect((await decide(application.id, { decision: 'approve' })).statusCode).toBe(409);
    const mine = (
      await applicant.request({ method: 'GET', url: '/api/me/credentials' })
    ).json<MyCredentials>();
    expect(mine.canApply.professional).toBe(true);
    await apply(applicant);
  });

  it('asks for more information; the member answers and the application waits again', async () => {
    const applicant = await aMember(t.app, {}, readSmtpToken);
    const application = await apply(applicant);
    // Nothing to answer yet.
    const early = await applicant.request({
      method: 'PUT',
      url: `/api/me/credentials/${application.id}`,
      payload: professional,
    });
    expect(early.statusCode).toBe(409);
    const asked = await decide(application.id, {
      decision: 'request-info',
      message: 'Please attach a scan of your registration certificate.',
    });
    expect(asked.json<CredentialReview>().credential.status).toBe('needs-info');
    await smtp.waitForMail(
      applicant.email,
      'A moderator needs more information for your verification',
    );
    const wrongKind = await applicant.request({
      method: 'PUT',
      url: `/api/me/credentials/${application.id}`,
      payload: student,
    });
    expect(wrongKind.statusCode).toBe(400);
    expect(problem(wrongKind).errors?.[0]?.field).toBe('body.kind');
    const answered = await applicant.request({
      method: 'PUT',
      url: `/api/me/credentials/${application.id}`,
      payload: { ...professional, licenceNumber: 'CMM-28-555124', note: 'Corrected a typo.' },
    });
    expect(answered.statusCode, answered.body).toBe(200);
    const view = answered.json<CredentialView>();
    expect(view).toMatchObject({ status: 'pending', licenceNumber: 'CMM-28-555124' });
    expect(view.history.map((event) => event.action)).toEqual([
      'submitted',
      'info-requested',
      'resubmitted',
    ]);
  });

  it('revokes a credential: the tier is gone on the very next request', async () => {
    const applicant = await aMember(t.app, {}, readSmtpToken);
    const application = await apply(applicant, student);
    await decide(application.id, { decision: 'approve' });
    expect(await rolesOf(applicant)).toContain('student');
    const revoked = await decide(application.id, {
      decision: 'revoke',
      message: 'The school confirmed the enrolment ended.',
    });
    expect(revoked.json<CredentialReview>().credential.status).toBe('revoked');
    expect(await rolesOf(applicant)).not.toContain('student');
    await smtp.waitForMail(applicant.email, 'Your Consilium verification was revoked');
  });

  it('lets a credential expire, after which the member can renew it', async () => {
    const applicant = await aMember(t.app, {}, readSmtpToken);
    const application = await apply(applicant);
    await decide(application.id, { decision: 'approve' });
    expect(await rolesOf(applicant)).toContain('professional');
    // Far from expiry, a second application is refused.
    const tooEarly = await applicant.request({
      method: 'POST',
      url: '/api/me/credentials',
      payload: professional,
    });
    expect(tooEarly.statusCode).toBe(409);
    expect(problem(tooEarly).detail).toContain('renew');
    await t.database.db
      .update(credentials)
      .set({ expiresAt: new Date(Date.now() - 1000) })
      .where(eq(credentials.id, application.id));
    expect(await rolesOf(applicant)).not.toContain('professional');
    const mine = (
      await applicant.request({ method: 'GET', url: '/api/me/credentials' })
    ).json<MyCredentials>();
    expect(mine.items[0]?.status).toBe('expired');
    const renewal = await apply(applicant);
    await decide(renewal.id, { decision: 'approve' });
    expect(await rolesOf(applicant)).toContain('professional');
    const after = (
      await applicant.request({ method: 'GET', url: '/api/me/credentials' })
    ).json<MyCredentials>();
    expect(after.items.map((item) => item.status)).toEqual(['approved', 'superseded']);
  });

  it('keeps moderators from reviewing their own application, and asks others for two-factor', async () => {
    const own = await apply(moderator, student);
    const self = await decide(own.id, { decision: 'approve' });
    expect(self.statusCode).toBe(403);
    expect(problem(self).detail).toContain('Another moderator');
    const withoutSecondFactor = await aMember(t.app, {}, readSmtpToken);
    await t.database.db
      .update(members)
      .set({ roles: ['moderator'] })
      .where(eq(members.id, withoutSecondFactor.profile.id));
    const refused = await withoutSecondFactor.request({ method: 'GET', url: '/api/credentials' });
    expect(refused.statusCode).toBe(403);
    expect(problem(refused).detail).toContain('two-factor');
    await moderator.request({ method: 'DELETE', url: `/api/me/credentials/${own.id}` });
  });

  it('pages through the queue with keyset cursors and refuses a tampered one', async () => {
    for (let index = 0; index < 3; index += 1) await apply(await aMember(t.app, {}, readSmtpToken));
    const first = (
      await moderator.request({ method: 'GET', url: '/api/credentials?filter=waiting&limit=2' })
    ).json<CredentialQueue>();
    expect(first.items).toHaveLength(2);
    expect(first.nextCursor).not.toBeNull();
    const second = (
      await moderator.request({
        method: 'GET',
        url: `/api/credentials?filter=waiting&limit=2&cursor=${first.nextCursor ?? ''}`,
      })
    ).json<CredentialQueue>();
    const firstIds = first.items.map((item) => item.id);
    expect(second.items.every((item) => !firstIds.includes(item.id))).toBe(true);
    // Oldest first: the queue is served in order of waiting.
    const times = [...first.items, ...second.items].map((item) => Date.parse(item.submittedAt));
    expect([...times].sort((a, b) => a - b)).toEqual(times);
    const tampered = await moderator.request({
      method: 'GET',
      url: '/api/credentials?cursor=eyJub3QiOiJhIGN1cnNvciJ9',
    });
    expect(tampered.statusCode).toBe(400);
    expect(problem(tampered).errors?.[0]?.field).toBe('query.cursor');
  });
});

describe('bad applications', () => {
  it('names the field of an unknown specialty, too many specialties or a missing licence', async () => {
    const applicant = await aMember(t.app, {}, readSmtpToken);
    const cases: [object, string][] = [
      [{ ...professional, specialties: ['astrology'] }, 'body.specialties.0'],
      [
        {
          ...professional,
          specialties: ['cardiology', 'nephrology', 'neurology', 'urology', 'pathology', 'retina'],
        },
        'body.specialties',
      ],
      [{ ...professional, licenceNumber: '' }, 'body.licenceNumber'],
      [{ ...student, expectedGraduationYear: 1990 }, 'body.expectedGraduationYear'],
    ];
    for (const [payload, field] of cases) {
      const response = await applicant.request({
        method: 'POST',
        url: '/api/me/credentials',
        payload,
      });
      expect(response.statusCode).toBe(400);
      expect(problem(response).errors?.map((error) => error.field)).toContain(field);
    }
    const rows = await t.database.db
      .select()
      .from(credentials)
      .where(eq(credentials.memberId, applicant.profile.id));
    expect(rows).toEqual([]);
  });

  it('refuses mass assignment of status, expiry or another member', async () => {
    const applicant = await aMember(t.app, {}, readSmtpToken);
    for (const extra of [
      { status: 'approved' },
      { expiresAt: '2099-01-01T00:00:00Z' },
      { memberId: moderator.profile.id },
    ]) {
      const response = await applicant.request({
        method: 'POST',
        url: '/api/me/credentials',
        payload: { ...professional, ...extra },
      });
      expect(response.statusCode).toBe(400);
      expect(problem(response).errors?.[0]?.message).toContain('Unknown field');
    }
    expect(await rolesOf(applicant)).not.toContain('professional');
    const rows = await t.database.db
      .select()
      .from(credentials)
      .where(eq(credentials.memberId, applicant.profile.id));
    expect(rows).toEqual([]);
  });

  it('lets only one of two simultaneous applications through', async () => {
    const applicant = await aMember(t.app, {}, readSmtpToken);
    const statuses = (
      await Promise.all(
        [1, 2].map(() =>
          applicant.request({ method: 'POST', url: '/api/me/credentials', payload: professional }),
        ),
      )
    ).map((response) => response.statusCode);
    expect(statuses.sort()).toEqual([201, 409]);
  });
});

describe('evidence files', () => {
  it('are stored privately, read only by moderators (audited), and removed on withdrawal', async () => {
    const applicant = await aMember(t.app, {}, readSmtpToken);
    const application = await apply(applicant);
    const before = evidenceFiles().length;
    const uploaded = await applicant.request({
      method: 'PUT',
      url: `/api/me/credentials/${application.id}/evidence`,
      headers: {
        'content-type': 'image/png',
        'x-file-name': encodeURIComponent('licence scan.png'),
      },
      payload: TINY_PNG,
    });
    expect(uploaded.statusCode, uploaded.body).toBe(200);
    expect(uploaded.json<CredentialView>().evidence).toMatchObject({
      fileName: 'licence scan.png',
      contentType: 'image/png',
      bytes: TINY_PNG.length,
    });
    expect(evidenceFiles()).toHaveLength(before + 1);

    // Not even the applicant downloads it back; a moderator does, and the read is audited.
    const own = await applicant.request({
      method: 'GET',
      url: `/api/credentials/${application.id}/evidence`,
    });
    expect(own.statusCode).toBe(403);
    const download = await moderator.request({
      method: 'GET',
      url: `/api/credentials/${application.id}/evidence`,
    });
    expect(download.statusCode).toBe(200);
    expect(download.headers['content-type']).toBe('image/png');
    expect(download.headers['content-disposition']).toContain('attachment');
    expect(download.headers['cache-control']).toBe('no-store');
    expect(download.rawPayload.equals(TINY_PNG)).toBe(true);
    const reads = await t.database.db
      .select()
      .from(auditLog)
      .where(
        and(
          eq(auditLog.subjectId, application.id),
          eq(auditLog.action, 'credential.evidence-read'),
        ),
      );
    expect(reads.map((entry) => entry.actorId)).toEqual([moderator.profile.id]);

    const withdrawn = await applicant.request({
      method: 'DELETE',
      url: `/api/me/credentials/${application.id}`,
    });
    expect(withdrawn.statusCode).toBe(204);
    expect(evidenceFiles()).toHaveLength(before);
  });

  it('refuses a file whose bytes are not an allowed type, or too large, and keeps nothing', async () => {
    const applicant = await aMember(t.app, {}, readSmtpToken);
    const application = await apply(applicant);
    const before = evidenceFiles().length;
    const disguised = await applicant.request({
      method: 'PUT',
      url: `/api/me/credentials/${application.id}/evidence`,
      headers: { 'content-type': 'image/png' },
      payload: Buffer.from('<script>alert(1)</script> not really a picture'),
    });
    expect(disguised.statusCode).toBe(400);
    expect(problem(disguised).detail).toContain('not a PDF, JPEG, PNG or WebP');
    const wrongType = await applicant.request({
      method: 'PUT',
      url: `/api/me/credentials/${application.id}/evidence`,
      headers: { 'content-type': 'text/html' },
      payload: '<html></html>',
    });
    expect(wrongType.statusCode).toBe(415);
    expect(problem(wrongType).detail).toContain('application/pdf');
    const tooLarge = await applicant.request({
      method: 'PUT',
      url: `/api/me/credentials/${application.id}/evidence`,
      headers: { 'content-type': 'application/pdf' },
      payload: Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(10 * 1024 * 1024)]),
    });
    expect(tooLarge.statusCode).toBe(413);
    expect(problem(tooLarge).detail).toContain('10 MB');
    expect(evidenceFiles()).toHaveLength(before);
    const [row] = await t.database.db
      .select()
      .from(credentials)
      .where(eq(credentials.id, application.id));
    expect(row?.evidenceKey).toBeNull();
  });

  it('are deleted with the account, and the applications with them', async () => {
    const applicant = await aMember(t.app, {}, readSmtpToken);
    const application = await apply(applicant);
    await applicant.request({
      method: 'PUT',
      url: `/api/me/credentials/${application.id}/evidence`,
      headers: { 'content-type': 'image/png' },
      payload: TINY_PNG,
    });
    const before = evidenceFiles().length;
    const exported = await applicant.request({ method: 'GET', url: '/api/me/export' });
    expect(exported.json<{ credentials: { licenceNumber: string }[] }>().credentials).toEqual([
      expect.objectContaining({ licenceNumber: professional.licenceNumber }),
    ]);
    expect(exported.body).not.toContain('evidence/');
    expect(exported.body).not.toContain('decidedBy');
    const deleted = await applicant.request({
      method: 'DELETE',
      url: '/api/me',
      payload: { password: applicant.password, confirm: 'DELETE' },
    });
    expect(deleted.statusCode).toBe(204);
    expect(evidenceFiles()).toHaveLength(before - 1);
    const rows = await t.database.db
      .select()
      .from(credentials)
      .where(eq(credentials.memberId, applicant.profile.id));
    expect(rows).toEqual([]);
  });
});

describe('suspension', () => {
  it('stops a member acting until a moderator reinstates them, telling them why', async () => {
    const member = await aMember(t.app, {}, readSmtpToken);
    const suspended = await moderator.request({
      method: 'PUT',
      url: `/api/members/${member.profile.handle}/suspension`,
      payload: { reason: 'Shared a photo with a patient’s name visible.' },
    });
    expect(suspended.statusCode, suspended.body).toBe(200);
    await smtp.waitForMail(member.email, 'Your Consilium account was suspended');
    const posting = await member.request({
      method: 'POST',
      url: '/api/cases',
      payload: { title: 'A case title', presentation: 'A presentation long enough to be valid.' },
    });
    expect(posting.statusCode).toBe(403);
    expect(problem(posting).detail).toContain('suspended');
    const profile = (
      await moderator.request({ method: 'GET', url: `/api/members/${member.profile.handle}` })
    ).json<PublicProfile>();
    expect(profile.moderation).toEqual({
      isSuspended: true,
      canSuspend: false,
      canReinstate: true,
    });
    const twice = await moderator.request({
      method: 'PUT',
      url: `/api/members/${member.profile.handle}/suspension`,
      payload: { reason: 'Shared a photo with a patient’s name visible.' },
    });
    expect(twice.statusCode).toBe(409);
    const reinstated = await moderator.request({
      method: 'DELETE',
      url: `/api/members/${member.profile.handle}/suspension`,
    });
    expect(reinstated.json()).toEqual({ handle: member.profile.handle, isSuspended: false });
    const audit = await t.database.db
      .select()
      .from(auditLog)
      .where(eq(auditLog.subjectId, member.profile.id));
    expect(audit.map((entry) => entry.action)).toEqual(
      expect.arrayContaining(['member.suspended', 'member.reinstated']),
    );
  });

  it('lets only an admin suspend a moderator, and nobody themself', async () => {
    const other = await aModerator();
    const byModerator = await moderator.request({
      method: 'PUT',
      url: `/api/members/${other.profile.handle}/suspension`,
      payload: { reason: 'Testing the rule about moderators.' },
    });
    expect(byModerator.statusCode).toBe(403);
    const self = await moderator.request({
      method: 'PUT',
      url: `/api/members/${moderator.profile.handle}/suspension`,
      payload: { reason: 'Testing the rule about oneself.' },
    });
    expect(self.statusCode).toBe(403);
    const [row] = await t.database.db
      .select()
      .from(members)
      .where(eq(members.id, other.profile.id));
    expect(row?.isSuspended).toBe(false);
  });
});
