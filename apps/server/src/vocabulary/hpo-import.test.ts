// Importing HPO from its published files: labels with lay synonyms, in batches, idempotent,
// with errors that say what is wrong with a file. The full files run when ../shared is present.
import { readFileSync } from 'node:fs';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { TermList } from '@consilium/api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../platform/database/index.js';
import { sharedDataFolder } from '../testing/shared-data.js';
import type { TestApp } from '../testing/test-app.js';
import { createTestApp } from '../testing/test-app.js';
import { openTestDatabase } from '../testing/test-database.js';
import { VOCABULARY_FORMATS } from './formats.js';
import { HPO_SYSTEM, hpoFormat } from './hpo-format.js';
import { importConcepts } from './import.js';
import { VocabularyFileError } from './tsv.js';
import { countConcepts } from './vocabulary.queries.js';

const LABELS_HEADER =
  'source_language\tsource_value\tsubject_id\tpredicate_id\ttranslation_language\ttranslation_value\ttranslation_status';
const label = (id: string, text: string) =>
  `en\t${text}\t${id}\trdfs:label\texample\t\tNOT_TRANSLATED`;
const lay = (id: string, termLabel: string, synonym: string) =>
  `<http://purl.obolibrary.org/obo/HP_${id}>\t"${termLabel}"\t"${synonym}"`;

let folder: string;
let database: Database;

async function aFile(name: string, lines: string[]): Promise<string> {
  const file = path.join(folder, name);
  await writeFile(file, `${lines.join('\n')}\n`);
  return file;
}

async function importHpo(main: string, synonyms?: string) {
  const reader = hpoFormat.read({ main, synonyms });
  const written = await importConcepts(database.db, reader.records);
  return { written, summary: reader.summary() };
}

async function termRow(code: string) {
  const rows = await database.db.query.concepts.findMany({
    where: (concepts, { and, eq }) => and(eq(concepts.system, HPO_SYSTEM), eq(concepts.code, code)),
  });
  return rows[0];
}

beforeAll(async () => {
  folder = await mkdtemp(path.join(tmpdir(), 'consilium-vocab-'));
  database = await openTestDatabase();
});
afterAll(async () => {
  await database.close();
});

