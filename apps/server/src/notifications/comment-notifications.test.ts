// Notifications a new comment sends: mention, reply, and answer (the owner replying to a
// question): once per member, never to the commenter, only to readers of the case, and an
// anonymous owner named only by the case's pseudonym.
import type { CaseDetail, CommentView, NotificationList, NotificationView } from '@consilium/api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { credentials } from '../platform/database/schema.js';
import { approvedCredential } from '../testing/actors.js';
import type { Member, TestApp } from '../testing/test-app.js';
import { aCase, aMember, createTestApp } from '../testing/test-app.js';
import { withTwoFactor } from '../testing/two-factor.js';

let t: TestApp;
let owner: Member;
let solver: Member;
let other: Member;

beforeAll(async () => {
  t = await createTestApp();
  owner = await aMember(t.app, { displayName: 'Owner Of Cases' });
  solver = await aMember(t.app, { displayName: 'Solver Of Cases' });
  other = await aMember(t.app, { displayName: 'Other Reader' });
});
afterAll(async () => {
  await t.close();
});

let professionals = 0;

async function aProfessional(twoFactor = true): Promise<Member> {
  professionals += 1;
  const member = await aMember(t.app, { displayName: `Dr Commenting Person ${professionals}` });
  await t.database.db
    .insert(credentials)
    .values(approvedCredential(member.profile.id, 'professional', new Date()));
  return twoFactor ? withTwoFactor(member) : member;
}

async function aClinicalCase(author: Member, overrides: object): Promise<CaseDetail> {
  const response = await author.request({
    method: 'POST',
    url: '/api/cases/clinical',
    payload: {
      title: 'Fever and a new murmur after dental work',
      presentation:
        'A 62-year-old with a prosthetic valve has had fevers for two weeks and a new murmur.',
      question: 'Which imaging first?',
      specialties: ['cardiology'],
      audience: 'everyone',
      anonymous: false,
      ...overrides,
    },
  });
  expect(response.statusCode, response.body).toBe(201);
  return response.json<CaseDetail>();
}

async function comment(member: Member, caseId: string, payload: object): Promise<CommentView> {
  const response = await member.request({
    method: 'POST',
    url: `/api/cases/${caseId}/comments`,
    payload,
  });
  expect(response.statusCode, response.body).toBe(201);
  return response.json<CommentView>();
}

/** A member's notifications about one comment, as kind and actor. */
async function about(member: Member, commentId: string) {
  const response = await member.request({ method: 'GET', url: '/api/me/notifications' });
  return response
    .json<NotificationList>()
    .items.filter((item: NotificationView) => item.commentId === commentId)
    .map((item) => ({ kind: item.kind, actor: item.actor }));
}

describe('notifications from the discussion', () => {
  it('tells each member mentioned, never the commenter, never a handle nobody holds', async () => {
    const posted = await aCase(owner);
    const written = await comment(solver, posted.id, {
      body: `@${other.profile.handle} and @${solver.profile.handle}, see this; @nobody_here too`,
    });
    expect(await about(other, written.id)).toEqual([{ kind: 'mention', actor: 'Solver Of Cases' }]);
    expect(await about(solver, written.id)).toEqual([]);
    const [notification] = (
      await other.request({ method: 'GET', url: '/api/me/notifications' })
    ).json<NotificationList>().items;
    expect(notification).toMatchObject({ caseId: posted.id, title: posted.title, read: false });
  });

  it('tells the parent’s author of a reply once, even when the reply also mentions them', async () => {
    const posted = await aCase(owner);
    const parent = await comment(solver, posted.id, { body: 'Was the ferritin measured?' });
    const reply = await comment(other, posted.id, {
      body: `@${solver.profile.handle} yes, it was 2400.`,
      parentId: parent.id,
    });
    expect(await about(solver, reply.id)).toEqual([{ kind: 'reply', actor: 'Other Reader' }]);
    // The owner replying to a plain comment is a reply too.
    const fromOwner = await comment(owner, posted.id, { body: 'Thanks.', parentId: parent.id });
    expect(await about(solver, fromOwner.id)).toEqual([{ kind: 'reply', actor: 'Owner Of Cases' }]);
  });

  it('tells a question’s author when the owner answers it', async () => {
    const posted = await aCase(owner);
    const question = await comment(solver, posted.id, {
      body: 'Do the fevers come every evening?',
      kind: 'question',
    });
    const answer = await comment(owner, posted.id, {
      body: `@${solver.profile.handle} yes, around 6 pm.`,
      parentId: question.id,
    });
    expect(await about(solver, answer.id)).toEqual([{ kind: 'answer', actor: 'Owner Of Cases' }]);
    // Someone else's reply to the question is not the answer.
    const aside = await comment(other, posted.id, { body: 'Same here.', parentId: question.id });
    expect(await about(solver, aside.id)).toEqual([{ kind: 'reply', actor: 'Other Reader' }]);
  });

  it('on a professionals-only case, tells only members who may read it', async () => {
    const author = await aProfessional();
    const reader = await aProfessional();
    const withoutTwoFactor = await aProfessional(false);
    const posted = await aClinicalCase(author, { audience: 'professionals' });
    const written = await comment(author, posted.id, {
      body: [reader, withoutTwoFactor, solver].map((m) => `@${m.profile.handle}`).join(' '),
    });
    expect(await about(reader, written.id)).toHaveLength(1);
    expect(await about(withoutTwoFactor, written.id)).toEqual([]);
    expect(await about(solver, written.id)).toEqual([]);
  });

  it('names an anonymous owner who answers only by the case’s pseudonym', async () => {
    const author = await aProfessional();
    const posted = await aClinicalCase(author, { anonymous: true });
    const question = await comment(solver, posted.id, {
      body: 'Were blood cultures drawn before antibiotics?',
      kind: 'question',
    });
    const answer = await comment(author, posted.id, {
      body: 'Yes, three sets.',
      parentId: question.id,
    });
    expect(await about(solver, answer.id)).toEqual([
      { kind: 'answer', actor: posted.author.displayName },
    ]);
    const seen = (await solver.request({ method: 'GET', url: '/api/me/notifications' })).body;
    for (const identifier of [
      author.profile.id,
      author.profile.handle,
      author.profile.displayName,
      author.email,
    ])
      expect(seen).not.toContain(identifier);
  });
});
