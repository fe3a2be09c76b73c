// Every API route × every kind of actor, with the status each must get. A route that is not in
// the matrix fails the first test, so no route escapes the access policy's review.
import { randomUUID } from 'node:crypto';
import type { InjectOptions } from 'fastify';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { caseOutcomes, cases, members } from './platform/database/schema.js';
import { TINY_PNG } from './testing/files.js';
import { loadDemoDiagnoses } from './vocabulary/demo-diagnoses.js';
import type { Actor, ActorKind } from './testing/actors.js';
import { ACTOR_KINDS, ACTOR_PASSWORD, anActor } from './testing/actors.js';
import type { Member, TestApp } from './testing/test-app.js';
import { aCase, aMember, aSuggestion, createTestApp, registrationFor } from './testing/test-app.js';

interface Fixtures {
  caseId: string;
  /** Another member's open clinical case (only its author may page about it). */
  clinicalCaseId: string;
  /** Another member's case study, with its hidden answer. */
  caseStudyId: string;
  /** Another member's unpublished draft. */
  draftId: string;
  /** Another member's comment on the case. */
  commentId: string;
  /** A fresh comment by another member each call, for requests that delete it. */
  newComment(): Promise<string>;
  suggestionId: string;
  candidateId: string;
  /** A fresh free-text candidate on the case each call, for requests that map it. */
  newFreeTextCandidate(): Promise<string>;
  /** The owner's case while it closes, with another member's suggestion to rate. */
  closingCaseId: string;
  closingSuggestionId: string;
  /** The owner's case, closed for good: its report is final. */
  closedCaseId: string;
  handle: string;
  /** Another member's pending application, with an evidence file. */
  credentialId: string;
  /** A fresh pending application each call, for requests that decide it. */
  newApplication(): Promise<string>;
  /** A fresh member's handle each call; suspended when asked. */
  newMemberHandle(suspended: boolean): Promise<string>;
}

type Expected = Record<ActorKind, number>;

/** Statuses for routes anyone may use, whoever they are. */
const everyone = (status: number): Expected =>
  Object.fromEntries(ACTOR_KINDS.map((kind) => [kind, status])) as Expected;

/** Members who are signed in (suspended included); visitors and unverified get 401. */
const signedIn = (status: number, overrides: Partial<Expected> = {}): Expected => ({
  ...everyone(status),
  visitor: 401,
  unverified: 401,
  ...overrides,
});

/** Active members; suspended ones are refused. */
const active = (status: number): Expected => signedIn(status, { suspended: 403 });

interface Entry {
  request(fixtures: Fixtures, actor: Actor): InjectOptions | Promise<InjectOptions>;
  expected: Expected;
}

/** Moderators and admins (both with two-factor sign-in) may; other members get 403. */
const moderators = (status: number): Expected => ({
  ...signedIn(403),
  moderator: status,
  admin: status,
});

const application = {
  kind: 'professional',
  profession: 'nurse',
  specialties: ['nursing'],
  licenceNumber: 'RN-778899',
  issuingAuthority: 'Matrix Nursing Council',
  country: 'ES',
};

const forgedToken = 'A'.repeat(43);

