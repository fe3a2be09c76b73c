// Importing the published Disease Ontology files kept in ../shared/data/vocab/doid (the rare
// disease subset and the ICD-10-CM, OMIM and Orphanet cross-code reports), then looking diseases
// up through the API. Skipped, with a notice, when that folder is not there.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { DiagnosisTermList } from '@consilium/api';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { selectRows } from '../platform/database/index.js';
import { sharedDataFolder } from '../testing/shared-data.js';
import type { TestApp } from '../testing/test-app.js';
import { createTestApp } from '../testing/test-app.js';
import { canonicalDiagnosisId, equivalentConceptIds } from './diagnosis-concepts.js';
import { DOID_SYSTEM, doidFormat } from './doid-format.js';
import { importVocabulary } from './import.js';
import { countConcepts } from './vocabulary.queries.js';

const doFolder = sharedDataFolder('vocab/doid');

describe.skipIf(doFolder === undefined)('importing the published Disease Ontology files', () => {
  let t: TestApp;
  const file = (name: string) => path.join(doFolder ?? '', name);
  const obo = file('DO_rare_slim.obo');
  const reports = ['ICD10inDO.tsv', 'OMIMinDO.tsv', 'OrphanetinDO.tsv'].map(file);

  /** The DOID ids the files hold, read without the importer: live OBO terms and report rows. */
  function idsInFiles(): Set<string> {
    const ids = new Set<string>();
    for (const stanza of readFileSync(obo, 'utf8').split(/\n(?=\[)/)) {
      const id = /^id: (DOID:\d+)$/m.exec(stanza)?.[1];
      if (stanza.startsWith('[Term]') && id && !/^is_obsolete: true$/m.test(stanza)) ids.add(id);
    }
    for (const report of reports)
      for (const line of readFileSync(report, 'utf8').split('\n').slice(1)) {
        const id = /^"(DOID:\d+)"/.exec(line)?.[1];
        if (id) ids.add(id);
      }
    return ids;
  }

  async function importAll(xrefs: string[] = reports): Promise<number> {
    await importVocabulary(t.database.db, doidFormat.read({ main: obo, xrefs }));
    return countConcepts(t.database.db, DOID_SYSTEM);
  }

  async function everyXref() {
    return selectRows<{ code: string; display: string; xrefs: string[] }>(
      t.database.db,
      sql`select code, display, xrefs from concepts order by system, code`,
    );
  }

  async function diagnosesFor(q: string): Promise<DiagnosisTermList> {
    const response = await t.app.inject({
      method: 'GET',
      url: `/api/vocabulary/diagnoses?q=${encodeURIComponent(q)}`,
    });
    expect(response.statusCode, response.body).toBe(200);
    return response.json<DiagnosisTermList>();
  }

  beforeAll(async () => {
    t = await createTestApp();
    await importAll();
  }, 180_000);
  afterAll(async () => {
    await t.close();
  });

  it('holds every live term of the subset and every term the reports name, once', async () => {
    const expected = idsInFiles().size;
    expect(expected).toBeGreaterThan(8_000);
    expect(await countConcepts(t.database.db, DOID_SYSTEM)).toBe(expected);
  });

  it('finds a disease by its synonym, and by a misspelled name', async () => {
    expect((await diagnosesFor('giant cell arteritis')).items[0]).toMatchObject({
      id: 'DOID:13375',
      label: 'temporal arteritis',
      matched: 'giant cell arteritis',
    });
    expect((await diagnosesFor('Fabri disease')).items[0]).toMatchObject({
      id: 'DOID:14499',
      label: 'Fabry disease',
    });
  });

  it('finds a disease only the cross-code reports name, with its codes', async () => {
    expect((await diagnosesFor('rheumatoid arthritis')).items[0]).toMatchObject({
      id: 'DOID:7148',
      xrefs: ['ICD10CM:M06.9', 'OMIM:180300'],
    });
  });

  it('resolves an OMIM id, in either spelling, to its DOID', async () => {
    expect(await canonicalDiagnosisId(t.database.db, 'MIM:301500')).toBe('DOID:14499');
    expect(await canonicalDiagnosisId(t.database.db, 'OMIM:301500')).toBe('DOID:14499');
    expect(await equivalentConceptIds(t.database.db, 'OMIM:301500')).toContain('DOID:14499');
  });

  it('changes nothing when the same files are imported again', async () => {
    const before = await everyXref();
    expect(await importAll()).toBe(before.length);
    expect(await everyXref()).toEqual(before);
  }, 180_000);

  it('keeps the reports’ cross-references when the ontology is imported again alone', async () => {
    const before = await everyXref();
    await importAll([]);
    expect(await everyXref()).toEqual(before);
  }, 180_000);
});
