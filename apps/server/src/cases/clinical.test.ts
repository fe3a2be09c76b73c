// Clinical cases by verified professionals: audience, anonymity and the specific question. The
// anonymity test walks a scripted session of other people and searches every answer for the
// author's identifiers.
import type { CaseDetail, CaseFeed, Problem } from '@consilium/api';
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { credentials } from '../platform/database/schema.js';
import type { LogStream } from '../platform/logging.js';
import { approvedCredential } from '../testing/actors.js';
import type { Member, TestApp } from '../testing/test-app.js';
import { aMember, createTestApp } from '../testing/test-app.js';
import { withTwoFactor } from '../testing/two-factor.js';

let t: TestApp;
const logLines: string[] = [];
const logStream: LogStream = {
  write(line: string) {
    logLines.push(line);
  },
};
let author: Member;
let colleague: Member;
let patient: Member;

let professionals = 0;

async function aProfessional(twoFactor = true): Promise<Member> {
  professionals += 1;
  const member = await aMember(t.app, { displayName: `Dr Professional ${professionals}` });
  await t.database.db
    .insert(credentials)
    .values(approvedCredential(member.profile.id, 'professional', new Date()));
  return twoFactor ? withTwoFactor(member) : member;
}

const clinicalCase = {
  title: 'Flushing, diarrhoea and wheeze',
  presentation:
    'A 54-year-old with a year of episodic flushing, watery diarrhoea and wheeze; colonoscopy normal, tryptase normal.',
  question: 'Which test would you order next?',
  specialties: ['endocrinology', 'gastroenterology'],
  audience: 'everyone',
  anonymous: true,
};

beforeAll(async () => {
  t = await createTestApp({ logStream, env: { LOG_LEVEL: 'info' } });
  author = await aProfessional();
  colleague = await aProfessional();
  patient = await aMember(t.app);
});
afterAll(async () => {
  await t.close();
});

async function post(member: Member, overrides: object = {}): Promise<CaseDetail> {
  const response = await member.request({
    method: 'POST',
    url: '/api/cases/clinical',
    payload: { ...clinicalCase, ...overrides },
  });
  expect(response.statusCode, response.body).toBe(201);
  return response.json<CaseDetail>();
}

describe('posting a clinical case', () => {
  it('is for verified professionals with two-factor sign-in', async () => {
    const refusedPatient = await patient.request({
      method: 'POST',
      url: '/api/cases/clinical',
      payload: clinicalCase,
    });
    expect(refusedPatient.statusCode).toBe(403);
    expect(refusedPatient.json<Problem>().detail).toContain('verified professionals');
    const withoutSecondFactor = await aProfessional(false);
    const refused = await withoutSecondFactor.request({
      method: 'POST',
      url: '/api/cases/clinical',
      payload: clinicalCase,
    });
    expect(refused.statusCode).toBe(403);
    expect(refused.json<Problem>().detail).toContain('two-factor');
  });

  it('names the field of an unknown specialty or a missing question, and stores nothing', async () => {
    for (const [overrides, field] of [
      [{ specialties: ['astrology'] }, 'body.specialties.0'],
      [{ question: '' }, 'body.question'],
      [{ audience: 'friends' }, 'body.audience'],
    ] as const) {
      const response = await author.request({
        method: 'POST',
        url: '/api/cases/clinical',
        payload: { ...clinicalCase, ...overrides },
      });
      expect(response.statusCode).toBe(400);
      expect(response.json<Problem>().errors?.map((error) => error.field)).toContain(field);
    }
  });
});

describe('a professionals-only case', () => {
  it('does not exist for patients and visitors, in the feed or by its address', async () => {
    const posted = await post(colleague, { audience: 'professionals', anonymous: false });
    for (const response of [
      await patient.request({ method: 'GET', url: `/api/cases/${posted.id}` }),
      await t.app.inject({ method: 'GET', url: `/api/cases/${posted.id}` }),
      await patient.request({ method: 'GET', url: `/api/cases/${posted.id}/suggestions` }),
      await patient.request({ method: 'GET', url: `/api/cases/${posted.id}/revisions` }),
    ])
      expect(response.statusCode).toBe(404);
    const patientFeed = (
      await patient.request({ method: 'GET', url: '/api/cases?limit=50' })
    ).json<CaseFeed>();
    expect(patientFeed.items.map((item) => item.id)).not.toContain(posted.id);
    const professionalFeed = (
      await author.request({ method: 'GET', url: '/api/cases?limit=50' })
    ).json<CaseFeed>();
    expect(professionalFeed.items.map((item) => item.id)).toContain(posted.id);
    const read = await author.request({ method: 'GET', url: `/api/cases/${posted.id}` });
    expect(read.json<CaseDetail>()).toMatchObject({
      audience: 'professionals',
      question: clinicalCase.question,
      specialties: [
        { code: 'endocrinology', name: 'Endocrinology, diabetes and metabolism' },
        { code: 'gastroenterology', name: 'Gastroenterology' },
      ],
    });
  });
});

