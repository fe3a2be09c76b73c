// Importing Disease Ontology from small files shaped like its releases: OBO terms with the
// synonyms a lookup should match, the labels report, and the cross-code reports merged into the
// terms' cross-references, idempotently, in one transaction that a bad file leaves untouched.
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Database } from '../platform/database/index.js';
import { selectRows } from '../platform/database/index.js';
import { openTestDatabase } from '../testing/test-database.js';
import { DOID_SYSTEM, doidFormat } from './doid-format.js';
import { fixture } from './fixtures/fixtures.js';
import { VOCABULARY_FORMATS } from './formats.js';
import { importVocabulary } from './import.js';
import { VocabularyFileError } from './tsv.js';
import { countConcepts } from './vocabulary.queries.js';

const OBO = fixture('doid-sample.obo');
const LABELS = fixture('HumanDO-sample.tsv');
const XREFS = ['ICD10inDO-sample.tsv', 'OMIMinDO-sample.tsv', 'OrphanetinDO-sample.tsv'].map(
  fixture,
);

let database: Database;
let folder: string;

async function importDoid(main: string, xrefs?: string[]) {
  const reader = doidFormat.read({ main, xrefs });
  const written = await importVocabulary(database.db, reader);
  return { written, summary: reader.summary() };
}

interface StoredConcept {
  system: string;
  code: string;
  display: string;
  synonyms: string[];
  xrefs: string[];
  search_text: string;
}

async function everyConcept(): Promise<StoredConcept[]> {
  return selectRows<StoredConcept>(
    database.db,
    sql`select system, code, display, synonyms, xrefs, search_text from concepts order by system, code`,
  );
}

async function doid(code: string): Promise<StoredConcept | undefined> {
  return (await everyConcept()).find((row) => row.system === DOID_SYSTEM && row.code === code);
}

async function aFile(name: string, lines: string[]): Promise<string> {
  const file = path.join(folder, name);
  await writeFile(file, `${lines.join('\n')}\n`);
  return file;
}

beforeAll(async () => {
  database = await openTestDatabase();
  folder = await mkdtemp(path.join(tmpdir(), 'consilium-doid-'));
});
afterAll(async () => {
  await database.close();
});
beforeEach(async () => {
  await database.db.execute(sql`delete from concepts`);
});

describe('the Disease Ontology importer, from OBO', () => {
  it('stores live DOID terms as DOID + number, skipping obsolete terms and other ontologies', async () => {
    const { written, summary } = await importDoid(OBO);
    expect(written).toBe(6);
    expect((await everyConcept()).map((row) => `${row.system}:${row.code}`)).toEqual([
      'DOID:0050052',
      'DOID:13375',
      'DOID:14499',
      'DOID:1498',
      'DOID:893',
      'DOID:9074',
    ]);
    expect(summary).toContain('1 obsolete terms skipped');
    expect(summary).toContain(
      '1 SYMP terms skipped (only DOID terms are imported with --format doid)',
    );
    expect(summary).toContain('2 NARROW or BROAD synonyms left out of the lookup');
  });

  it('keeps EXACT and RELATED synonyms, each once, unescaped, and leaves NARROW and BROAD out', async () => {
    await importDoid(OBO);
    const lupus = await doid('9074');
    expect(lupus?.synonyms).toEqual([
      'disseminated lupus erythematosus',
      'SLE',
      'Libman-Sacks "disease"',
    ]);
    expect(lupus?.search_text).toBe(
      'systemic lupus erythematosus | disseminated lupus erythematosus | sle | libman-sacks "disease"',
    );
  });

  it('normalises cross-references, adds merged-away ids, and drops web links', async () => {
    await importDoid(OBO);
    expect((await doid('9074'))?.xrefs).toEqual([
      'ICD10CM:M32.9',
      'OMIM:152700',
      'OMIM:609939',
      'ORPHA:536',
    ]);
    expect((await doid('0050052'))?.xrefs).toEqual([
      'DOID:0050056',
      'DOID:1708',
      'GARD:7585',
      'ICD10CM:A77.0',
      'SNOMEDCT:186772009',
    ]);
  });
});