const matrix: Record<string, Entry> = {
  'GET /healthz': { request: () => ({ method: 'GET', url: '/healthz' }), expected: everyone(200) },
  'GET /readyz': { request: () => ({ method: 'GET', url: '/readyz' }), expected: everyone(200) },
  'POST /api/accounts': {
    request: () => ({ method: 'POST', url: '/api/accounts', payload: registrationFor() }),
    expected: everyone(202),
  },
  'POST /api/accounts/verification': {
    request: () => ({
      method: 'POST',
      url: '/api/accounts/verification',
      payload: { token: forgedToken },
    }),
    expected: everyone(400),
  },
  'POST /api/accounts/verification/resend': {
    request: (_f, actor) => ({
      method: 'POST',
      url: '/api/accounts/verification/resend',
      payload: { email: actor.email },
    }),
    expected: everyone(202),
  },
  'POST /api/password-resets': {
    request: (_f, actor) => ({
      method: 'POST',
      url: '/api/password-resets',
      payload: { email: actor.email },
    }),
    expected: everyone(202),
  },
  'POST /api/password-resets/confirm': {
    request: () => ({
      method: 'POST',
      url: '/api/password-resets/confirm',
      payload: { token: forgedToken, password: 'a new long passphrase' },
    }),
    expected: everyone(400),
  },
  'POST /api/session': {
    request: (_f, actor) => ({
      method: 'POST',
      url: '/api/session',
      payload: { email: actor.email, password: ACTOR_PASSWORD },
    }),
    expected: { ...everyone(200), visitor: 401, unverified: 403 },
  },
  'GET /api/session': {
    request: () => ({ method: 'GET', url: '/api/session' }),
    expected: everyone(200),
  },
  'DELETE /api/session': {
    request: () => ({ method: 'DELETE', url: '/api/session' }),
    expected: everyone(204),
  },
  'GET /api/sessions': {
    request: () => ({ method: 'GET', url: '/api/sessions' }),
    expected: signedIn(200),
  },
  'DELETE /api/sessions/:sessionId': {
    request: (_f, actor) => ({
      method: 'DELETE',
      url: `/api/sessions/${actor.sessionId ?? randomUUID()}`,
    }),
    expected: signedIn(204),
  },
  'DELETE /api/sessions': {
    request: () => ({ method: 'DELETE', url: '/api/sessions' }),
    expected: signedIn(204),
  },
  'PATCH /api/me': {
    request: () => ({ method: 'PATCH', url: '/api/me', payload: { language: 'es' } }),
    expected: signedIn(200),
  },
  'PUT /api/me/password': {
    request: () => ({
      method: 'PUT',
      url: '/api/me/password',
      payload: { currentPassword: ACTOR_PASSWORD, newPassword: 'another long passphrase' },
    }),
    expected: signedIn(204),
  },
  'POST /api/me/email': {
    request: () => ({
      method: 'POST',
      url: '/api/me/email',
      payload: { newEmail: `moved-${randomUUID()}@example.org`, password: ACTOR_PASSWORD },
    }),
    expected: signedIn(202),
  },
  'POST /api/me/email/confirm': {
    request: () => ({
      method: 'POST',
      url: '/api/me/email/confirm',
      payload: { token: forgedToken },
    }),
    expected: everyone(400),
  },
  // Two-factor sign-in: only the professional, moderator and admin actors have it on (their
  // privileges need it).
  'POST /api/me/two-factor/setup': {
    request: () => ({
      method: 'POST',
      url: '/api/me/two-factor/setup',
      payload: { password: ACTOR_PASSWORD },
    }),
    expected: signedIn(200, { professional: 409, moderator: 409, admin: 409 }),
  },
  'POST /api/me/two-factor/enable': {
    request: () => ({
      method: 'POST',
      url: '/api/me/two-factor/enable',
      payload: { code: '123456' },
    }),
    expected: signedIn(409),
  },
  'DELETE /api/me/two-factor': {
    request: () => ({
      method: 'DELETE',
      url: '/api/me/two-factor',
      payload: { password: ACTOR_PASSWORD, code: '123456' },
    }),
    expected: signedIn(409, { professional: 400, moderator: 400, admin: 400 }),
  },
  'POST /api/me/two-factor/recovery-codes': {
    request: () => ({
      method: 'POST',
      url: '/api/me/two-factor/recovery-codes',
      payload: { password: ACTOR_PASSWORD },
    }),
    expected: signedIn(409, { professional: 200, moderator: 200, admin: 200 }),
  },
  'POST /api/session/second-factor': {
    request: () => ({
      method: 'POST',
      url: '/api/session/second-factor',
      payload: { code: '123456' },
    }),
    expected: everyone(401),
  },
  'GET /api/dev/outbox': {
    request: () => ({ method: 'GET', url: '/api/dev/outbox' }),
    expected: { ...signedIn(403), admin: 200 },
  },
  'GET /api/cases': {
    request: () => ({ method: 'GET', url: '/api/cases' }),
    expected: everyone(200),
  },
  'GET /api/search/cases': {
    request: () => ({ method: 'GET', url: '/api/search/cases?q=presentation' }),
    expected: everyone(200),
  },
  'POST /api/cases/image': {
    request: () => ({
      method: 'POST',
      url: '/api/cases/image',
      payload: {
        caption: 'Target-shaped lesions on the palms after a cold sore last week.',
        specialties: ['dermatology'],
        audience: 'everyone',
        anonymous: false,
      },
    }),
    expected: { ...active(403), professional: 201 },
  },
  // Following and bookmarking another member's case: any active member.
  'PUT /api/cases/:caseId/follow': {
    request: (f) => ({ method: 'PUT', url: `/api/cases/${f.caseId}/follow` }),
    expected: active(200),
  },
  'DELETE /api/cases/:caseId/follow': {
    request: (f) => ({ method: 'DELETE', url: `/api/cases/${f.caseId}/follow` }),
    expected: active(200),
  },
  'PUT /api/cases/:caseId/bookmark': {
    request: (f) => ({ method: 'PUT', url: `/api/cases/${f.caseId}/bookmark` }),
    expected: active(200),
  },
  'DELETE /api/cases/:caseId/bookmark': {
    request: (f) => ({ method: 'DELETE', url: `/api/cases/${f.caseId}/bookmark` }),
    expected: active(200),
  },
  'POST /api/cases': {
    request: () => ({
      method: 'POST',
      url: '/api/cases',
      payload: {
        title: 'Matrix case title',
        presentation: 'A presentation long enough to be valid.',
      },
    }),
    expected: active(201),
  },
  'POST /api/cases/clinical': {
    request: () => ({
      method: 'POST',
      url: '/api/cases/clinical',
      payload: {
        title: 'Matrix clinical case',
        presentation:
          'A 54-year-old with episodic flushing, diarrhoea and wheeze for a year; normal colonoscopy.',
        question: 'What would you test next?',
        specialties: ['endocrinology'],
        audience: 'professionals',
        anonymous: true,
      },
    }),
    // Verified professionals only (the matrix professional signs in with a second factor).
    expected: { ...active(403), professional: 201 },
  },
  'POST /api/cases/drafts': {
    request: () => ({
      method: 'POST',
      url: '/api/cases/drafts',
      payload: { kind: 'patient', questionnaire: { version: 1 } },
    }),
    expected: active(201),
  },
  'POST /api/cases/import/phenopacket': {
    request: () => ({
      method: 'POST',
      url: '/api/cases/import/phenopacket',
      payload: {
        packet: {
          id: 'matrix-packet',
          phenotypicFeatures: [{ type: { id: 'HP:0001945', label: 'Fever' } }],
        },
      },
    }),
    expected: active(201),
  },
  // Symptom lookup is open to everyone, visitors included (the wizard and search use it).
  'GET /api/vocabulary/hpo': {
    request: () => ({ method: 'GET', url: '/api/vocabulary/hpo?q=fever' }),
    expected: everyone(200),
  },
  // Diagnosis lookup is open to everyone too (suggesting, searching, reading outcomes).
  'GET /api/vocabulary/diagnoses': {
    request: () => ({ method: 'GET', url: '/api/vocabulary/diagnoses?q=lupus' }),
    expected: everyone(200),
  },
  // Someone else's draft: it does not exist for anyone but its author.
  'PUT /api/cases/:caseId/draft': {
    request: (f) => ({
      method: 'PUT',
      url: `/api/cases/${f.draftId}/draft`,
      payload: { questionnaire: { version: 1 } },
    }),
    expected: { ...active(404) },
  },
  'POST /api/cases/:caseId/publish': {
    request: (f) => ({ method: 'POST', url: `/api/cases/${f.draftId}/publish`, payload: {} }),
    expected: { ...active(404) },
  },
  'DELETE /api/cases/:caseId/draft': {
    request: (f) => ({ method: 'DELETE', url: `/api/cases/${f.draftId}/draft` }),
    expected: { ...active(404) },
  },
  // Another member's case: only its author edits it or changes its status.
  'PUT /api/cases/:caseId': {
    request: (f) => ({
      method: 'PUT',
      url: `/api/cases/${f.caseId}`,
      payload: { title: 'Matrix edit title', presentation: 'An edited presentation, long enough.' },
    }),
    expected: active(403),
  },
  'GET /api/cases/:caseId/revisions': {
    request: (f) => ({ method: 'GET', url: `/api/cases/${f.caseId}/revisions` }),
    expected: everyone(200),
  },
  'POST /api/cases/:caseId/status': {
    request: (f) => ({
      method: 'POST',
      url: `/api/cases/${f.caseId}/status`,
      payload: { action: 'close' },
    }),
    expected: active(403),
  },
  'GET /api/cases/:caseId/comments': {
    request: (f) => ({ method: 'GET', url: `/api/cases/${f.caseId}/comments` }),
    expected: everyone(200),
  },
  'POST /api/cases/:caseId/comments': {
    request: (f) => ({
      method: 'POST',
      url: `/api/cases/${f.caseId}/comments`,
      payload: { body: 'Has anyone checked the **ferritin**?' },
    }),
    expected: active(201),
  },
  'PUT /api/comments/:commentId': {
    request: (f) => ({
      method: 'PUT',
      url: `/api/comments/${f.commentId}`,
      payload: { body: 'Rewritten by someone else' },
    }),
    expected: active(403),
  },
  // Authors delete their own comments; moderators (with two-factor) anyone's.
  'DELETE /api/comments/:commentId': {
    request: async (f) => ({ method: 'DELETE', url: `/api/comments/${await f.newComment()}` }),
    expected: { ...active(403), moderator: 204, admin: 204 },
  },
  'GET /api/comments/:commentId/revisions': {
    request: (f) => ({ method: 'GET', url: `/api/comments/${f.commentId}/revisions` }),
    expected: everyone(200),
  },
  // Only a case's author pages about it; nobody in the matrix is the author.
  'POST /api/cases/:caseId/pages': {
    request: (f) => ({
      method: 'POST',
      url: `/api/cases/${f.clinicalCaseId}/pages`,
      payload: { specialty: 'cardiology' },
    }),
    expected: active(403),
  },
  'GET /api/me/notifications': {
    request: () => ({ method: 'GET', url: '/api/me/notifications' }),
    expected: signedIn(200),
  },
  'GET /api/me/notifications/unread-count': {
    request: () => ({ method: 'GET', url: '/api/me/notifications/unread-count' }),
    expected: signedIn(200),
  },
  'POST /api/me/notifications/read': {
    request: () => ({ method: 'POST', url: '/api/me/notifications/read', payload: { all: true } }),
    expected: signedIn(200),
  },
  // Any active member but the author commits once; the answer is then theirs to read.
  'POST /api/cases/:caseId/differential': {
    request: (f) => ({
      method: 'POST',
      url: `/api/cases/${f.caseStudyId}/differential`,
      payload: { diagnoses: [{ label: 'Familial Mediterranean fever' }] },
    }),
    expected: active(201),
  },
  // Nobody in the matrix is its author or has committed.
  'GET /api/cases/:caseId/solution': {
    request: (f) => ({ method: 'GET', url: `/api/cases/${f.caseStudyId}/solution` }),
    expected: signedIn(403),
  },
  'GET /api/me/cases': {
    request: () => ({ method: 'GET', url: '/api/me/cases' }),
    expected: signedIn(200),
  },
  'GET /api/cases/:caseId': {
    request: (f) => ({ method: 'GET', url: `/api/cases/${f.caseId}` }),
    expected: everyone(200),
  },
  'GET /api/cases/:caseId/suggestions': {
    request: (f) => ({ method: 'GET', url: `/api/cases/${f.caseId}/suggestions` }),
    expected: everyone(200),
  },
  'POST /api/cases/:caseId/suggestions': {
    request: (f) => ({
      method: 'POST',
      url: `/api/cases/${f.caseId}/suggestions`,
      payload: { diagnosis: 'Matrix diagnosis' },
    }),
    expected: active(201),
  },
  'PATCH /api/cases/:caseId/suggestions/:suggestionId': {
    request: (f) => ({
      method: 'PATCH',
      url: `/api/cases/${f.caseId}/suggestions/${f.suggestionId}`,
      payload: { rationale: 'Not theirs to change' },
    }),
    expected: signedIn(403),
  },
  'DELETE /api/cases/:caseId/suggestions/:suggestionId': {
    request: (f) => ({
      method: 'DELETE',
      url: `/api/cases/${f.caseId}/suggestions/${f.suggestionId}`,
    }),
    expected: signedIn(403),
  },
  'GET /api/cases/:caseId/suggestions/:suggestionId/history': {
    request: (f) => ({
      method: 'GET',
      url: `/api/cases/${f.caseId}/suggestions/${f.suggestionId}/history`,
    }),
    expected: everyone(200),
  },
  'PUT /api/cases/:caseId/suggestions/order': {
    async request(f, actor) {
      // Each member ranks their own suggestions: one of their own, when they may suggest.
      const own = await actor.request({
        method: 'POST',
        url: `/api/cases/${f.caseId}/suggestions`,
        payload: { diagnosis: `Matrix ${randomUUID()}` },
      });
      const id = own.statusCode === 201 ? own.json<{ id: string }>().id : randomUUID();
      return {
        method: 'PUT',
        url: `/api/cases/${f.caseId}/suggestions/order`,
        payload: { suggestionIds: [id] },
      };
    },
    expected: active(200),
  },
  'POST /api/cases/:caseId/candidates': {
    request: (f) => ({
      method: 'POST',
      url: `/api/cases/${f.caseId}/candidates`,
      payload: { label: 'Matrix poll option' },
    }),
    expected: signedIn(403),
  },
  'PUT /api/cases/:caseId/candidates/:candidateId/concept': {
    request: async (f) => ({
      method: 'PUT',
      url: `/api/cases/${f.caseId}/candidates/${await f.newFreeTextCandidate()}/concept`,
      payload: { conceptId: 'DOID:11335' },
    }),
    expected: moderators(200),
  },
  'PUT /api/cases/:caseId/candidates/:candidateId/vote': {
    request: (f) => ({
      method: 'PUT',
      url: `/api/cases/${f.caseId}/candidates/${f.candidateId}/vote`,
      payload: { value: 1 },
    }),
    expected: active(200),
  },
  'GET /api/cases/:caseId/collective-differential': {
    request: (f) => ({ method: 'GET', url: `/api/cases/${f.caseId}/collective-differential` }),
    expected: everyone(200),
  },
  'PUT /api/cases/:caseId/suggestions/:suggestionId/rating': {
    request: (f) => ({
      method: 'PUT',
      url: `/api/cases/${f.closingCaseId}/suggestions/${f.closingSuggestionId}/rating`,
      payload: { helpful: true },
    }),
    expected: signedIn(403),
  },
  'GET /api/cases/:caseId/report': {
    request: (f) => ({ method: 'GET', url: `/api/cases/${f.closedCaseId}/report` }),
    expected: everyone(200),
  },
  'GET /api/cases/:caseId/report/fhir': {
    request: (f) => ({ method: 'GET', url: `/api/cases/${f.closedCaseId}/report/fhir` }),
    expected: everyone(200),
  },
  'PUT /api/cases/:caseId/outcome': {
    request: (f) => ({
      method: 'PUT',
      url: `/api/cases/${f.closedCaseId}/outcome`,
      payload: {
        diagnosis: 'Forged outcome',
        method: 'biopsy',
        confirmedOn: new Date().toISOString().slice(0, 10),
      },
    }),
    expected: signedIn(403),
  },
  'GET /api/moderation/collusion-flags': {
    request: () => ({ method: 'GET', url: '/api/moderation/collusion-flags' }),
    expected: moderators(200),
  },
  'POST /api/moderation/collusion-flags/review': {
    request: (f) => ({
      method: 'POST',
      url: '/api/moderation/collusion-flags/review',
      payload: { memberA: f.handle, memberB: f.handle },
    }),
    // Moderators may; these two are not a flagged pair.
    expected: moderators(404),
  },
  'GET /api/members/:handle/reputation': {
    request: (f) => ({ method: 'GET', url: `/api/members/${f.handle}/reputation` }),
    expected: everyone(200),
  },
  'GET /api/members/:handle': {
    request: (f) => ({ method: 'GET', url: `/api/members/${f.handle}` }),
    expected: everyone(200),
  },
  'GET /api/me/export': {
    request: () => ({ method: 'GET', url: '/api/me/export' }),
    expected: signedIn(200),
  },
  'GET /api/me/points': {
    request: () => ({ method: 'GET', url: '/api/me/points' }),
    expected: signedIn(200),
  },
  'POST /api/me/credentials': {
    request: () => ({ method: 'POST', url: '/api/me/credentials', payload: application }),
    // The professional is verified already, for longer than the renewal window.
    expected: { ...active(201), professional: 409 },
  },
  'GET /api/me/credentials': {
    request: () => ({ method: 'GET', url: '/api/me/credentials' }),
    expected: signedIn(200),
  },
  'PUT /api/me/credentials/:credentialId': {
    request: (f) => ({
      method: 'PUT',
      url: `/api/me/credentials/${f.credentialId}`,
      payload: application,
    }),
    // Someone else's application: not found, whoever asks.
    expected: { ...active(404) },
  },
  'DELETE /api/me/credentials/:credentialId': {
    request: (f) => ({ method: 'DELETE', url: `/api/me/credentials/${f.credentialId}` }),
    expected: signedIn(404),
  },
  'PUT /api/me/credentials/:credentialId/evidence': {
    request: (f) => ({
      method: 'PUT',
      url: `/api/me/credentials/${f.credentialId}/evidence`,
      headers: { 'content-type': 'image/png' },
      payload: TINY_PNG,
    }),
    expected: { ...active(404) },
  },
  'GET /api/credentials': {
    request: () => ({ method: 'GET', url: '/api/credentials' }),
    expected: moderators(200),
  },
  'GET /api/credentials/:credentialId': {
    request: (f) => ({ method: 'GET', url: `/api/credentials/${f.credentialId}` }),
    expected: moderators(200),
  },
  'GET /api/credentials/:credentialId/evidence': {
    request: (f) => ({ method: 'GET', url: `/api/credentials/${f.credentialId}/evidence` }),
    expected: moderators(200),
  },
  'POST /api/credentials/:credentialId/decision': {
    request: async (f) => ({
      method: 'POST',
      url: `/api/credentials/${await f.newApplication()}/decision`,
      payload: { decision: 'approve' },
    }),
    expected: moderators(200),
  },
  'PUT /api/members/:handle/suspension': {
    request: async (f) => ({
      method: 'PUT',
      url: `/api/members/${await f.newMemberHandle(false)}/suspension`,
      payload: { reason: 'Posted identifiable patient photos twice.' },
    }),
    expected: moderators(200),
  },
  'DELETE /api/members/:handle/suspension': {
    request: async (f) => ({
      method: 'DELETE',
      url: `/api/members/${await f.newMemberHandle(true)}/suspension`,
    }),
    expected: moderators(200),
  },
  'DELETE /api/me': {
    request: () => ({
      method: 'DELETE',
      url: '/api/me',
      payload: { password: ACTOR_PASSWORD, confirm: 'DELETE' },
    }),
    expected: signedIn(204),
  },
};

