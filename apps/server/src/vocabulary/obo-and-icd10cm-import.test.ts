// Importing any OBO ontology under the systems of its ids (MONDO, ORDO…), and CDC's ICD-10-CM
// code lists stored with dotted codes, so that both meet Disease Ontology's cross-references.
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Database } from '../platform/database/index.js';
import { selectRows } from '../platform/database/index.js';
import { openTestDatabase } from '../testing/test-database.js';
import { fixture } from './fixtures/fixtures.js';
import { VOCABULARY_FORMATS } from './formats.js';
import { ICD10CM_SYSTEM, icd10cmFormat } from './icd10cm-format.js';
import { importVocabulary } from './import.js';
import { oboFormat } from './obo-format.js';
import type { VocabularyFormat } from './vocabulary-format.js';

let database: Database;
let folder: string;

async function importFile(format: VocabularyFormat, main: string) {
  const reader = format.read({ main });
  const written = await importVocabulary(database.db, reader);
  return { written, summary: reader.summary(), systems: reader.systems() };
}

interface StoredConcept {
  id: string;
  display: string;
  synonyms: string[];
  xrefs: string[];
}

async function everyConcept(): Promise<StoredConcept[]> {
  return selectRows<StoredConcept>(
    database.db,
    sql`select system || ':' || code as id, display, synonyms, xrefs from concepts order by system, code`,
  );
}

async function aFile(name: string, lines: string[]): Promise<string> {
  const file = path.join(folder, name);
  await writeFile(file, `${lines.join('\n')}\n`);
  return file;
}

beforeAll(async () => {
  database = await openTestDatabase();
  folder = await mkdtemp(path.join(tmpdir(), 'consilium-obo-'));
});
afterAll(async () => {
  await database.close();
});
beforeEach(async () => {
  await database.db.execute(sql`delete from concepts`);
});

describe('the OBO importer', () => {
  it('stores each term under the system of its id, with normalised cross-references', async () => {
    const { written, summary, systems } = await importFile(oboFormat, fixture('mondo-sample.obo'));
    expect(written).toBe(2);
    expect(systems).toEqual(['MONDO']);
    expect(summary).toBe('2 terms read; 1 HP terms skipped (HPO is imported with --format hpo)');
    expect(await everyConcept()).toEqual([
      {
        id: 'MONDO:0007915',
        display: 'systemic lupus erythematosus',
        synonyms: ['SLE', 'lupus'],
        xrefs: ['DOID:9074', 'ICD10CM:M32', 'OMIM:152700', 'ORPHA:536', 'UMLS:C0024141'],
      },
      {
        id: 'MONDO:0008199',
        display: 'Wilson disease',
        // OBO 1.0's exact_synonym tag is read as an EXACT synonym.
        synonyms: ['hepatolenticular degeneration'],
        xrefs: ['DOID:893', 'OMIM:277900', 'ORPHA:905'],
      },
    ]);
  });

  it('normalises term ids too: an Orphanet export is stored as ORPHA', async () => {
    const ordo = await aFile('ordo.obo', [
      'format-version: 1.2',
      '',
      '[Term]',
      'id: Orphanet:558',
      'name: Marfan syndrome',
      'synonym: "MFS" EXACT []',
      'xref: OMIM:154700',
    ]);
    const { systems } = await importFile(oboFormat, ordo);
    expect(systems).toEqual(['ORPHA']);
    expect(await everyConcept()).toEqual([
      { id: 'ORPHA:558', display: 'Marfan syndrome', synonyms: ['MFS'], xrefs: ['OMIM:154700'] },
    ]);
  });

  it('changes nothing when run again', async () => {
    await importFile(oboFormat, fixture('mondo-sample.obo'));
    const before = await everyConcept();
    await importFile(oboFormat, fixture('mondo-sample.obo'));
    expect(await everyConcept()).toEqual(before);
  });

  it('refuses a file that is not OBO, writing nothing', async () => {
    const tsv = fixture('HumanDO-sample.tsv');
    await expect(importFile(oboFormat, tsv)).rejects.toThrow(
      `${tsv} is not an OBO file (OBO ontology): it should start with "format-version:" or a [Term] stanza, not "id\tlabel\tsubClassOf".`,
    );
    expect(await everyConcept()).toEqual([]);
  });
});

