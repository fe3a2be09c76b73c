// POST /api/cases/import/phenopacket: a packet becomes its importer's draft, in one transaction,
// with its diagnosis dropped or kept hidden — never shown in the case, before or after publishing.
import type { CaseDetail, CaseFeed, CaseRevisions, MyCases, Problem } from '@consilium/api';
import { PatientQuestionnaireDraftSchema } from '@consilium/api';
import { and, count, eq } from 'drizzle-orm';
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, caseOutcomes, cases } from '../platform/database/schema.js';
import {
  completeAndPublish,
  diagnosisTermsOf,
  importPacket,
  leakedIn,
} from '../testing/phenopackets.js';
import type { Member, TestApp } from '../testing/test-app.js';
import { aMember, createTestApp } from '../testing/test-app.js';
import { PHENOPACKET_MAX_BYTES } from './phenopackets.routes.js';

let t: TestApp;
let importer: Member;
let other: Member;

beforeAll(async () => {
  t = await createTestApp();
  importer = await aMember(t.app);
  other = await aMember(t.app);
});
afterAll(async () => {
  await t.close();
});

/** A small v2 packet written for these tests, in the shape phenopacket-store publishes. */
function aPhenopacket(overrides: object = {}) {
  return {
    id: 'consilium-test-proband-1',
    subject: {
      id: 'proband 1',
      sex: 'MALE',
      timeAtLastEncounter: { age: { iso8601duration: 'P13Y' } },
    },
    phenotypicFeatures: [
      { type: { id: 'HP:0001629', label: 'Ventricular septal defect' } },
      {
        type: { id: 'HP:0002984', label: 'Hypoplasia of the radius' },
        onset: { age: { iso8601duration: 'P1Y' } },
        severity: { id: 'HP:0012826', label: 'Moderate' },
      },
      { type: { id: 'HP:0001631', label: 'Atrial septal defect' }, excluded: true },
    ],
    interpretations: [
      {
        id: 'interpretation-1',
        progressStatus: 'SOLVED',
        diagnosis: { disease: { id: 'OMIM:142900', label: 'Holt-Oram syndrome' } },
      },
    ],
    diseases: [{ term: { id: 'OMIM:142900', label: 'Holt-Oram syndrome' } }],
    metaData: { phenopacketSchemaVersion: '2.0.2', resources: [] },
    ...overrides,
  };
}

async function imported(packet: object, keepOutcome?: boolean): Promise<CaseDetail> {
  const response = await importPacket(importer, packet, keepOutcome);
  expect(response.statusCode, response.body).toBe(201);
  return response.json<CaseDetail>();
}

async function outcomeOf(caseId: string) {
  const [row] = await t.database.db
    .select()
    .from(caseOutcomes)
    .where(eq(caseOutcomes.caseId, caseId));
  return row;
}

async function caseCount(): Promise<number> {
  const [row] = await t.database.db.select({ n: count() }).from(cases);
  return row?.n ?? 0;
}

function expectRefused(response: LightMyRequestResponse, field: string) {
  expect(response.statusCode, response.body).toBe(400);
  expect(response.headers['content-type']).toContain('application/problem+json');
  expect(response.json<Problem>().errors?.map((error) => error.field)).toContain(field);
}

