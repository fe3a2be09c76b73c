// The case feeds, follows, bookmarks, view counts, image posts and case-study labels, against a
// real database: what each reader sees, in which order, page by page.
import type { CaseDetail, CaseFeed, CaseSummary, FollowState, Problem } from '@consilium/api';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { caseOutcomes, cases, credentials, media } from '../platform/database/schema.js';
import { approvedCredential } from '../testing/actors.js';
import type { Member, TestApp } from '../testing/test-app.js';
import { aCase, aMember, aSuggestion, createTestApp } from '../testing/test-app.js';
import { aCompleteQuestionnaire } from '../testing/questionnaire.js';
import { withTwoFactor } from '../testing/two-factor.js';

let t: TestApp;
let cardiologist: Member;
let dermatologist: Member;
let patient: Member;
let reader: Member;

async function aProfessional(specialties: string[]): Promise<Member> {
  const member = await aMember(t.app);
  await t.database.db
    .insert(credentials)
    .values({ ...approvedCredential(member.profile.id, 'professional', new Date()), specialties });
  return withTwoFactor(member);
}

async function clinical(member: Member, overrides: object = {}): Promise<CaseDetail> {
  const response = await member.request({
    method: 'POST',
    url: '/api/cases/clinical',
    payload: {
      title: 'Palpitations on exertion in a rower',
      presentation:
        'A 31-year-old rower with palpitations at peak effort, a normal resting ECG and a brother who died suddenly at 40.',
      question: 'Which rhythm study would you order first?',
      specialties: ['cardiology'],
      audience: 'everyone',
      anonymous: false,
      ...overrides,
    },
  });
  expect(response.statusCode, response.body).toBe(201);
  return response.json<CaseDetail>();
}

async function feed(member: Member | undefined, query: string): Promise<CaseFeed> {
  const options = { method: 'GET' as const, url: `/api/cases?${query}` };
  const response =
    member === undefined ? await t.app.inject(options) : await member.request(options);
  expect(response.statusCode, response.body).toBe(200);
  return response.json<CaseFeed>();
}

const ids = (page: { items: CaseSummary[] }) => page.items.map((item) => item.id);

beforeAll(async () => {
  t = await createTestApp();
  cardiologist = await aProfessional(['cardiology']);
  dermatologist = await aProfessional(['dermatology']);
  patient = await aMember(t.app);
  reader = await aMember(t.app);
});
afterAll(async () => {
  await t.close();
});

describe('the latest feed', () => {
  it('shows published cases with their label, counts and specialties; never drafts', async () => {
    const posted = await clinical(cardiologist);
    const draft = await patient.request({
      method: 'POST',
      url: '/api/cases/drafts',
      payload: { kind: 'patient', questionnaire: { version: 1 } },
    });
    const page = await feed(undefined, 'feed=latest&limit=50');
    const item = page.items.find((summary) => summary.id === posted.id);
    expect(item).toMatchObject({
      kind: 'clinical',
      label: 'unsolved',
      specialties: [{ code: 'cardiology', name: 'Cardiology' }],
      suggestionCount: 0,
      commentCount: 0,
      viewCount: 0,
      hasImages: false,
    });
    expect(ids(page)).not.toContain(draft.json<CaseDetail>().id);
  });

  it('lists professionals-only cases only to those who may read them', async () => {
    const hidden = await clinical(cardiologist, { audience: 'professionals' });
    expect(ids(await feed(patient, 'limit=50'))).not.toContain(hidden.id);
    expect(ids(await feed(undefined, 'limit=50'))).not.toContain(hidden.id);
    expect(ids(await feed(dermatologist, 'limit=50'))).toContain(hidden.id);
  });

  it('hides withdrawn cases unless they are asked for', async () => {
    const withdrawn = await aCase(patient, { title: 'A case taken back' });
    await patient.request({
      method: 'POST',
      url: `/api/cases/${withdrawn.id}/status`,
      payload: { action: 'withdraw' },
    });
    expect(ids(await feed(reader, 'limit=50'))).not.toContain(withdrawn.id);
    expect(ids(await feed(reader, 'status=withdrawn&limit=50'))).toContain(withdrawn.id);
  });
});