describe('the ICD-10-CM importer', () => {
  it('reads the codes file, storing dotted codes under ICD10CM', async () => {
    const { written, summary } = await importFile(icd10cmFormat, fixture('icd10cm_codes_2024.txt'));
    expect(written).toBe(8);
    expect(summary).toBe('8 ICD-10-CM codes read');
    const rows = await everyConcept();
    expect(rows[0]).toEqual({
      id: 'ICD10CM:A00.0',
      display: 'Cholera due to Vibrio cholerae 01, biovar cholerae',
      synonyms: [],
      xrefs: [],
    });
    expect(rows.map((row) => row.id)).toContain('ICD10CM:M32.10');
  });

  it('reads the order file, categories included, with the long descriptions', async () => {
    await importFile(icd10cmFormat, fixture('icd10cm_order_2024.txt'));
    const rows = await everyConcept();
    expect(rows.map((row) => row.id)).toEqual([
      'ICD10CM:A00',
      'ICD10CM:A00.0',
      'ICD10CM:A00.1',
      'ICD10CM:A00.9',
      'ICD10CM:M32',
      'ICD10CM:M32.1',
      'ICD10CM:M32.10',
      'ICD10CM:M32.9',
    ]);
    expect(rows.find((row) => row.id === 'ICD10CM:M32.10')?.display).toBe(
      'Systemic lupus erythematosus, organ or system involvement unspecified',
    );
  });

  it('changes nothing when the codes and order files are imported again', async () => {
    await importFile(icd10cmFormat, fixture('icd10cm_codes_2024.txt'));
    await importFile(icd10cmFormat, fixture('icd10cm_order_2024.txt'));
    const before = await everyConcept();
    expect(before).toHaveLength(11);
    await importFile(icd10cmFormat, fixture('icd10cm_codes_2024.txt'));
    await importFile(icd10cmFormat, fixture('icd10cm_order_2024.txt'));
    expect(await everyConcept()).toEqual(before);
  });

  it('refuses a line that is not a code and a description, writing nothing', async () => {
    const broken = await aFile('icd10cm_broken.txt', [
      'A000    Cholera due to Vibrio cholerae 01, biovar cholerae',
      'A001    Cholera due to Vibrio cholerae 01, biovar eltor',
      'Cholera, unspecified',
    ]);
    await expect(importFile(icd10cmFormat, broken)).rejects.toThrow(
      `${broken}, line 3: "Cholera, unspecified" is not an ICD-10-CM line: expected icd10cm_codes_YYYY.txt ("A000    Cholera due to …") or icd10cm_order_YYYY.txt from CDC.`,
    );
    expect(await everyConcept()).toEqual([]);
  });

  it('refuses an ontology given as the code list, and an empty file', async () => {
    const obo = fixture('doid-sample.obo');
    await expect(importFile(icd10cmFormat, obo)).rejects.toThrow(
      `${obo}, line 1: "format-version: 1.2" is not an ICD-10-CM line`,
    );
    const empty = await aFile('empty.txt', ['']);
    await expect(importFile(icd10cmFormat, empty)).rejects.toThrow(
      `${empty} is empty: expected an ICD-10-CM code list.`,
    );
    const missing = path.join(folder, 'icd10cm_codes_2099.txt');
    await expect(importFile(icd10cmFormat, missing)).rejects.toThrow(
      `The ICD-10-CM code list file ${missing} does not exist: check the path.`,
    );
    expect(await everyConcept()).toEqual([]);
  });

  it('are both formats the command offers', () => {
    expect(VOCABULARY_FORMATS.obo).toBe(oboFormat);
    expect(VOCABULARY_FORMATS.icd10cm).toBe(icd10cmFormat);
    expect(icd10cmFormat.read({ main: 'x' }).systems()).toEqual([ICD10CM_SYSTEM]);
  });
});
