// The owner's control of a published case: edits with a visible history, closing, withdrawing,
// reopening once, extending the window — and nobody else's.
import type { CaseDetail, CaseRevisions, Problem } from '@consilium/api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { aCompleteQuestionnaire } from '../testing/questionnaire.js';
import type { Member, TestApp } from '../testing/test-app.js';
import { aMember, aPublishedCase, createTestApp } from '../testing/test-app.js';

let t: TestApp;
let owner: Member;
let reader: Member;

beforeAll(async () => {
  t = await createTestApp();
  owner = await aMember(t.app);
  reader = await aMember(t.app);
});
afterAll(async () => {
  await t.close();
});

function change(member: Member, id: string, payload: object) {
  return member.request({ method: 'POST', url: `/api/cases/${id}/status`, payload });
}

describe('editing an open case', () => {
  it('keeps every version, readable by the case’s audience', async () => {
    const posted = await aPublishedCase(owner);
    expect(posted.revision).toBe(1);
    expect(posted.abilities).toMatchObject({
      canEdit: true,
      caseActions: ['close', 'extend', 'withdraw'],
    });
    const questionnaire = aCompleteQuestionnaire();
    questionnaire.tests = {
      tests: [
        ...(questionnaire.tests?.tests ?? []),
        { name: 'Skin biopsy', date: '2026-10-01', result: 'Perivascular neutrophils' },
      ],
    };
    const edited = await owner.request({
      method: 'PUT',
      url: `/api/cases/${posted.id}`,
      payload: { questionnaire, note: 'Added the biopsy result.' },
    });
    expect(edited.statusCode, edited.body).toBe(200);
    expect(edited.json<CaseDetail>()).toMatchObject({ revision: 2, questionnaire });

    const history = (
      await reader.request({ method: 'GET', url: `/api/cases/${posted.id}/revisions` })
    ).json<CaseRevisions>();
    expect(history.items.map((item) => [item.revision, item.note])).toEqual([
      [2, 'Added the biopsy result.'],
      [1, null],
    ]);
    expect(history.items[1]?.questionnaire).toEqual(aCompleteQuestionnaire());

    // Nobody else edits it; the reader sees no owner abilities.
    const byReader = await reader.request({
      method: 'PUT',
      url: `/api/cases/${posted.id}`,
      payload: { questionnaire },
    });
    expect(byReader.statusCode).toBe(403);
    const seen = (
      await reader.request({ method: 'GET', url: `/api/cases/${posted.id}` })
    ).json<CaseDetail>();
    expect(seen.abilities).toMatchObject({ canEdit: false, caseActions: [] });
  });

  it('refuses an edit that drops the questionnaire or breaks it', async () => {
    const posted = await aPublishedCase(owner);
    const bare = await owner.request({
      method: 'PUT',
      url: `/api/cases/${posted.id}`,
      payload: { title: 'Just a new title', presentation: 'And a presentation long enough.' },
    });
    expect(bare.statusCode).toBe(400);
    const broken = aCompleteQuestionnaire();
    broken.symptoms.symptoms = [];
    const invalid = await owner.request({
      method: 'PUT',
      url: `/api/cases/${posted.id}`,
      payload: { questionnaire: broken },
    });
    expect(invalid.statusCode).toBe(400);
    expect(invalid.json<Problem>().errors?.[0]?.field).toBe('body.questionnaire.symptoms.symptoms');
    const history = (
      await reader.request({ method: 'GET', url: `/api/cases/${posted.id}/revisions` })
    ).json<CaseRevisions>();
    expect(history.items).toHaveLength(1);
  });
});

describe('the owner changing a case’s status', () => {
  it('closes, reopens once, and closes for good', async () => {
    const posted = await aPublishedCase(owner);
    expect((await change(reader, posted.id, { action: 'close' })).statusCode).toBe(403);
    const closing = (await change(owner, posted.id, { action: 'close' })).json<CaseDetail>();
    expect(closing).toMatchObject({ status: 'closing' });
    expect(closing.abilities.caseActions).toEqual(['finish', 'withdraw', 'reopen']);
    expect(closing.abilities.canEdit).toBe(false);
    const edit = await owner.request({
      method: 'PUT',
      url: `/api/cases/${posted.id}`,
      payload: { questionnaire: aCompleteQuestionnaire() },
    });
    expect(edit.statusCode).toBe(409);

    const reopened = (
      await change(owner, posted.id, { action: 'reopen', submissionWindowDays: 10 })
    ).json<CaseDetail>();
    expect(reopened.status).toBe('open');
    expect(Date.parse(reopened.closesAt ?? '') - Date.parse(reopened.reopenedAt ?? '')).toBe(
      10 * 86_400_000,
    );
    await change(owner, posted.id, { action: 'close' });
    const finished = (await change(owner, posted.id, { action: 'finish' })).json<CaseDetail>();
    expect(finished).toMatchObject({ status: 'closed' });
    expect(finished.abilities.caseActions).toEqual([]);
    const again = await change(owner, posted.id, { action: 'reopen' });
    expect(again.statusCode).toBe(409);
    expect(again.json<Problem>().detail).toBe('A case can be reopened only once.');
  });

  it('extends the window within its limit, and withdraws a case from the feed', async () => {
    const posted = await aPublishedCase(owner);
    const extended = (
      await change(owner, posted.id, { action: 'extend', days: 30 })
    ).json<CaseDetail>();
    expect(Date.parse(extended.closesAt ?? '') - Date.parse(posted.closesAt ?? '')).toBe(
      30 * 86_400_000,
    );
    for (let index = 0; index < 2; index += 1)
      await change(owner, posted.id, { action: 'extend', days: 30 });
    const tooLong = await change(owner, posted.id, { action: 'extend', days: 1 });
    expect(tooLong.statusCode).toBe(400);
    expect(tooLong.json<Problem>().detail).toContain('at most 120 days');

    const withdrawn = await change(owner, posted.id, { action: 'withdraw', reason: 'Diagnosed.' });
    expect(withdrawn.json<CaseDetail>().status).toBe('withdrawn');
    const feed = await t.app.inject({ method: 'GET', url: '/api/cases?limit=50' });
    expect(feed.json<{ items: { id: string }[] }>().items.map((item) => item.id)).not.toContain(
      posted.id,
    );
    expect((await change(owner, posted.id, { action: 'close' })).statusCode).toBe(409);
  });
});