describe('the HPO importer', () => {
  it('reads terms with their lay synonyms, skipping relations and repeats', async () => {
    const labels = await aFile('labels.tsv', [
      LABELS_HEADER,
      label('BFO:0000050', 'part of'),
      label('HP:0002315', 'Headache'),
      label('HP:0012378', 'Fatigue'),
    ]);
    const synonyms = await aFile('lay.tsv', [
      '?term\t?term_label\t?layperson',
      lay('0002315', 'Headache', 'Headache'),
      lay('0002315', 'Headache', 'Head pain'),
      lay('0002315', 'Headache', 'head pain'),
      `<http://purl.obolibrary.org/obo/HP_0012378>\t"Fatigue"@en\t"Tiredness"@en`,
      lay('9999999', 'Not in the labels', 'Nowhere'),
    ]);
    const { written, summary } = await importHpo(labels, synonyms);
    expect(written).toBe(2);
    expect(summary).toContain('1 lay synonyms of terms not in the labels file skipped');
    expect(await termRow('HP:0002315')).toMatchObject({
      display: 'Headache',
      synonyms: ['Head pain'],
      searchText: 'headache | head pain',
    });
    expect((await termRow('HP:0012378'))?.synonyms).toEqual(['Tiredness']);
    expect(await termRow('BFO:0000050')).toBeUndefined();
  });

  it("changes nothing when run again, and takes a new release's labels", async () => {
    const labels = await aFile('again.tsv', [LABELS_HEADER, label('HP:0001945', 'Fever')]);
    await importHpo(labels);
    const before = await countConcepts(database.db, HPO_SYSTEM);
    await importHpo(labels);
    expect(await countConcepts(database.db, HPO_SYSTEM)).toBe(before);
    await importHpo(await aFile('renamed.tsv', [LABELS_HEADER, label('HP:0001945', 'Pyrexia')]));
    expect(await countConcepts(database.db, HPO_SYSTEM)).toBe(before);
    expect((await termRow('HP:0001945'))?.display).toBe('Pyrexia');
  });

  it('writes in batches, reporting progress after each', async () => {
    const records = ['HP:0000001', 'HP:0000002', 'HP:0000003'].map((code) => ({
      system: 'TEST',
      code,
      display: code,
      synonyms: [],
      xrefs: [],
    }));
    const progress: number[] = [];
    const written = await importConcepts(database.db, records, {
      batchSize: 2,
      onProgress: (count) => progress.push(count),
    });
    expect(written).toBe(3);
    expect(progress).toEqual([2, 3]);
  });

  it('says which file is missing', async () => {
    const missing = path.join(folder, 'nowhere.tsv');
    await expect(importHpo(missing)).rejects.toThrow(
      new VocabularyFileError(
        `The HPO labels (babelon) file ${missing} does not exist: check the path.`,
      ),
    );
    const labels = await aFile('ok.tsv', [LABELS_HEADER, label('HP:0001945', 'Fever')]);
    await expect(importHpo(labels, missing)).rejects.toThrow('does not exist');
  });

  it('names the columns a wrong file lacks', async () => {
    const wrong = await aFile('wrong.tsv', ['id\tname', 'HP:0001945\tFever']);
    await expect(importHpo(wrong)).rejects.toThrow(
      `${wrong} is not the expected HPO labels (babelon) file: its first line lacks the columns source_value, subject_id (found: id, name).`,
    );
    const labels = await aFile('fine.tsv', [LABELS_HEADER, label('HP:0001945', 'Fever')]);
    // The labels file given as the synonyms file.
    await expect(importHpo(labels, labels)).rejects.toThrow('lacks the columns ?term, ?layperson');
  });

  it('is one of the formats the command offers', () => {
    expect(VOCABULARY_FORMATS.hpo).toBe(hpoFormat);
  });
});

const hpoFolder = sharedDataFolder('vocab/hpo');

describe.skipIf(hpoFolder === undefined)('importing the published HPO files', () => {
  let t: TestApp;
  const labels = path.join(hpoFolder ?? '', 'hp-labels.babelon.tsv');
  const synonyms = path.join(hpoFolder ?? '', 'layperson-synonyms.tsv');

  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(async () => {
    await t.close();
  });

  async function importAll(): Promise<number> {
    const reader = hpoFormat.read({ main: labels, synonyms });
    await t.database.db.transaction((tx) => importConcepts(tx, reader.records));
    return countConcepts(t.database.db, HPO_SYSTEM);
  }

  async function termsFor(q: string): Promise<TermList> {
    const response = await t.app.inject({
      method: 'GET',
      url: `/api/vocabulary/hpo?q=${encodeURIComponent(q)}`,
    });
    expect(response.statusCode, response.body).toBe(200);
    return response.json<TermList>();
  }

  it('loads every HP term once, and the same count again on a re-run', async () => {
    const expected = new Set(
      readFileSync(labels, 'utf8')
        .split('\n')
        .map((line) => line.split('\t')[2] ?? '')
        .filter((id) => /^HP:\d{7}$/.test(id)),
    ).size;
    expect(expected).toBeGreaterThan(19_000);
    expect(await importAll()).toBe(expected);
    expect(await importAll()).toBe(expected);
  }, 120_000);

  it('finds terms by misspelled labels and by lay words', async () => {
    expect((await termsFor('headahce')).items[0]).toMatchObject({
      id: 'HP:0002315',
      label: 'Headache',
    });
    expect((await termsFor('Tiredness')).items[0]).toMatchObject({
      label: 'Fatigue',
      matched: 'Tiredness',
    });
  });
});
