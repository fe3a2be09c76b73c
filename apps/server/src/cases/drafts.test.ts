// A patient case from draft to published: saved step by step, private until published, checked
// by the same schema as the wizard, then open for its submission window.
import type { CaseDetail, CaseFeed, MyCases, Problem } from '@consilium/api';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cases } from '../platform/database/schema.js';
import { aCompleteQuestionnaire } from '../testing/questionnaire.js';
import type { Member, TestApp } from '../testing/test-app.js';
import { aMember, createTestApp } from '../testing/test-app.js';

let t: TestApp;
let patient: Member;
let other: Member;

beforeAll(async () => {
  t = await createTestApp();
  patient = await aMember(t.app);
  other = await aMember(t.app);
});
afterAll(async () => {
  await t.close();
});

async function aDraft(questionnaire: object = { version: 1 }): Promise<CaseDetail> {
  const response = await patient.request({
    method: 'POST',
    url: '/api/cases/drafts',
    payload: { kind: 'patient', questionnaire },
  });
  expect(response.statusCode, response.body).toBe(201);
  return response.json<CaseDetail>();
}

function save(id: string, questionnaire: object) {
  return patient.request({
    method: 'PUT',
    url: `/api/cases/${id}/draft`,
    payload: { questionnaire },
  });
}

describe('a patient case draft', () => {
  it('is saved step by step, private, and published when complete', async () => {
    const full = aCompleteQuestionnaire();
    const draft = await aDraft({ version: 1, about: full.about });
    expect(draft).toMatchObject({ status: 'draft', kind: 'patient', publishedAt: null });
    expect(draft.missingSteps).toEqual(['complaint', 'symptoms', 'question']);

    // Nobody else can see it, not even that it exists.
    for (const response of [
      await other.request({ method: 'GET', url: `/api/cases/${draft.id}` }),
      await t.app.inject({ method: 'GET', url: `/api/cases/${draft.id}` }),
      await other.request({
        method: 'PUT',
        url: `/api/cases/${draft.id}/draft`,
        payload: { questionnaire: full },
      }),
      await other.request({ method: 'POST', url: `/api/cases/${draft.id}/publish`, payload: {} }),
    ])
      expect(response.statusCode).toBe(404);
    const feed = (
      await t.app.inject({ method: 'GET', url: '/api/cases?limit=50' })
    ).json<CaseFeed>();
    expect(feed.items.map((item) => item.id)).not.toContain(draft.id);

    const saved = await save(draft.id, {
      version: 1,
      about: full.about,
      complaint: full.complaint,
    });
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json<CaseDetail>()).toMatchObject({
      title: full.complaint.title,
      missingSteps: ['symptoms', 'question'],
    });

    const early = await patient.request({
      method: 'POST',
      url: `/api/cases/${draft.id}/publish`,
      payload: {},
    });
    expect(early.statusCode).toBe(400);
    const problem = early.json<Problem>();
    expect(problem.detail).toBe(
      'The case cannot be published yet: complete Symptoms, Your question.',
    );
    expect(problem.errors?.map((error) => error.field)).toEqual(
      expect.arrayContaining(['questionnaire.symptoms', 'questionnaire.question']),
    );

    await save(draft.id, full);
    const published = await patient.request({
      method: 'POST',
      url: `/api/cases/${draft.id}/publish`,
      payload: { submissionWindowDays: 14 },
    });
    expect(published.statusCode, published.body).toBe(200);
    const detail = published.json<CaseDetail>();
    expect(detail.status).toBe('open');
    expect(detail.questionnaire).toEqual(full);
    const window = Date.parse(detail.closesAt ?? '') - Date.parse(detail.publishedAt ?? '');
    expect(window).toBe(14 * 86_400_000);

    const seen = await other.request({ method: 'GET', url: `/api/cases/${draft.id}` });
    expect(seen.json<CaseDetail>().questionnaire).toEqual(full);
    const after = (
      await t.app.inject({ method: 'GET', url: '/api/cases?limit=50' })
    ).json<CaseFeed>();
    expect(after.items.map((item) => item.id)).toContain(draft.id);
    // A published case is no longer a draft.
    expect((await save(draft.id, full)).statusCode).toBe(409);
    const mine = (await patient.request({ method: 'GET', url: '/api/me/cases' })).json<MyCases>();
    expect(mine.items.find((item) => item.id === draft.id)).toMatchObject({ status: 'open' });
  });

  it('refuses impossible values, naming the field, and keeps the draft as it was', async () => {
    const full = aCompleteQuestionnaire();
    const draft = await aDraft({ version: 1, about: full.about });
    const symptom = full.symptoms.symptoms[0];
    const cases_: [object, string][] = [
      [
        { symptoms: { symptoms: [{ ...symptom, severity: 11 }] } },
        'body.questionnaire.symptoms.symptoms.0.severity',
      ],
      [
        { symptoms: { symptoms: [{ ...symptom, onsetAgo: undefined, onsetDate: '2999-01-01' }] } },
        'body.questionnaire.symptoms.symptoms.0.onsetDate',
      ],
      [
        { complaint: { chiefComplaint: 'x'.repeat(5001) } },
        'body.questionnaire.complaint.chiefComplaint',
      ],
      [{ care: { specialtiesSeen: ['astrology'] } }, 'body.questionnaire.care.specialtiesSeen.0'],
      [{ about: { ageBand: '200+' } }, 'body.questionnaire.about.ageBand'],
      [{ role: 'admin' }, 'body.questionnaire'],
    ];
    for (const [step, field] of cases_) {
      const response = await save(draft.id, { version: 1, ...step });
      expect(response.statusCode, field).toBe(400);
      expect(response.json<Problem>().errors?.map((error) => error.field)).toContain(field);
    }
    const [row] = await t.database.db.select().from(cases).where(eq(cases.id, draft.id));
    expect(row?.questionnaire).toEqual({ version: 1, about: full.about });
  });

  it('closes to suggestions when its submission window ends', async () => {
    const draft = await aDraft(aCompleteQuestionnaire());
    await patient.request({ method: 'POST', url: `/api/cases/${draft.id}/publish`, payload: {} });
    await t.database.db
      .update(cases)
      .set({ closesAt: new Date(Date.now() - 1000) })
      .where(eq(cases.id, draft.id));
    const detail = (
      await other.request({ method: 'GET', url: `/api/cases/${draft.id}` })
    ).json<CaseDetail>();
    expect(detail.status).toBe('closing');
    expect(detail.abilities.canSuggest).toBe(false);
    const suggesting = await other.request({
      method: 'POST',
      url: `/api/cases/${draft.id}/suggestions`,
      payload: { diagnosis: 'Adult-onset Still disease' },
    });
    expect(suggesting.statusCode).toBe(403);
  });

  it('can be discarded by its author', async () => {
    const draft = await aDraft();
    const discarded = await patient.request({
      method: 'DELETE',
      url: `/api/cases/${draft.id}/draft`,
    });
    expect(discarded.statusCode).toBe(204);
    expect(
      (await patient.request({ method: 'GET', url: `/api/cases/${draft.id}` })).statusCode,
    ).toBe(404);
  });
});
