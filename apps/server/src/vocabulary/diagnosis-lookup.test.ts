// Diagnosis lookup: typo-tolerant, by name or synonym, across every vocabulary but HPO, each
// disease once, and honest about whether any is loaded. Runs on the demo diagnoses.
import type { DiagnosisTermList, Problem } from '@consilium/api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestApp } from '../testing/test-app.js';
import { createTestApp } from '../testing/test-app.js';
import { loadDemoDiagnoses } from './demo-diagnoses.js';
import { loadDemoHpoTerms } from './demo-hpo.js';
import { fixture } from './fixtures/fixtures.js';
import { icd10cmFormat } from './icd10cm-format.js';
import { importVocabulary } from './import.js';

let t: TestApp;

beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t.close();
});

async function lookUp(query: string) {
  return t.app.inject({ method: 'GET', url: `/api/vocabulary/diagnoses?${query}` });
}

async function diagnosesFor(q: string, limit = 10): Promise<DiagnosisTermList> {
  const response = await lookUp(`q=${encodeURIComponent(q)}&limit=${limit}`);
  expect(response.statusCode, response.body).toBe(200);
  return response.json<DiagnosisTermList>();
}

describe('diagnosis lookup', () => {
  it('says no diagnosis vocabulary is available while only symptoms are loaded', async () => {
    await loadDemoHpoTerms(t.database.db);
    expect(await diagnosesFor('fever')).toEqual({ items: [], available: false });
  });

  describe('with the demo diagnoses loaded', () => {
    beforeAll(async () => {
      await loadDemoDiagnoses(t.database.db);
    });

    it('finds a disease by a lay synonym, with its code and cross-references', async () => {
      const { items, available } = await diagnosesFor('lupus');
      expect(available).toBe(true);
      expect(items[0]).toEqual({
        id: 'DOID:9074',
        system: 'DOID',
        code: '9074',
        label: 'systemic lupus erythematosus',
        matched: 'lupus',
        xrefs: ['ICD10CM:M32.9', 'OMIM:152700', 'ORPHA:536'],
      });
      expect((await diagnosesFor('glandular fever')).items[0]).toMatchObject({
        label: 'infectious mononucleosis',
        matched: 'glandular fever',
      });
    });

    it('forgives typos in names and in synonyms', async () => {
      expect((await diagnosesFor('myasthenia gravs')).items[0]).toMatchObject({
        id: 'DOID:437',
        matched: null,
      });
      expect((await diagnosesFor('celiak disease')).items[0]?.label).toBe('celiac disease');
      expect((await diagnosesFor('Hashimotos thyroiditis')).items[0]).toMatchObject({
        label: 'autoimmune thyroiditis',
        matched: "Hashimoto's thyroiditis",
      });
    });

    it('puts an exact name first, then names that start with the letters', async () => {
      expect((await diagnosesFor('gout')).items[0]?.label).toBe('gout');
      const multiple = (await diagnosesFor('multiple')).items.map((item) => item.label);
      expect(multiple.slice(0, 2).sort()).toEqual(['multiple myeloma', 'multiple sclerosis']);
      expect((await diagnosesFor('POTS')).items[0]).toMatchObject({
        label: 'postural orthostatic tachycardia syndrome',
        matched: 'POTS',
      });
    });

    it('never offers a symptom', async () => {
      const { items } = await diagnosesFor('fever', 20);
      expect(items.length).toBeGreaterThan(2);
      expect(items.every((item) => item.system !== 'HPO')).toBe(true);
      expect(items.map((item) => item.label)).not.toContain('Fever');
    });

    it('returns at most the limit asked for', async () => {
      expect((await diagnosesFor('disease', 3)).items).toHaveLength(3);
      expect((await diagnosesFor('disease', 20)).items.length).toBeGreaterThan(3);
    });

    it('answers nothing found, not an error, for letters that match no diagnosis', async () => {
      expect(await diagnosesFor('xylophone')).toEqual({ items: [], available: true });
    });

    it('lets browsers keep an answer for five minutes', async () => {
      const response = await lookUp('q=lupus');
      expect(response.headers['cache-control']).toBe('public, max-age=300');
    });

    it('shows a disease once: not again under a code its DOID concept cross-references', async () => {
      await importVocabulary(
        t.database.db,
        icd10cmFormat.read({ main: fixture('icd10cm_order_2024.txt') }),
      );
      const ids = (await diagnosesFor('systemic lupus erythematosus', 20)).items.map(
        (item) => item.id,
      );
      expect(ids[0]).toBe('DOID:9074');
      // M32.9 is SLE's own cross-reference; the other M32 codes are other concepts.
      expect(ids).not.toContain('ICD10CM:M32.9');
      expect(ids).toContain('ICD10CM:M32.10');
    });
  });

  it('refuses a bad query, naming the parameter', async () => {
    for (const [query, field] of [
      ['q=a', 'query.q'],
      ['', 'query.q'],
      [`q=${'x'.repeat(101)}`, 'query.q'],
      ['q=lupus&limit=0', 'query.limit'],
      ['q=lupus&limit=21', 'query.limit'],
    ] as const) {
      const response = await lookUp(query);
      expect(response.statusCode, query).toBe(400);
      expect(response.headers['content-type']).toContain('application/problem+json');
      expect(response.json<Problem>().errors?.map((error) => error.field)).toContain(field);
    }
    const unknown = await lookUp('q=lupus&system=icd10');
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json<Problem>().detail).toContain('system');
  });
});