describe('filters', () => {
  it('filter by kind, specialty, audience, label, images, status and day', async () => {
    const skin = await clinical(dermatologist, {
      title: 'Annular plaques on the shins',
      specialties: ['dermatology'],
    });
    const study = await clinical(cardiologist, {
      title: 'A solved case of syncope',
      solution: { diagnosis: 'Long QT syndrome type 1', teachingPoint: 'Swimming triggers LQT1.' },
    });
    const image = await dermatologist.request({
      method: 'POST',
      url: '/api/cases/image',
      payload: {
        caption: 'Umbilicated papules on the trunk of a child. Two weeks, itchy.',
        specialties: ['dermatology'],
        audience: 'everyone',
        anonymous: false,
      },
    });
    const imageId = image.json<CaseDetail>().id;
    await t.database.db
      .insert(media)
      .values({ caseId: imageId, status: 'ready', contentType: 'image/webp', storageKey: 'k' });

    const dermatology = ids(await feed(reader, 'specialty=dermatology&limit=50'));
    expect(dermatology).toEqual(expect.arrayContaining([skin.id, imageId]));
    expect(dermatology).not.toContain(study.id);
    expect(ids(await feed(reader, 'kind=image&limit=50'))).toEqual([imageId]);
    expect(ids(await feed(reader, 'hasImages=true&limit=50'))).toEqual([imageId]);
    expect(ids(await feed(reader, 'label=case-study&limit=50'))).toEqual([study.id]);
    expect(ids(await feed(reader, 'label=unsolved&limit=50'))).not.toContain(study.id);

    // An open case whose window has passed is "closing".
    await t.database.db
      .update(cases)
      .set({ closesAt: new Date(Date.now() - 1000) })
      .where(eq(cases.id, skin.id));
    expect(ids(await feed(reader, 'status=closing&limit=50'))).toEqual([skin.id]);
    expect(ids(await feed(reader, 'status=open&limit=50'))).not.toContain(skin.id);

    const today = new Date().toISOString().slice(0, 10);
    expect(ids(await feed(reader, `from=${today}&to=${today}&limit=50`))).toContain(skin.id);
    expect(ids(await feed(reader, 'to=2020-01-01&limit=50'))).toEqual([]);
  });

  it('refuses bad filters in words, naming the field', async () => {
    for (const [query, field] of [
      ['kind=x-ray', 'query.kind'],
      ['specialty=astrology', 'query.specialty'],
      ['from=yesterday', 'query.from'],
      ['from=2026-02-01&to=2026-01-01', 'query.to'],
      ['feed=popular', 'query.feed'],
      ['status=draft', 'query.status'],
      ['hasImages=maybe', 'query.hasImages'],
    ] as const) {
      const response = await reader.request({ method: 'GET', url: `/api/cases?${query}` });
      expect(response.statusCode, query).toBe(400);
      expect(response.headers['content-type']).toContain('application/problem+json');
      expect(response.json<Problem>().errors?.map((error) => error.field)).toContain(field);
    }
  });
});

describe('keyset pages', () => {
  it('refuse a cursor that was edited or made for another feed', async () => {
    for (let i = 0; i < 3; i += 1) await aCase(reader, { title: `Paged case ${i}` });
    const first = await feed(reader, 'limit=2');
    const cursor = first.nextCursor ?? '';
    expect(cursor).not.toBe('');
    const [payload, mac] = cursor.split('.');
    const forged = `${Buffer.from(JSON.stringify(['latest', '2099-01-01 00:00:00+00', '00000000-0000-0000-0000-000000000000'])).toString('base64url')}.${mac}`;
    for (const bad of [forged, `${payload}.AAAA${mac?.slice(4)}`, 'bm90LWEtY3Vyc29y']) {
      const response = await reader.request({ method: 'GET', url: `/api/cases?cursor=${bad}` });
      expect(response.statusCode).toBe(400);
      expect(response.json<Problem>().errors?.[0]?.field).toBe('query.cursor');
    }
    const elsewhere = await reader.request({
      method: 'GET',
      url: `/api/cases?feed=trending&cursor=${cursor}`,
    });
    expect(elsewhere.statusCode).toBe(400);
  });

  it('walk the trending feed once through, highest score first', async () => {
    const seen: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const page: CaseFeed = await feed(
        reader,
        `feed=trending&limit=3${cursor === null ? '' : `&cursor=${cursor}`}`,
      );
      seen.push(...ids(page));
      cursor = page.nextCursor;
      pages += 1;
    } while (cursor !== null && pages < 50);
    const all = await t.database.db
      .select({
        id: cases.id,
        rank: cases.trendRank,
        status: cases.status,
        audience: cases.audience,
      })
      .from(cases);
    const visible = all
      .filter((row) => !['draft', 'withdrawn'].includes(row.status) && row.audience === 'everyone')
      .sort((a, b) => b.rank - a.rank || (a.id < b.id ? 1 : -1))
      .map((row) => row.id);
    expect(seen).toEqual(visible);
  });
});