describe('an anonymous case', () => {
  it('never shows its author’s identity to anyone else, anywhere', async () => {
    const posted = await post(author);
    expect(posted.author).toEqual({
      handle: null,
      displayName: 'Verified physician · Cardiology',
      anonymous: true,
    });
    expect(posted.isOwn).toBe(true);
    // The author may not suggest on their own case (a suggestion would carry their name).
    const own = await author.request({
      method: 'POST',
      url: `/api/cases/${posted.id}/suggestions`,
      payload: { diagnosis: 'Carcinoid syndrome' },
    });
    expect(own.statusCode).toBe(403);

    // Others read, suggest and vote: a scripted session of everything they can reach.
    const suggested = await colleague.request({
      method: 'POST',
      url: `/api/cases/${posted.id}/suggestions`,
      payload: { diagnosis: 'Carcinoid syndrome', rationale: 'Flushing, diarrhoea, wheeze.' },
    });
    expect(suggested.statusCode).toBe(201);
    const suggestionId = suggested.json<{ id: string }>().id;
    const candidateId = suggested.json<{ candidateId: string }>().candidateId;
    const answers: LightMyRequestResponse[] = [];
    // The author puts up a possible diagnosis for the crowd to vote on.
    const seeded = await author.request({
      method: 'POST',
      url: `/api/cases/${posted.id}/candidates`,
      payload: { label: 'Phaeochromocytoma' },
    });
    expect(seeded.statusCode, seeded.body).toBe(201);

    // The author also shares an anonymous solved case and an anonymous image post, answers a
    // question in the discussion and pages cardiology: each reaches others under the pseudonym.
    const study = await post(author, {
      title: 'Anonymous solved case: flushing after wine',
      solution: { diagnosis: 'Carcinoid syndrome', teachingPoint: 'Measure urinary 5-HIAA.' },
    });
    const image = await author.request({
      method: 'POST',
      url: '/api/cases/image',
      payload: {
        caption: 'Facial flushing during an episode. Photographs follow with media upload.',
        specialties: ['endocrinology'],
        audience: 'everyone',
        anonymous: true,
      },
    });
    expect(image.statusCode, image.body).toBe(201);
    const imageId = image.json<CaseDetail>().id;
    const question = await patient.request({
      method: 'POST',
      url: `/api/cases/${posted.id}/comments`,
      payload: { kind: 'question', body: 'Does the flushing follow meals or alcohol?' },
    });
    expect(question.statusCode, question.body).toBe(201);
    const answered = await author.request({
      method: 'POST',
      url: `/api/cases/${posted.id}/comments`,
      payload: {
        parentId: question.json<{ id: string }>().id,
        body: `Mostly after wine, @${colleague.profile.handle} may know more.`,
      },
    });
    expect(answered.statusCode, answered.body).toBe(201);
    const paged = await author.request({
      method: 'POST',
      url: `/api/cases/${posted.id}/pages`,
      payload: { specialty: 'cardiology', message: 'Urgent: is this carcinoid heart disease?' },
    });
    expect(paged.statusCode, paged.body).toBe(201);

    for (const reader of [patient, colleague]) {
      for (const what of ['follow', 'bookmark'])
        answers.push(
          await reader.request({ method: 'PUT', url: `/api/cases/${posted.id}/${what}` }),
        );
      for (const url of [
        '/api/cases?limit=50',
        '/api/cases?feed=trending&limit=50',
        '/api/cases?feed=unanswered&limit=50',
        '/api/cases?feed=specialties&limit=50',
        '/api/cases?feed=following&limit=50',
        '/api/cases?feed=bookmarks&limit=50',
        '/api/cases?feed=latest&label=case-study&limit=50',
        '/api/search/cases?q=flushing',
        '/api/search/cases?q=flushing&sort=newest',
        `/api/cases/${posted.id}`,
        `/api/cases/${posted.id}/suggestions`,
        `/api/cases/${posted.id}/suggestions/${suggestionId}/history`,
        `/api/cases/${posted.id}/collective-differential`,
        `/api/cases/${posted.id}/revisions`,
        `/api/cases/${posted.id}/comments`,
        `/api/cases/${study.id}`,
        `/api/cases/${imageId}`,
        `/api/members/${colleague.profile.handle}`,
        '/api/me/notifications',
        '/api/session',
        '/api/me/export',
      ])
        answers.push(await reader.request({ method: 'GET', url }));
      answers.push(
        await reader.request({
          method: 'POST',
          url: `/api/cases/${study.id}/differential`,
          payload: { diagnoses: [{ label: 'Mastocytosis' }, { label: 'Carcinoid syndrome' }] },
        }),
        await reader.request({ method: 'GET', url: `/api/cases/${study.id}/solution` }),
      );
    }
    // The paged cardiologist and the questioner were told, under the pseudonym.
    const told = answers
      .filter(
        (answer) =>
          answer.body.includes('"kind":"page"') || answer.body.includes('"kind":"answer"'),
      )
      .map((answer) => answer.body)
      .join('\n');
    expect(told).toContain('Verified physician · Cardiology');
    answers.push(
      await patient.request({
        method: 'PUT',
        url: `/api/cases/${posted.id}/candidates/${candidateId}/vote`,
        payload: { value: 1 },
      }),
      await patient.request({
        method: 'PUT',
        url: `/api/cases/${posted.id}/candidates/${seeded.json<{ id: string }>().id}/vote`,
        payload: { value: 1 },
      }),
    );
    // The author closes, rates, closes for good and later records the outcome: the report, its
    // FHIR export and the outcome reach others without the author's identity.
    for (const action of ['close', 'finish']) {
      if (action === 'finish')
        expect(
          (
            await author.request({
              method: 'PUT',
              url: `/api/cases/${posted.id}/suggestions/${suggestionId}/rating`,
              payload: { helpful: true },
            })
          ).statusCode,
        ).toBe(200);
      const changed = await author.request({
        method: 'POST',
        url: `/api/cases/${posted.id}/status`,
        payload: { action },
      });
      expect(changed.statusCode, changed.body).toBe(200);
    }
    const recorded = await author.request({
      method: 'PUT',
      url: `/api/cases/${posted.id}/outcome`,
      payload: {
        diagnosis: 'Carcinoid syndrome',
        method: 'laboratory',
        confirmedOn: new Date().toISOString().slice(0, 10),
      },
    });
    expect(recorded.statusCode, recorded.body).toBe(200);
    for (const reader of [patient, colleague])
      for (const url of [
        `/api/cases/${posted.id}/report`,
        `/api/cases/${posted.id}/report/fhir`,
        `/api/cases/${posted.id}/suggestions`,
        `/api/members/${colleague.profile.handle}/reputation`,
      ])
        answers.push(await reader.request({ method: 'GET', url }));
    for (const url of [
      `/api/cases/${posted.id}/report`,
      `/api/cases/${posted.id}/report/fhir`,
      '/api/cases?limit=50',
      `/api/cases/${posted.id}`,
      `/api/cases/${posted.id}/comments`,
      '/api/search/cases?q=flushing',
      `/api/cases/${imageId}`,
    ])
      answers.push(await t.app.inject({ method: 'GET', url }));

    const secrets = [
      author.profile.id,
      author.profile.handle,
      author.profile.displayName,
      author.email,
    ];
    for (const answer of answers) {
      expect(answer.statusCode, answer.body).toBeLessThan(400);
      const text = JSON.stringify(answer.headers) + answer.body;
      for (const secret of secrets) expect(text).not.toContain(secret);
    }
    // The feed and the case show the pseudonym.
    const feed = (
      await patient.request({ method: 'GET', url: '/api/cases?limit=50' })
    ).json<CaseFeed>();
    expect(feed.items.find((item) => item.id === posted.id)?.author.displayName).toBe(
      'Verified physician · Cardiology',
    );
    // No log line about the cases names their author.
    const aboutCase = logLines.filter((line) =>
      [posted.id, study.id, imageId].some((id) => line.includes(id)),
    );
    expect(aboutCase.length).toBeGreaterThan(0);
    for (const line of aboutCase) for (const secret of secrets) expect(line).not.toContain(secret);
  });
});
