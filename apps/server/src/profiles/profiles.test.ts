// Public profiles, the data export and account deletion.
import type { CaseDetail, DataExport, Problem, PublicProfile, SessionView } from '@consilium/api';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, caseBookmarks, caseFollows, members } from '../platform/database/schema.js';
import type { TestApp } from '../testing/test-app.js';
import { aCase, aMember, aSuggestion, createTestApp } from '../testing/test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t.close();
});

describe('a public profile', () => {
  it('shows handle, name, public tiers and country, and never the e-mail or the patient role', async () => {
    const member = await aMember(t.app, { displayName: 'Public Person' });
    const response = await t.app.inject({
      method: 'GET',
      url: `/api/members/${member.profile.handle}`,
    });
    const profile = response.json<PublicProfile>();
    expect(profile).toMatchObject({
      handle: member.profile.handle,
      displayName: 'Public Person',
      tiers: [],
      country: 'ES',
    });
    expect(response.body).not.toContain(member.email);
    expect(response.body).not.toContain('patient');
  });

  it('answers 404 for an unknown handle', async () => {
    expect(
      (await t.app.inject({ method: 'GET', url: '/api/members/nobody_here' })).statusCode,
    ).toBe(404);
  });
});

describe('the data export', () => {
  it('holds the member’s account, cases, suggestions and votes, and no secret', async () => {
    const member = await aMember(t.app);
    const other = await aMember(t.app);
    const posted = await aCase(member, { title: 'My exported case' });
    const othersCase = await aCase(other, { title: 'A case the member votes on' });
    const suggestion = await aSuggestion(await aMember(t.app), othersCase.id, 'Exported diagnosis');
    const voted = await member.request({
      method: 'PUT',
      url: `/api/cases/${othersCase.id}/candidates/${suggestion.candidateId}/vote`,
      payload: { value: 1 },
    });
    expect(voted.statusCode).toBe(200);
    await member.request({ method: 'PUT', url: `/api/cases/${posted.id}/bookmark` });
    const elsewhere = await aCase(other, { title: 'Followed by the exporting member' });
    await member.request({ method: 'PUT', url: `/api/cases/${elsewhere.id}/follow` });
    const response = await member.request({ method: 'GET', url: '/api/me/export' });
    expect(response.headers['content-disposition']).toMatch(
      /^attachment; filename="consilium-export-/,
    );
    const exported = response.json<DataExport>();
    expect(exported.member).toMatchObject({ email: member.email, handle: member.profile.handle });
    expect(exported.cases.map((row) => row.title)).toEqual(['My exported case']);
    expect(exported.votes).toHaveLength(1);
    // The welcome points are the member's first movement of points.
    expect(exported.pointsEntries).toEqual([
      expect.objectContaining({ kind: 'grant', amount: 100 }),
    ]);
    expect(exported.follows.map((row) => row.caseId)).toEqual([elsewhere.id]);
    expect(exported.bookmarks.map((row) => row.caseId)).toEqual([posted.id]);
    // Derived columns are not the member's data.
    expect(exported.cases[0]).not.toHaveProperty('searchVector');
    expect(response.body).not.toMatch(/passwordHash|password_hash|totpSecret|tokenHash|\$argon2/);
  });

  it('needs a signed-in member', async () => {
    expect((await t.app.inject({ method: 'GET', url: '/api/me/export' })).statusCode).toBe(401);
  });
});

describe('deleting an account', () => {
  it('needs the password and the word DELETE, and changes nothing otherwise', async () => {
    const member = await aMember(t.app);
    const wrong = await member.request({
      method: 'DELETE',
      url: '/api/me',
      payload: { password: 'nope', confirm: 'DELETE' },
    });
    expect(wrong.statusCode).toBe(400);
    const unconfirmed = await member.request({
      method: 'DELETE',
      url: '/api/me',
      payload: { password: member.password, confirm: 'yes' },
    });
    expect(unconfirmed.json<Problem>().errors?.[0]).toEqual({
      field: 'body.confirm',
      message: 'Type DELETE to confirm',
    });
    const [row] = await t.database.db
      .select()
      .from(members)
      .where(eq(members.id, member.profile.id));
    expect(row?.deletedAt).toBeNull();
  });

  it('erases identifying data, ends every session, keeps posts under "Deleted member", and is audited', async () => {
    const member = await aMember(t.app, { displayName: 'Leaving Person' });
    const posted = await aCase(member, { title: 'A case that outlives its author' });
    const followed = await aCase(await aMember(t.app), { title: 'Followed, then left' });
    await member.request({ method: 'PUT', url: `/api/cases/${followed.id}/follow` });
    await member.request({ method: 'PUT', url: `/api/cases/${followed.id}/bookmark` });
    const response = await member.request({
      method: 'DELETE',
      url: '/api/me',
      payload: { password: member.password, confirm: 'DELETE' },
    });
    expect(response.statusCode).toBe(204);

    const session = await t.app.inject({
      method: 'GET',
      url: '/api/session',
      headers: { cookie: member.cookie },
    });
    expect(session.json<SessionView>().member).toBeNull();
    const signIn = await t.app.inject({
      method: 'POST',
      url: '/api/session',
      payload: { email: member.email, password: member.password },
    });
    expect(signIn.statusCode).toBe(401);

    const read = (
      await t.app.inject({ method: 'GET', url: `/api/cases/${posted.id}` })
    ).json<CaseDetail>();
    expect(read.title).toBe('A case that outlives its author');
    expect(read.author.displayName).toBe('Deleted member');
    // What only the member saw goes with them.
    for (const table of [caseFollows, caseBookmarks])
      expect(
        await t.database.db.select().from(table).where(eq(table.memberId, member.profile.id)),
      ).toEqual([]);
    const others = (
      await t.app.inject({ method: 'GET', url: `/api/cases/${followed.id}` })
    ).json<CaseDetail>();
    expect(others.stats.followers).toBe(0);
    expect(JSON.stringify(read)).not.toContain(member.profile.handle);

    const [row] = await t.database.db
      .select()
      .from(members)
      .where(eq(members.id, member.profile.id));
    expect(JSON.stringify(row)).not.toMatch(
      new RegExp(`${member.email}|Leaving Person|${member.profile.handle}`),
    );
    expect(
      (await t.app.inject({ method: 'GET', url: `/api/members/${member.profile.handle}` }))
        .statusCode,
    ).toBe(404);
    const audit = await t.database.db
      .select()
      .from(auditLog)
      .where(eq(auditLog.subjectId, member.profile.id));
    expect(audit.map((entry) => entry.action)).toContain('member.deleted');
    expect(JSON.stringify(audit)).not.toContain(member.email);
  });
});
