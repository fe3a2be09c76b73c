// Coded diagnoses as other features use them: a concept found by its id in any spelling, the ids
// that denote the same disease, and the one id suggestions of that disease are merged under.
// Runs on small Disease Ontology, MONDO and ICD-10-CM files (./fixtures).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database, Queryable } from '../platform/database/index.js';
import { Invalid } from '../platform/errors.js';
import { openTestDatabase } from '../testing/test-database.js';
import { loadDemoHpoTerms } from './demo-hpo.js';
import {
  canonicalDiagnosisId,
  equivalentConceptIds,
  findDiagnosisConcept,
  normaliseConceptId,
} from './diagnosis-concepts.js';
import { doidFormat } from './doid-format.js';
import { fixture } from './fixtures/fixtures.js';
import { icd10cmFormat } from './icd10cm-format.js';
import { importConcepts, importVocabulary } from './import.js';
import { oboFormat } from './obo-format.js';

let database: Database;

beforeAll(async () => {
  database = await openTestDatabase();
  const xrefs = ['ICD10inDO-sample.tsv', 'OMIMinDO-sample.tsv', 'OrphanetinDO-sample.tsv'];
  await importVocabulary(
    database.db,
    doidFormat.read({ main: fixture('doid-sample.obo'), xrefs: xrefs.map(fixture) }),
  );
  await importVocabulary(database.db, oboFormat.read({ main: fixture('mondo-sample.obo') }));
  await importVocabulary(
    database.db,
    icd10cmFormat.read({ main: fixture('icd10cm_order_2024.txt') }),
  );
  await loadDemoHpoTerms(database.db);
});
afterAll(async () => {
  await database.close();
});

/** Runs `work` in a transaction that is then rolled back, so the shared data stays as it was. */
async function thenRollBack(work: (tx: Queryable) => Promise<void>): Promise<void> {
  const rollBack = new Error('roll back');
  await expect(
    database.db.transaction(async (tx) => {
      await work(tx);
      throw rollBack;
    }),
  ).rejects.toBe(rollBack);
}

describe('findDiagnosisConcept', () => {
  it('finds a concept by its id, in any spelling', async () => {
    const lupus = {
      id: 'DOID:9074',
      system: 'DOID',
      code: '9074',
      label: 'systemic lupus erythematosus',
      xrefs: ['ICD10CM:M32.9', 'OMIM:152700', 'OMIM:609939', 'OMIM:612254', 'ORPHA:536'],
    };
    expect(await findDiagnosisConcept(database.db, 'DOID:9074')).toEqual(lupus);
    expect(await findDiagnosisConcept(database.db, ' doid:9074 ')).toEqual(lupus);
    expect(await findDiagnosisConcept(database.db, 'icd10cm:a000')).toMatchObject({
      id: 'ICD10CM:A00.0',
      label: 'Cholera due to Vibrio cholerae 01, biovar cholerae',
    });
  });

  it('answers null for a code that is not loaded, and for symptoms', async () => {
    // OMIM itself is not loaded: its ids are reached through canonicalDiagnosisId.
    expect(await findDiagnosisConcept(database.db, 'MIM:152700')).toBeNull();
    expect(await findDiagnosisConcept(database.db, 'DOID:0000000')).toBeNull();
    expect(await findDiagnosisConcept(database.db, 'HP:0001945')).toBeNull();
  });

  it('refuses text that is not an id, saying how to write one', async () => {
    await expect(findDiagnosisConcept(database.db, 'lupus')).rejects.toThrow(
      new Invalid(
        '"lupus" is not a diagnosis code: write it as SYSTEM:code, e.g. DOID:9074 or OMIM:152700.',
      ),
    );
  });
});

describe('equivalentConceptIds', () => {
  it('gives an OMIM id the DOID and MONDO concepts that cross-reference it', async () => {
    expect(await equivalentConceptIds(database.db, 'MIM:152700')).toEqual(
      new Set(['OMIM:152700', 'DOID:9074', 'MONDO:0007915']),
    );
  });

  it('gives a stored concept its own cross-references and those that name it', async () => {
    expect(await equivalentConceptIds(database.db, 'DOID:893')).toEqual(
      new Set(['DOID:893', 'ICD10CM:E83.01', 'OMIM:277900', 'ORPHA:905', 'MONDO:0008199']),
    );
  });

  it('tells that two codes of different systems denote the same disease', async () => {
    const omim = await equivalentConceptIds(database.db, 'OMIM:277900');
    const orpha = await equivalentConceptIds(database.db, 'Orphanet:905');
    const lupus = await equivalentConceptIds(database.db, 'ORDO:536');
    expect([...omim].some((id) => orpha.has(id))).toBe(true);
    expect([...omim].some((id) => lupus.has(id))).toBe(false);
  });

  it('gives an id nothing knows just itself, normalised', async () => {
    expect(await equivalentConceptIds(database.db, 'MIM:999999')).toEqual(new Set(['OMIM:999999']));
    await expect(equivalentConceptIds(database.db, 'not a code')).rejects.toThrow(Invalid);
  });
});

describe('canonicalDiagnosisId', () => {
  it('files a code under the one DOID concept that cross-references it', async () => {
    expect(await canonicalDiagnosisId(database.db, 'MIM:152700')).toBe('DOID:9074');
    expect(await canonicalDiagnosisId(database.db, 'ORPHA:536')).toBe('DOID:9074');
    expect(await canonicalDiagnosisId(database.db, 'ICD10CM:A00')).toBe('DOID:1498');
    expect(await canonicalDiagnosisId(database.db, 'MIM:PS267700')).toBe('DOID:0050120');
  });

  it('files a merged-away DOID id under the term that absorbed it', async () => {
    expect(await canonicalDiagnosisId(database.db, 'DOID:1708')).toBe('DOID:0050052');
  });

  it('files a concept under the DOID it cross-references itself', async () => {
    expect(await canonicalDiagnosisId(database.db, 'MONDO:0008199')).toBe('DOID:893');
  });

  it('keeps a DOID id, and a code no DOID concept names, as they are (normalised)', async () => {
    expect(await canonicalDiagnosisId(database.db, 'doid:9074')).toBe('DOID:9074');
    expect(await canonicalDiagnosisId(database.db, 'ICD10CM:A000')).toBe('ICD10CM:A00.0');
    expect(await canonicalDiagnosisId(database.db, 'MIM:999999')).toBe('OMIM:999999');
  });

  it('keeps a code that two DOID concepts share as it is', async () => {
    await thenRollBack(async (tx) => {
      await importConcepts(tx, [
        {
          system: 'DOID',
          code: '13375',
          display: 'temporal arteritis',
          synonyms: [],
          xrefs: ['OMIM:152700'],
          provides: 'xrefs',
        },
      ]);
      expect(await canonicalDiagnosisId(tx, 'OMIM:152700')).toBe('OMIM:152700');
    });
    expect(await canonicalDiagnosisId(database.db, 'OMIM:152700')).toBe('DOID:9074');
  });
});

describe('normaliseConceptId', () => {
  it('is offered beside the functions that need it', () => {
    expect(normaliseConceptId('ORDO:536')).toBe('ORPHA:536');
  });
});
