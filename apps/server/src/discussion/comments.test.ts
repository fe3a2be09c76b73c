// A case's discussion through HTTP: threads, questions answered in place by the owner, markdown
// that cannot carry script, edits with history, deletion, and the owner's anonymity.
import type {
  CaseDetail,
  CommentList,
  CommentRevisions,
  CommentView,
  Problem,
} from '@consilium/api';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, credentials, members } from '../platform/database/schema.js';
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
  owner = await aMember(t.app, { displayName: 'Case Owner Person' });
  solver = await aMember(t.app, { displayName: 'Solver Person' });
  other = await aMember(t.app, { displayName: 'Other Person' });
});
afterAll(async () => {
  await t.close();
});

async function comment(member: Member, caseId: string, payload: object): Promise<CommentView> {
  const response = await member.request({
    method: 'POST',
    url: `/api/cases/${caseId}/comments`,
    payload,
  });
  expect(response.statusCode, response.body).toBe(201);
  return response.json<CommentView>();
}

async function thread(caseId: string, member?: Member): Promise<CommentList> {
  const request = { method: 'GET' as const, url: `/api/cases/${caseId}/comments` };
  return (
    await (member === undefined ? t.app.inject(request) : member.request(request))
  ).json<CommentList>();
}

describe('a case’s discussion', () => {
  it('threads comments, and the owner answers questions in place', async () => {
    const posted = await aCase(owner);
    const first = await comment(solver, posted.id, {
      body: 'Was the **ferritin** checked? @' + other.profile.handle + ' saw a case like this.',
    });
    expect(first.bodyHtml).toContain('<strong>ferritin</strong>');
    expect(first.bodyHtml).toContain(`<a href="/members/${other.profile.handle}" class="mention"`);
    await comment(other, posted.id, { body: 'Yes, a very similar one.', parentId: first.id });

    const question = await comment(solver, posted.id, {
      body: 'Do the fevers come every evening?',
      kind: 'question',
    });
    expect(question).toMatchObject({ kind: 'question', answered: false });
    const ownQuestion = await owner.request({
      method: 'POST',
      url: `/api/cases/${posted.id}/comments`,
      payload: { body: 'A question to myself?', kind: 'question' },
    });
    expect(ownQuestion.statusCode).toBe(403);
    const answer = await comment(owner, posted.id, {
      body: 'Yes, around 6 pm, every day.',
      parentId: question.id,
    });
    expect(answer.byOwner).toBe(true);

    const list = await thread(posted.id);
    expect(list.items.map((item) => [item.parentId, item.kind, item.byOwner])).toEqual([
      [null, 'comment', false],
      [first.id, 'comment', false],
      [null, 'question', false],
      [question.id, 'comment', true],
    ]);
    expect(list.items.find((item) => item.id === question.id)?.answered).toBe(true);
    // Visitors read the discussion but cannot take part.
    expect(list).toMatchObject({ canComment: false, canAsk: false });
    expect(list.items.every((item) => !item.abilities.canReply)).toBe(true);
  });

  it('keeps edits in a history and deletes softly, leaving a marker', async () => {
    const posted = await aCase(owner);
    const written = await comment(solver, posted.id, { body: 'First thought: Still disease.' });
    const byOther = await other.request({
      method: 'PUT',
      url: `/api/comments/${written.id}`,
      payload: { body: 'Hijacked' },
    });
    expect(byOther.statusCode).toBe(403);
    const edited = await solver.request({
      method: 'PUT',
      url: `/api/comments/${written.id}`,
      payload: { body: 'Second thought: adult-onset Still disease.' },
    });
    expect(edited.json<CommentView>()).toMatchObject({
      body: 'Second thought: adult-onset Still disease.',
    });
    expect(edited.json<CommentView>().editedAt).not.toBeNull();
    const history = (
      await t.app.inject({ method: 'GET', url: `/api/comments/${written.id}/revisions` })
    ).json<CommentRevisions>();
    expect(history.items.map((item) => item.body)).toEqual(['First thought: Still disease.']);

    const deleted = await solver.request({ method: 'DELETE', url: `/api/comments/${written.id}` });
    expect(deleted.statusCode).toBe(204);
    const after = (await thread(posted.id)).items.find((item) => item.id === written.id);
    expect(after).toMatchObject({ deleted: true, body: '', bodyHtml: '' });
    const gone = (
      await t.app.inject({ method: 'GET', url: `/api/comments/${written.id}/revisions` })
    ).json<CommentRevisions>();
    expect(gone.items).toEqual([]);
  });

  it('lets a moderator delete anyone’s comment, audited', async () => {
    const posted = await aCase(owner);
    const written = await comment(solver, posted.id, { body: 'Patient name: John Smith' });
    const moderator = await aMember(t.app);
    await t.database.db
      .update(members)
      .set({ roles: ['moderator'] })
      .where(eq(members.id, moderator.profile.id));
    const withCode = await withTwoFactor(moderator);
    const removed = await withCode.request({
      method: 'DELETE',
      url: `/api/comments/${written.id}`,
    });
    expect(removed.statusCode).toBe(204);
    const audit = await t.database.db
      .select()
      .from(auditLog)
      .where(eq(auditLog.subjectId, written.id));
    expect(audit.map((entry) => [entry.action, entry.actorId])).toEqual([
      ['comment.deleted-by-moderator', withCode.profile.id],
    ]);
  });

  it('refuses bad input in words and stores nothing', async () => {
    const posted = await aCase(owner);
    const elsewhere = await aCase(owner);
    const foreign = await comment(solver, elsewhere.id, { body: 'Elsewhere' });
    for (const [payload, field] of [
      [{ body: '   ' }, 'body.body'],
      [{ body: 'x'.repeat(10_001) }, 'body.body'],
      [{ body: 'A reply', parentId: foreign.id }, 'body.parentId'],
      [{ body: 'Hi', kind: 'shout' }, 'body.kind'],
      [{ body: 'Hi', authorId: owner.profile.id }, 'body'],
    ] as const) {
      const response = await solver.request({
        method: 'POST',
        url: `/api/cases/${posted.id}/comments`,
        payload,
      });
      expect(response.statusCode, JSON.stringify(payload).slice(0, 80)).toBe(400);
      expect(response.json<Problem>().errors?.map((error) => error.field)).toContain(field);
    }
    expect((await thread(posted.id)).items).toEqual([]);
    const script = await comment(solver, posted.id, {
      body: '<script>alert(1)</script>[x](javascript:alert(1))',
    });
    expect(script.bodyHtml).not.toMatch(/<script|href="javascript/i);
  });

  it('closes with the case', async () => {
    const posted = await aCase(owner);
    await owner.request({
      method: 'POST',
      url: `/api/cases/${posted.id}/status`,
      payload: { action: 'close' },
    });
    await owner.request({
      method: 'POST',
      url: `/api/cases/${posted.id}/status`,
      payload: { action: 'finish' },
    });
    const late = await solver.request({
      method: 'POST',
      url: `/api/cases/${posted.id}/comments`,
      payload: { body: 'Too late?' },
    });
    expect(late.statusCode).toBe(403);
    expect(late.json<Problem>().detail).toBe('This case is closed: its discussion is closed.');
  });
});

describe('the owner of an anonymous case in its discussion', () => {
  it('answers under the case’s pseudonym, never by name', async () => {
    const professional = await aMember(t.app, { displayName: 'Dr Hidden Owner' });
    await t.database.db
      .insert(credentials)
      .values(approvedCredential(professional.profile.id, 'professional', new Date()));
    const author = await withTwoFactor(professional);
    const posted = (
      await author.request({
        method: 'POST',
        url: '/api/cases/clinical',
        payload: {
          title: 'Recurrent pericarditis and fevers',
          presentation:
            'A 33-year-old with three episodes of pericarditis in a year, fevers, raised CRP, and abdominal pain attacks.',
          question: 'Would you test for a periodic fever syndrome?',
          specialties: ['cardiology'],
          audience: 'everyone',
          anonymous: true,
        },
      })
    ).json<CaseDetail>();
    const question = await comment(solver, posted.id, {
      body: 'Any family history of similar attacks?',
      kind: 'question',
    });
    await comment(author, posted.id, { body: 'None known.', parentId: question.id });
    const answers = [
      await t.app.inject({ method: 'GET', url: `/api/cases/${posted.id}/comments` }),
      await solver.request({ method: 'GET', url: `/api/cases/${posted.id}/comments` }),
    ];
    for (const answer of answers) {
      for (const secret of [
        author.profile.id,
        author.profile.handle,
        author.profile.displayName,
        author.email,
      ])
        expect(answer.body).not.toContain(secret);
      const reply = answer.json<CommentList>().items.find((item) => item.byOwner);
      expect(reply?.author).toEqual({
        handle: null,
        displayName: 'Verified physician · Cardiology',
        anonymous: true,
      });
    }
  });
});
