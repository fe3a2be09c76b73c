// The demo diagnoses: real Disease Ontology ids with DO's own labels and cross-references (checked
// against DO's reports when ../shared holds them), lay synonyms of ours, loaded by the demo seed
// only where no diagnosis vocabulary is loaded yet.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { seedDemoData } from '../seed/seed.js';
import { sharedDataFolder } from '../testing/shared-data.js';
import { openTestDatabase } from '../testing/test-database.js';
import { normaliseConceptId } from './concept-ids.js';
import { demoDiagnoses, loadDemoDiagnoses } from './demo-diagnoses.js';
import { DOID_SYSTEM } from './doid-format.js';
import { fixture } from './fixtures/fixtures.js';
import { icd10cmFormat } from './icd10cm-format.js';
import { importVocabulary } from './import.js';
import { countConcepts } from './vocabulary.queries.js';

const idOf = (record: { system: string; code: string }) => `${record.system}:${record.code}`;

describe('the demo diagnoses', () => {
  it('are about 80 DOID ids, each once, every one with a lay synonym', () => {
    expect(demoDiagnoses.length).toBeGreaterThanOrEqual(80);
    expect(new Set(demoDiagnoses.map(idOf)).size).toBe(demoDiagnoses.length);
    for (const diagnosis of demoDiagnoses) {
      expect(idOf(diagnosis)).toMatch(/^DOID:\d+$/);
      expect(diagnosis.synonyms.length, diagnosis.display).toBeGreaterThan(0);
      const label = diagnosis.display.toLowerCase();
      expect(diagnosis.synonyms.map((synonym) => synonym.toLowerCase())).not.toContain(label);
    }
  });

  it('write their cross-references in the canonical spelling', () => {
    for (const diagnosis of demoDiagnoses)
      for (const xref of diagnosis.xrefs) {
        expect(normaliseConceptId(xref), xref).toBe(xref);
        expect(xref, diagnosis.display).toMatch(/^(ICD10CM|OMIM|OMIMPS|ORPHA):/);
      }
  });

  it('are loaded only while no diagnosis vocabulary is', async () => {
    const database = await openTestDatabase();
    try {
      expect(await loadDemoDiagnoses(database.db)).toBe(demoDiagnoses.length);
      expect(await loadDemoDiagnoses(database.db)).toBe(0);
    } finally {
      await database.close();
    }
    const imported = await openTestDatabase();
    try {
      await importVocabulary(
        imported.db,
        icd10cmFormat.read({ main: fixture('icd10cm_codes_2024.txt') }),
      );
      expect(await loadDemoDiagnoses(imported.db)).toBe(0);
      expect(await countConcepts(imported.db, DOID_SYSTEM)).toBe(0);
    } finally {
      await imported.close();
    }
  });

  it('are loaded by the demo seed', async () => {
    const database = await openTestDatabase();
    try {
      await seedDemoData(database, new Date());
      expect(await countConcepts(database.db, DOID_SYSTEM)).toBe(demoDiagnoses.length);
    } finally {
      await database.close();
    }
  });
});

const doFolder = sharedDataFolder('vocab/doid');

/**
 * A DO report (quoted columns; a term on several rows when it has several parents) as id → the
 * values of one column, a comma-separated list when `isList`.
 */
function readReport(file: string, column: number, isList: boolean): Map<string, Set<string>> {
  const byId = new Map<string, Set<string>>();
  const lines = readFileSync(path.join(doFolder ?? '', file), 'utf8')
    .split('\n')
    .slice(1);
  for (const line of lines) {
    const fields = line.split('\t').map((field) => field.replace(/^"|"$/g, ''));
    const [id, value] = [fields[0], fields[column]];
    if (id === undefined || value === undefined || id === '') continue;
    const values = isList ? value.split(',').map((item) => item.trim()) : [value];
    byId.set(id, new Set([...(byId.get(id) ?? []), ...values]));
  }
  return byId;
}

/** DO's spellings of OMIM and Orphanet ids, as the demo writes them. */
function canonical(xref: string): string {
  return xref
    .replace(/^MIM:PS/, 'OMIMPS:')
    .replace(/^MIM:/, 'OMIM:')
    .replace(/^ORDO:/, 'ORPHA:');
}

describe.skipIf(doFolder === undefined)('the demo diagnoses against Disease Ontology', () => {
  it("are DO's ids with DO's labels", () => {
    const labels = readReport('HumanDO.tsv', 1, false);
    expect(labels.size).toBeGreaterThan(12_000);
    for (const diagnosis of demoDiagnoses)
      expect(labels.get(idOf(diagnosis)), idOf(diagnosis)).toEqual(new Set([diagnosis.display]));
  });

  it('cross-reference only codes DO lists for the same term', () => {
    const listed = new Map<string, Set<string>>();
    for (const report of ['ICD10inDO.tsv', 'OMIMinDO.tsv', 'OrphanetinDO.tsv'])
      for (const [id, xrefs] of readReport(report, 2, true))
        listed.set(id, new Set([...(listed.get(id) ?? []), ...[...xrefs].map(canonical)]));
    let checked = 0;
    for (const diagnosis of demoDiagnoses)
      for (const xref of diagnosis.xrefs) {
        expect(listed.get(idOf(diagnosis))?.has(xref), `${idOf(diagnosis)} ${xref}`).toBe(true);
        checked += 1;
      }
    expect(checked).toBeGreaterThan(100);
  });
});