describe('trending and views', () => {
  it('counts one view per member per day, none for the author, and lifts the case', async () => {
    // The busy case is the older one; its activity lifts it above the newer, quiet one.
    const busy = await clinical(cardiologist, { title: 'A busy case of chest pain' });
    const quietNewer = await aCase(patient, { title: 'A quiet case' });
    const view = (member: Member) =>
      member.request({ method: 'GET', url: `/api/cases/${busy.id}` });
    await view(reader);
    await view(reader);
    await view(cardiologist);
    expect((await view(patient)).json<CaseDetail>().stats.views).toBe(2);
    await t.app.inject({ method: 'GET', url: `/api/cases/${busy.id}` });
    expect((await view(reader)).json<CaseDetail>().stats.views).toBe(3);

    for (const member of [reader, patient]) {
      await member.request({
        method: 'POST',
        url: `/api/cases/${busy.id}/comments`,
        payload: { body: 'Any family history of sudden death?' },
      });
    }
    await aSuggestion(dermatologist, busy.id, 'Hypertrophic cardiomyopathy');
    const trending = ids(await feed(reader, 'feed=trending&limit=50'));
    expect(trending.indexOf(busy.id)).toBeLessThan(trending.indexOf(quietNewer.id));
    const latest = ids(await feed(reader, 'feed=latest&limit=50'));
    expect(latest.indexOf(quietNewer.id)).toBeLessThan(latest.indexOf(busy.id));
  });
});

describe('unanswered and my specialties', () => {
  it('unanswered lists open cases with no suggestion yet', async () => {
    const answered = await aCase(patient, { title: 'Answered already' });
    await aSuggestion(reader, answered.id);
    const waiting = await aCase(patient, { title: 'Still waiting' });
    const page = ids(await feed(reader, 'feed=unanswered&limit=50'));
    expect(page).toContain(waiting.id);
    expect(page).not.toContain(answered.id);
  });

  it("my specialties lists cases tagged with the reader's verified specialties", async () => {
    const heart = await clinical(dermatologist, {
      title: 'Syncope while swimming',
      specialties: ['cardiology'],
    });
    const skin = await clinical(cardiologist, {
      title: 'Blisters after sun exposure',
      specialties: ['dermatology'],
    });
    const mine = ids(await feed(cardiologist, 'feed=specialties&limit=50'));
    expect(mine).toContain(heart.id);
    expect(mine).not.toContain(skin.id);
    expect((await feed(patient, 'feed=specialties')).items).toEqual([]);
    const visitor = await t.app.inject({ method: 'GET', url: '/api/cases?feed=specialties' });
    expect(visitor.statusCode).toBe(401);
  });
});

describe('following and bookmarks', () => {
  it('follow and bookmark are idempotent, private to the member and shown on the case', async () => {
    const posted = await aCase(patient, { title: 'Followed case' });
    const follow = () => reader.request({ method: 'PUT', url: `/api/cases/${posted.id}/follow` });
    await follow();
    expect((await follow()).json<FollowState>()).toEqual({ following: true, followers: 1 });
    await reader.request({ method: 'PUT', url: `/api/cases/${posted.id}/bookmark` });
    expect(ids(await feed(reader, 'feed=following'))).toContain(posted.id);
    expect(ids(await feed(reader, 'feed=bookmarks'))).toContain(posted.id);
    expect(ids(await feed(patient, 'feed=bookmarks'))).not.toContain(posted.id);
    const detail = (
      await reader.request({ method: 'GET', url: `/api/cases/${posted.id}` })
    ).json<CaseDetail>();
    expect(detail.viewer).toEqual({ following: true, bookmarked: true });
    expect(detail.stats.followers).toBe(1);
    const others = (
      await patient.request({ method: 'GET', url: `/api/cases/${posted.id}` })
    ).json<CaseDetail>();
    expect(others.viewer).toEqual({ following: false, bookmarked: false });

    const unfollowed = await reader.request({
      method: 'DELETE',
      url: `/api/cases/${posted.id}/follow`,
    });
    expect(unfollowed.json<FollowState>()).toEqual({ following: false, followers: 0 });
    expect(ids(await feed(reader, 'feed=following'))).not.toContain(posted.id);
    const visitor = await t.app.inject({ method: 'GET', url: '/api/cases?feed=bookmarks' });
    expect(visitor.statusCode).toBe(401);
  });

  it('a case the member may not read cannot be followed: 404, nothing stored', async () => {
    const hidden = await clinical(cardiologist, { audience: 'professionals' });
    const draft = await patient.request({
      method: 'POST',
      url: '/api/cases/drafts',
      payload: { kind: 'patient', questionnaire: { version: 1 } },
    });
    for (const caseId of [hidden.id, draft.json<CaseDetail>().id]) {
      const response = await reader.request({ method: 'PUT', url: `/api/cases/${caseId}/follow` });
      expect(response.statusCode).toBe(404);
    }
    expect(ids(await feed(reader, 'feed=following&limit=50'))).not.toContain(hidden.id);
  });
});