/** Routes that are not part of the API: documentation pages and the document itself. */
const DOCUMENTATION = /^GET \/api\/(docs|openapi\.json)/;

let t: TestApp;
let fixtures: Fixtures;

beforeAll(async () => {
  t = await createTestApp();
  const owner: Member = await aMember(t.app);
  const solver = await aMember(t.app);
  const posted = await aCase(owner);
  const suggestion = await aSuggestion(solver, posted.id);
  await loadDemoDiagnoses(t.database.db);
  const changeStatus = async (caseId: string, action: string) => {
    const response = await owner.request({
      method: 'POST',
      url: `/api/cases/${caseId}/status`,
      payload: { action },
    });
    if (response.statusCode !== 200) throw new Error(response.body);
  };
  const closing = await aCase(owner, { title: 'Matrix case while it closes' });
  const toRate = await aSuggestion(solver, closing.id);
  await changeStatus(closing.id, 'close');
  const closed = await aCase(owner, { title: 'Matrix case closed for good' });
  await aSuggestion(solver, closed.id);
  await changeStatus(closed.id, 'close');
  await changeStatus(closed.id, 'finish');
  const clinicalAuthor = await anActor(t.app, 'professional');
  const clinical = await clinicalAuthor.request({
    method: 'POST',
    url: '/api/cases/clinical',
    payload: {
      title: 'Matrix clinical case to page about',
      presentation: 'A 40-year-old with palpitations and a broad-complex tachycardia on the ECG.',
      question: 'Who would you call first?',
      specialties: ['cardiology'],
      audience: 'everyone',
      anonymous: false,
    },
  });
  if (clinical.statusCode !== 201) throw new Error(clinical.body);
  const study = await aCase(owner, { title: 'Matrix case study' });
  await t.database.db.update(cases).set({ isCaseStudy: true }).where(eq(cases.id, study.id));
  await t.database.db
    .insert(caseOutcomes)
    .values({ caseId: study.id, diagnosis: 'Familial Mediterranean fever', source: 'case-study' });
  const anApplication = async () => {
    const applicant = await aMember(t.app);
    const applied = await applicant.request({
      method: 'POST',
      url: '/api/me/credentials',
      payload: application,
    });
    const { id } = applied.json<{ id: string }>();
    const attached = await applicant.request({
      method: 'PUT',
      url: `/api/me/credentials/${id}/evidence`,
      headers: { 'content-type': 'image/png' },
      payload: TINY_PNG,
    });
    if (attached.statusCode !== 200) throw new Error(attached.body);
    return id;
  };
  const draft = await owner.request({
    method: 'POST',
    url: '/api/cases/drafts',
    payload: { kind: 'patient', questionnaire: { version: 1 } },
  });
  const aComment = async () => {
    const response = await solver.request({
      method: 'POST',
      url: `/api/cases/${posted.id}/comments`,
      payload: { body: 'Was the ferritin measured?' },
    });
    if (response.statusCode !== 201) throw new Error(response.body);
    return response.json<{ id: string }>().id;
  };
  fixtures = {
    caseId: posted.id,
    clinicalCaseId: clinical.json<{ id: string }>().id,
    caseStudyId: study.id,
    commentId: await aComment(),
    newComment: aComment,
    draftId: draft.json<{ id: string }>().id,
    suggestionId: suggestion.id,
    candidateId: suggestion.candidateId,
    async newFreeTextCandidate() {
      const suggester = await aMember(t.app);
      return (await aSuggestion(suggester, posted.id, `Matrix free text ${randomUUID()}`))
        .candidateId;
    },
    closingCaseId: closing.id,
    closingSuggestionId: toRate.id,
    closedCaseId: closed.id,
    handle: owner.profile.handle,
    credentialId: await anApplication(),
    newApplication: anApplication,
    async newMemberHandle(suspended) {
      const member = await aMember(t.app);
      if (suspended)
        await t.database.db
          .update(members)
          .set({ isSuspended: true })
          .where(eq(members.id, member.profile.id));
      return member.profile.handle;
    },
  };
});
afterAll(async () => {
  await t.close();
});

describe('the access matrix', () => {
  it('has an entry for every API route the server registers', () => {
    const apiRoutes = t.app.registeredRoutes.filter(
      (route) => /^\S+ \/(api\/|healthz|readyz)/.test(route) && !DOCUMENTATION.test(route),
    );
    expect(apiRoutes.length).toBeGreaterThan(20);
    expect(apiRoutes.filter((route) => !(route in matrix))).toEqual([]);
    expect(Object.keys(matrix).filter((route) => !apiRoutes.includes(route))).toEqual([]);
  });

  for (const [route, entry] of Object.entries(matrix)) {
    it(`${route} answers each kind of actor as the policy says`, async () => {
      const actual: Partial<Expected> = {};
      for (const kind of ACTOR_KINDS) {
        // A fresh actor each time: some routes end sessions or delete the account.
        const actor = await anActor(t.app, kind);
        actual[kind] = (await actor.request(await entry.request(fixtures, actor))).statusCode;
      }
      expect(actual).toEqual(entry.expected);
    });
  }
});