describe('importing a phenopacket', () => {
  it("becomes the importer's draft patient case, with what the wizard still needs", async () => {
    const draft = await imported(aPhenopacket());
    expect(draft).toMatchObject({
      kind: 'patient',
      status: 'draft',
      isOwn: true,
      label: 'unsolved',
      caseStudy: null,
      title: 'Imported phenopacket: Ventricular septal defect, Hypoplasia of the radius',
      missingSteps: ['about', 'question'],
    });
    expect(PatientQuestionnaireDraftSchema.safeParse(draft.questionnaire).error).toBeUndefined();
    expect(draft.questionnaire).toMatchObject({
      about: { sex: 'male', ageBand: '13-17' },
      symptoms: {
        symptoms: [
          { description: 'Ventricular septal defect', hpo: { id: 'HP:0001629' } },
          {
            description: 'Hypoplasia of the radius',
            onsetAgo: { value: 12, unit: 'years' },
            severity: 5,
          },
        ],
        ruledOutFindings: [{ description: 'Atrial septal defect', hpo: { id: 'HP:0001631' } }],
      },
    });
    expect(draft.presentation).toMatch(/^A 13-year-old male with 2 observed findings/);
    // Nobody else can see a draft.
    expect((await other.request({ method: 'GET', url: `/api/cases/${draft.id}` })).statusCode).toBe(
      404,
    );
  });

  it('drops the diagnosis unless asked to keep it, and records the import', async () => {
    const draft = await imported(aPhenopacket());
    expect(await outcomeOf(draft.id)).toBeUndefined();
    const [audit] = await t.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'case.imported'), eq(auditLog.subjectId, draft.id)));
    expect(audit).toMatchObject({
      actorId: importer.profile.id,
      subjectType: 'case',
      details: { packetId: 'consilium-test-proband-1', keepOutcome: false },
    });
  });

  it('keeps the diagnosis as the hidden outcome of a case study when asked', async () => {
    const draft = await imported(aPhenopacket(), true);
    expect(draft).toMatchObject({ label: 'case-study', caseStudy: { committed: false } });
    expect(await outcomeOf(draft.id)).toMatchObject({
      diagnosis: 'Holt-Oram syndrome',
      system: 'OMIM',
      code: '142900',
      source: 'import',
    });
  });

  it('shows the diagnosis in no answer about the case, to its author or anyone, before or after publishing', async () => {
    const packet = aPhenopacket();
    const secrets = diagnosisTermsOf(packet);
    expect(secrets).toEqual(['OMIM:142900', 'Holt-Oram syndrome']);
    const response = await importPacket(importer, packet, true);
    const draft = response.json<CaseDetail>();
    const published = await completeAndPublish(importer, draft);
    expect(published.status).toBe('open');
    const bodies = [
      response.body,
      JSON.stringify(published),
      (await importer.request({ method: 'GET', url: `/api/cases/${draft.id}` })).body,
      (await other.request({ method: 'GET', url: `/api/cases/${draft.id}` })).body,
      (await t.app.inject({ method: 'GET', url: `/api/cases/${draft.id}` })).body,
      (await other.request({ method: 'GET', url: `/api/cases/${draft.id}/revisions` })).body,
      (await importer.request({ method: 'GET', url: '/api/me/cases' })).body,
      (await other.request({ method: 'GET', url: '/api/cases?limit=50' })).body,
    ];
    expect(bodies.flatMap((body) => leakedIn(body, secrets))).toEqual([]);
    // The answers above are of this case, not empty ones.
    expect(JSON.parse(bodies[3] ?? '{}')).toMatchObject({ id: draft.id, status: 'open' });
    expect(JSON.parse(bodies[5] ?? '{}')).toMatchObject({
      items: [expect.anything()],
    } satisfies Partial<CaseRevisions>);
    expect((JSON.parse(bodies[6] ?? '{}') as MyCases).items.map((item) => item.id)).toContain(
      draft.id,
    );
    expect((JSON.parse(bodies[7] ?? '{}') as CaseFeed).items.map((item) => item.id)).toContain(
      draft.id,
    );
    expect(await outcomeOf(draft.id)).toMatchObject({ diagnosis: 'Holt-Oram syndrome' });
  });

  it('refuses to keep an outcome the packet does not have, and creates nothing', async () => {
    const before = await caseCount();
    const response = await importPacket(
      importer,
      aPhenopacket({ diseases: [], interpretations: [] }),
      true,
    );
    expectRefused(response, 'body.packet.diseases');
    expect(response.json<Problem>().detail).toContain('keepOutcome false');
    expect(await caseCount()).toBe(before);
  });

  it('refuses a malformed packet, naming the field', async () => {
    // An undefined id is left out of the JSON body.
    expectRefused(await importPacket(importer, aPhenopacket({ id: undefined })), 'body.packet.id');
    expectRefused(
      await importPacket(importer, aPhenopacket({ phenotypicFeatures: [{ excluded: true }] })),
      'body.packet.phenotypicFeatures.0.type',
    );
    expectRefused(
      await importPacket(importer, aPhenopacket({ phenotypicFeatures: 'fever' })),
      'body.packet.phenotypicFeatures',
    );
    expectRefused(await importPacket(importer, 'not a packet'), 'body.packet');
  });

  it('refuses unknown fields beside the packet', async () => {
    const response = await importer.request({
      method: 'POST',
      url: '/api/cases/import/phenopacket',
      payload: { packet: aPhenopacket(), keepOutcome: false, publish: true },
    });
    expect(response.statusCode).toBe(400);
    expect(response.json<Problem>().detail).toContain('publish');
  });

  it('asks a visitor to sign in', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/cases/import/phenopacket',
      payload: { packet: aPhenopacket() },
    });
    expect(response.statusCode).toBe(401);
    expect(response.headers['content-type']).toContain('application/problem+json');
  });

  it('takes packets up to 1 MB, above the usual body limit, and refuses larger ones with 413', async () => {
    // Parts of a packet the import does not read (here measurements) still count towards its size.
    const padded = (bytes: number) =>
      aPhenopacket({ measurements: [{ description: 'x'.repeat(bytes) }] });
    const large = await importPacket(importer, padded(900 * 1024));
    expect(large.statusCode, large.body).toBe(201);
    const tooLarge = await importPacket(importer, padded(PHENOPACKET_MAX_BYTES));
    expect(tooLarge.statusCode).toBe(413);
    expect(tooLarge.headers['content-type']).toContain('application/problem+json');
    expect(tooLarge.json<Problem>().detail).toContain('1 MB');
    // Other routes keep their own limit.
    const elsewhere = await importer.request({
      method: 'POST',
      url: '/api/cases/drafts',
      payload: { kind: 'patient', questionnaire: { version: 1 }, padding: 'x'.repeat(900 * 1024) },
    });
    expect(elsewhere.statusCode).toBe(413);
  });
});
