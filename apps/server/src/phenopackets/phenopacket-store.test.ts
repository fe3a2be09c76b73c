// Every packet of the phenopacket-store sample (published case reports, in ../shared) imports as
// a valid draft that holds its findings and none of its diagnosis. Skipped when ../shared is absent.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { CaseDetail, PatientQuestionnaireDraft } from '@consilium/api';
import { PatientQuestionnaireDraftSchema } from '@consilium/api';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { caseOutcomes } from '../platform/database/schema.js';
import {
  completeAndPublish,
  diagnosisTermsOf,
  importPacket,
  leakedIn,
} from '../testing/phenopackets.js';
import { sharedDataFolder } from '../testing/shared-data.js';
import type { Member, TestApp } from '../testing/test-app.js';
import { aMember, createTestApp } from '../testing/test-app.js';

interface StorePacket {
  id: string;
  subject?: { sex?: string; timeAtLastEncounter?: { age?: { iso8601duration?: string } } };
  phenotypicFeatures?: { type: { id: string; label: string }; excluded?: boolean }[];
  diseases?: { term: { id: string; label: string }; excluded?: boolean }[];
}

const sample = sharedDataFolder('cases/phenopacket-store/sample');
const files =
  sample === undefined
    ? []
    : readdirSync(sample)
        .filter((name) => name.endsWith('.json'))
        .sort();

const SEXES: Record<string, string> = {
  MALE: 'male',
  FEMALE: 'female',
  OTHER_SEX: 'intersex',
  UNKNOWN_SEX: 'undisclosed',
};

/** Completed years of an ISO 8601 age such as P13Y9M, P9M or P21D. */
function yearsOf(iso: string): number | undefined {
  const parts = /^P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?$/.exec(iso);
  if (parts === null) return undefined;
  const [years, months, weeks, days] = parts
    .slice(1)
    .map((part: string | undefined) => Number(part ?? 0));
  return Math.floor(
    (years ?? 0) + (months ?? 0) / 12 + ((weeks ?? 0) * 7 + (days ?? 0)) / 365.25 + 1e-9,
  );
}

function bandContains(band: string, years: number): boolean {
  const [low, high] = band.replace('+', '-999').split('-').map(Number);
  return low !== undefined && high !== undefined && years >= low && years <= high;
}

describe.skipIf(sample === undefined)('importing the phenopacket-store sample', () => {
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

  it('has packets to import', () => {
    expect(files.length).toBeGreaterThanOrEqual(100);
  });

  it.each(files.map((file, index) => [file, index % 2 === 0] as const))(
    '%s (keepOutcome %s)',
    async (file, keepOutcome) => {
      const packet = JSON.parse(readFileSync(path.join(sample ?? '', file), 'utf8')) as StorePacket;
      const response = await importPacket(importer, packet, keepOutcome);
      expect(response.statusCode, response.body).toBe(201);
      const draft = response.json<CaseDetail>();
      const questionnaire = PatientQuestionnaireDraftSchema.parse(
        draft.questionnaire,
      ) satisfies PatientQuestionnaireDraft;

      const features = packet.phenotypicFeatures ?? [];
      const idsOf = (items: { hpo?: { id: string } | undefined }[] | undefined) =>
        (items ?? []).map((item) => item.hpo?.id);
      expect(idsOf(questionnaire.symptoms?.symptoms)).toEqual(
        features.filter((feature) => feature.excluded !== true).map((feature) => feature.type.id),
      );
      expect(idsOf(questionnaire.symptoms?.ruledOutFindings)).toEqual(
        features.filter((feature) => feature.excluded === true).map((feature) => feature.type.id),
      );
      expect(questionnaire.about?.sex).toBe(SEXES[packet.subject?.sex ?? '']);
      const age = packet.subject?.timeAtLastEncounter?.age?.iso8601duration;
      const years = age === undefined ? undefined : yearsOf(age);
      if (years === undefined) expect(questionnaire.about?.ageBand).toBeUndefined();
      else expect(bandContains(questionnaire.about?.ageBand ?? '', years), age).toBe(true);

      const published = await completeAndPublish(importer, draft);
      const secrets = diagnosisTermsOf(packet);
      expect(secrets.length).toBeGreaterThan(0);
      const bodies = [
        response.body,
        JSON.stringify(published),
        (await importer.request({ method: 'GET', url: `/api/cases/${draft.id}` })).body,
        (await other.request({ method: 'GET', url: `/api/cases/${draft.id}` })).body,
      ];
      expect(bodies.flatMap((body) => leakedIn(body, secrets))).toEqual([]);

      const [outcome] = await t.database.db
        .select()
        .from(caseOutcomes)
        .where(eq(caseOutcomes.caseId, draft.id));
      if (!keepOutcome) expect(outcome).toBeUndefined();
      else {
        const disease = packet.diseases?.find((item) => item.excluded !== true)?.term;
        expect(outcome).toMatchObject({ diagnosis: disease?.label.trim(), source: 'import' });
        expect(`${outcome?.system ?? ''}:${outcome?.code ?? ''}`).toBe(disease?.id);
      }
    },
  );
});