describe('the cross-code reports', () => {
  it('merge into the terms their rows name, comma-separated lists included', async () => {
    const { summary } = await importDoid(OBO, XREFS);
    expect((await doid('9074'))?.xrefs).toEqual([
      'ICD10CM:M32.9',
      'OMIM:152700',
      'OMIM:609939',
      'OMIM:612254',
      'ORPHA:536',
    ]);
    expect((await doid('893'))?.xrefs).toEqual(['ICD10CM:E83.01', 'OMIM:277900', 'ORPHA:905']);
    expect(summary).toContain('13 cross-references read');
  });

  it('add the terms the ontology file lacks, with the report’s label', async () => {
    await importDoid(OBO, XREFS);
    expect(await doid('437')).toMatchObject({
      display: 'myasthenia gravis',
      synonyms: [],
      xrefs: ['ICD10CM:G70.0', 'ICD10CM:G70.00'],
    });
    expect((await doid('0050120'))?.xrefs).toEqual(['OMIMPS:267700']);
    expect(await countConcepts(database.db, DOID_SYSTEM)).toBe(9);
  });

  it('change nothing when the same files are imported again', async () => {
    await importDoid(OBO, XREFS);
    const before = await everyConcept();
    await importDoid(OBO, XREFS);
    expect(await everyConcept()).toEqual(before);
  });

  it('keep their cross-references when the ontology is imported again on its own', async () => {
    await importDoid(OBO, XREFS);
    const before = await everyConcept();
    await importDoid(OBO);
    expect(await everyConcept()).toEqual(before);
  });

  it('leave a label and synonyms from the ontology as they are', async () => {
    await importDoid(OBO);
    const otherLabels = await aFile('other-labels.tsv', [
      'id\tlabel\tsubClassOf',
      '"DOID:10608"\t"celiac disease"\t"malabsorption syndrome"',
    ]);
    const renamed = await aFile('renamed-icd.tsv', [
      'id\tlabel\txrefs',
      '"DOID:9074"\t"SLE (old label)"\t"ICD10CM:M32.10"',
    ]);
    await importDoid(otherLabels, [renamed]);
    const lupus = await doid('9074');
    expect(lupus?.display).toBe('systemic lupus erythematosus');
    expect(lupus?.synonyms).toContain('SLE');
    expect(lupus?.xrefs).toContain('ICD10CM:M32.10');
  });
});

describe('the labels report (HumanDO.tsv)', () => {
  it('adds labels and keeps the synonyms an OBO file gave', async () => {
    await importDoid(OBO);
    const { summary } = await importDoid(LABELS);
    expect(summary).toBe('4 label rows read');
    expect(await doid('10608')).toMatchObject({ display: 'celiac disease', synonyms: [] });
    const wilson = await doid('893');
    expect(wilson?.synonyms).toEqual(['hepatolenticular degeneration', "Wilson's disease"]);
    expect(wilson?.search_text).toBe(
      "wilson disease | hepatolenticular degeneration | wilson's disease",
    );
  });

  it('takes a new label from a later release, and keeps the synonyms', async () => {
    await importDoid(OBO);
    const renamed = await aFile('HumanDO-renamed.tsv', [
      'id\tlabel\tsubClassOf',
      '"DOID:893"\t"Wilson\'s disease"\t"copper metabolism disease"',
    ]);
    await importDoid(renamed);
    expect(await doid('893')).toMatchObject({
      display: "Wilson's disease",
      synonyms: ['hepatolenticular degeneration', "Wilson's disease"],
      search_text: "wilson's disease | hepatolenticular degeneration | wilson's disease",
    });
  });
});

describe('files the Disease Ontology importer refuses', () => {
  it('writes nothing when a cross-code report after the ontology is the wrong file', async () => {
    const newTerm = await aFile('new-term.obo', [
      'format-version: 1.2',
      '',
      '[Term]',
      'id: DOID:0000001',
      'name: a disease that must not be written',
    ]);
    const wrong = await aFile('wrong-columns.tsv', ['id\tname', '"DOID:9074"\t"lupus"']);
    await expect(importDoid(newTerm, [wrong])).rejects.toThrow(
      new VocabularyFileError(
        `${wrong} is not the expected Disease Ontology cross-references (e.g. ICD10inDO.tsv) file: its first line lacks the columns label, xrefs (found: id, name).`,
      ),
    );
    expect(await everyConcept()).toEqual([]);
  });

  it('says where a cross-code report goes when it is given as the ontology', async () => {
    const report = XREFS[0] ?? '';
    await expect(importDoid(report)).rejects.toThrow(
      `${report} is a Disease Ontology cross-reference report: give it with --xrefs after the ontology file (doid.obo or HumanDO.tsv).`,
    );
  });

  it('refuses a file that is neither OBO nor the labels report', async () => {
    const json = await aFile('doid.json', ['{ "graphs": [] }']);
    await expect(importDoid(json)).rejects.toThrow(
      `${json} is not an OBO file (Disease Ontology): it should start with "format-version:" or a [Term] stanza, not "{ "graphs": [] }".`,
    );
    const headerOnly = await aFile('header.obo', ['format-version: 1.2', 'ontology: doid']);
    await expect(importDoid(headerOnly)).rejects.toThrow('has an OBO header but no [Term] stanzas');
  });

  it('names a missing file', async () => {
    const missing = path.join(folder, 'nowhere.obo');
    await expect(importDoid(missing)).rejects.toThrow(
      `The Disease Ontology file ${missing} does not exist: check the path.`,
    );
    await expect(importDoid(OBO, [path.join(folder, 'OMIMinDO.tsv')])).rejects.toThrow(
      'does not exist: check the path.',
    );
    expect(await everyConcept()).toEqual([]);
  });

  it('is one of the formats the command offers, and takes --xrefs', () => {
    expect(VOCABULARY_FORMATS.doid).toBe(doidFormat);
    expect(doidFormat.acceptsXrefs).toBe(true);
  });
});