describe('image posts and case studies', () => {
  it('an image post takes its title from the caption and has no window', async () => {
    const response = await dermatologist.request({
      method: 'POST',
      url: '/api/cases/image',
      payload: {
        caption: 'Violaceous papules on the wrists. Itchy for a month, lace-like white lines.',
        question: 'Diagnosis?',
        specialties: ['dermatology'],
        audience: 'everyone',
        anonymous: true,
      },
    });
    expect(response.statusCode, response.body).toBe(201);
    const posted = response.json<CaseDetail>();
    expect(posted).toMatchObject({
      kind: 'image',
      title: 'Violaceous papules on the wrists.',
      closesAt: null,
      status: 'open',
      attachments: [],
      label: 'unsolved',
      author: { handle: null, anonymous: true },
    });
    const refused = await patient.request({
      method: 'POST',
      url: '/api/cases/image',
      payload: { caption: 'short', specialties: [], audience: 'everyone', anonymous: false },
    });
    expect(refused.statusCode).toBe(400);
    expect(refused.json<Problem>().errors?.map((error) => error.field)).toEqual(
      expect.arrayContaining(['body.caption', 'body.specialties']),
    );
  });

  it("a case study's answer is stored but appears in no reader's view of the case", async () => {
    const study = await clinical(cardiologist, {
      title: 'Shared: fainting at the pool',
      solution: {
        diagnosis: 'Catecholaminergic polymorphic ventricular tachycardia',
        teachingPoint: 'Exercise-induced bidirectional VT.',
      },
    });
    expect(study.label).toBe('case-study');
    expect(study.caseStudy).toEqual({ committed: false, commitCount: 0 });
    const [outcome] = await t.database.db
      .select()
      .from(caseOutcomes)
      .where(eq(caseOutcomes.caseId, study.id));
    expect(outcome?.diagnosis).toBe('Catecholaminergic polymorphic ventricular tachycardia');
    const seen = [
      await reader.request({ method: 'GET', url: `/api/cases/${study.id}` }),
      await reader.request({ method: 'GET', url: '/api/cases?limit=50' }),
      await reader.request({ method: 'GET', url: `/api/cases/${study.id}/revisions` }),
      await t.app.inject({ method: 'GET', url: `/api/cases/${study.id}` }),
    ]
      .map((response) => response.body)
      .join('\n');
    expect(seen).not.toMatch(/polymorphic|bidirectional/i);
    const detail = (
      await reader.request({ method: 'GET', url: `/api/cases/${study.id}` })
    ).json<CaseDetail>();
    expect(detail.abilities).toMatchObject({ canCommitDifferential: true, canSuggest: false });
  });
});

describe('anonymous patient cases', () => {
  it('publish as "Anonymous patient": no handle or name of the author in any answer', async () => {
    const author = await aMember(t.app, { displayName: 'Zoraida Quintanilla' });
    const draft = await author.request({
      method: 'POST',
      url: '/api/cases/drafts',
      payload: { kind: 'patient', questionnaire: aCompleteQuestionnaire() },
    });
    const id = draft.json<CaseDetail>().id;
    const published = await author.request({
      method: 'POST',
      url: `/api/cases/${id}/publish`,
      payload: { anonymous: true },
    });
    expect(published.statusCode, published.body).toBe(200);
    const answers = [
      await reader.request({ method: 'GET', url: `/api/cases/${id}` }),
      await reader.request({ method: 'GET', url: '/api/cases?limit=50' }),
      await t.app.inject({ method: 'GET', url: `/api/cases/${id}` }),
    ];
    const detail = answers[0]?.json<CaseDetail>();
    expect(detail?.author).toEqual({
      handle: null,
      displayName: 'Anonymous patient',
      anonymous: true,
    });
    for (const response of answers) {
      expect(response.body).not.toContain(author.profile.handle);
      expect(response.body).not.toContain(author.profile.id);
      expect(response.body).not.toContain('Zoraida');
      expect(response.body).not.toContain(author.email);
    }
  });
});
