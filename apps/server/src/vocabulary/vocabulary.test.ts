// HPO term lookup: typo-tolerant, by label or lay synonym, ranked, bounded, and honest about
// whether any vocabulary is loaded. Runs on the demo terms, without ../shared.
import type { Problem, TermList } from '@consilium/api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemoData } from '../seed/seed.js';
import { openTestDatabase } from '../testing/test-database.js';
import type { TestApp } from '../testing/test-app.js';
import { createTestApp } from '../testing/test-app.js';
import { demoHpoTerms, loadDemoHpoTerms } from './demo-hpo.js';
import { HPO_SYSTEM } from './hpo-format.js';
import { countConcepts } from './vocabulary.queries.js';

let t: TestApp;

beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t.close();
});

async function lookUp(query: string) {
  return t.app.inject({ method: 'GET', url: `/api/vocabulary/hpo?${query}` });
}

async function termsFor(q: string, limit = 10): Promise<TermList> {
  const response = await lookUp(`q=${encodeURIComponent(q)}&limit=${limit}`);
  expect(response.statusCode, response.body).toBe(200);
  return response.json<TermList>();
}

describe('HPO term lookup', () => {
  it('says the vocabulary is unavailable while no HPO term is loaded', async () => {
    expect(await termsFor('headache')).toEqual({ items: [], available: false });
  });

  describe('with the demo terms loaded', () => {
    beforeAll(async () => {
      await loadDemoHpoTerms(t.database.db);
    });

    it('finds Headache for a misspelling', async () => {
      const { items, available } = await termsFor('headahce');
      expect(available).toBe(true);
      expect(items[0]).toEqual({ id: 'HP:0002315', label: 'Headache', matched: null });
    });

    it('finds a term by a lay synonym and says which synonym matched', async () => {
      expect((await termsFor('tiredness')).items[0]).toEqual({
        id: 'HP:0012378',
        label: 'Fatigue',
        matched: 'tiredness',
      });
      expect((await termsFor('stomach ache')).items[0]).toMatchObject({
        label: 'Abdominal pain',
        matched: 'stomach ache',
      });
      // A typo in a lay term is forgiven too.
      expect((await termsFor('pins and needels')).items[0]).toMatchObject({
        label: 'Paresthesia',
        matched: 'pins and needles',
      });
    });

    it('puts an exact label first, then labels that start with the letters', async () => {
      const fever = await termsFor('Fever');
      expect(fever.items.map((item) => item.label).slice(0, 2)).toEqual([
        'Fever',
        'Recurrent fever',
      ]);
      expect((await termsFor('head')).items[0]?.label).toBe('Headache');
    });

    it('returns at most the limit asked for', async () => {
      expect((await termsFor('pain', 3)).items).toHaveLength(3);
      expect((await termsFor('pain', 20)).items.length).toBeGreaterThan(3);
    });

    it('reads % and _ in the query literally, not as wildcards', async () => {
      expect((await termsFor('%_%')).items).toEqual([]);
    });

    it('answers nothing found, not an error, for letters that match no term', async () => {
      expect(await termsFor('xylophone')).toEqual({ items: [], available: true });
    });
  });

  it('refuses a bad query, naming the parameter', async () => {
    for (const [query, field] of [
      ['q=a', 'query.q'],
      ['', 'query.q'],
      [`q=${'x'.repeat(101)}`, 'query.q'],
      ['q=fever&limit=21', 'query.limit'],
      ['q=fever&limit=two', 'query.limit'],
    ] as const) {
      const response = await lookUp(query);
      expect(response.statusCode, query).toBe(400);
      expect(response.headers['content-type']).toContain('application/problem+json');
      expect(response.json<Problem>().errors?.map((error) => error.field)).toContain(field);
    }
    const unknown = await lookUp('q=fever&system=icd10');
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json<Problem>().detail).toContain('system');
  });
});

describe('the demo HPO terms', () => {
  it('are real-looking HPO ids, each once, every one with a lay synonym', () => {
    expect(demoHpoTerms.length).toBeGreaterThanOrEqual(80);
    expect(new Set(demoHpoTerms.map((term) => term.code)).size).toBe(demoHpoTerms.length);
    for (const term of demoHpoTerms) {
      expect(term.code).toMatch(/^HP:\d{7}$/);
      expect(term.synonyms.length, term.display).toBeGreaterThan(0);
    }
  });

  it('are loaded by the demo seed, and leave a full import as it is', async () => {
    const database = await openTestDatabase();
    try {
      await seedDemoData(database, new Date());
      expect(await countConcepts(database.db, HPO_SYSTEM)).toBe(demoHpoTerms.length);
      expect(await loadDemoHpoTerms(database.db)).toBe(0);
    } finally {
      await database.close();
    }
  });
});
