// `npm run vocab:import -- --format <format> FILE [--synonyms FILE] [--xrefs FILE]…`: loads a
// coded vocabulary into the configured database. Re-running it with the same files changes nothing.
import { parseArgs } from 'node:util';
import { ConfigError, loadConfig } from '../platform/config.js';
import { openDatabase } from '../platform/database/open.js';
import { VOCABULARY_FORMATS } from './formats.js';
import { importVocabulary } from './import.js';
import { requireFile, VocabularyFileError } from './tsv.js';
import type { VocabularyFiles, VocabularyFormat } from './vocabulary-format.js';
import { countConcepts } from './vocabulary.queries.js';

const USAGE = [
  'Usage: npm run vocab:import -- --format <format> FILE [--synonyms FILE] [--xrefs FILE]…',
  'Formats:',
  ...Object.values(VOCABULARY_FORMATS).map((format) => `  ${format.name}: ${format.description}`),
  'Examples:',
  '  npm run vocab:import -- --format hpo hp-labels.babelon.tsv --synonyms layperson-synonyms.tsv',
  '  npm run vocab:import -- --format doid DO_rare_slim.obo --xrefs ICD10inDO.tsv --xrefs OMIMinDO.tsv',
  '  npm run vocab:import -- --format icd10cm icd10cm_order_2026.txt',
].join('\n');

class UsageError extends Error {}

interface Arguments {
  format: VocabularyFormat;
  files: VocabularyFiles;
}

function readArguments(): Arguments {
  let parsed;
  try {
    parsed = parseArgs({
      allowPositionals: true,
      options: {
        format: { type: 'string' },
        synonyms: { type: 'string' },
        xrefs: { type: 'string', multiple: true },
      },
    });
  } catch (error) {
    // Node's own message names the unknown or incomplete option.
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
  const { values, positionals } = parsed;
  if (values.format === undefined)
    throw new UsageError('Say which format the file is in: --format.');
  const format = VOCABULARY_FORMATS[values.format];
  if (format === undefined)
    throw new UsageError(
      `Unknown format "${values.format}": choose one of ${Object.keys(VOCABULARY_FORMATS).join(', ')}.`,
    );
  const [main, ...extra] = positionals;
  if (main === undefined) throw new UsageError('Give the file to import.');
  if (extra.length > 0) throw new UsageError(`Give one file to import, not ${positionals.length}.`);
  if (values.synonyms !== undefined && !format.acceptsSynonyms)
    throw new UsageError(`The ${format.name} format takes no --synonyms file.`);
  if (values.xrefs !== undefined && !format.acceptsXrefs)
    throw new UsageError(`The ${format.name} format takes no --xrefs files.`);
  return { format, files: { main, synonyms: values.synonyms, xrefs: values.xrefs } };
}

async function run(): Promise<number> {
  const { format, files } = readArguments();
  // Missing files are reported before the database is opened and migrated.
  await requireFile(files.main, `${format.name} input`);
  if (files.synonyms !== undefined) await requireFile(files.synonyms, 'synonyms');
  for (const xrefs of files.xrefs ?? []) await requireFile(xrefs, 'cross-references');
  const config = loadConfig(process.env);
  const database = await openDatabase(config);
  try {
    await database.migrate();
    const reader = format.read(files);
    const started = Date.now();
    const written = await importVocabulary(database.db, reader, {
      onProgress: (count) => {
        console.log(`  ${count.toLocaleString('en')} records written…`);
      },
    });
    console.log(`${reader.summary()}.`);
    const held: string[] = [];
    for (const system of reader.systems())
      held.push(`${(await countConcepts(database.db, system)).toLocaleString('en')} ${system}`);
    const holds = held.length === 0 ? 'no term was read' : `it now holds ${held.join(', ')} terms`;
    console.log(
      `Imported ${written.toLocaleString('en')} records (one per term in each file) into the ${database.kind} database in ${((Date.now() - started) / 1000).toFixed(1)} s; ${holds}.`,
    );
    console.log(format.licence);
    return 0;
  } finally {
    await database.close();
  }
}

try {
  process.exitCode = await run();
} catch (error) {
  if (error instanceof UsageError) {
    process.stderr.write(`${error.message}\n\n${USAGE}\n`);
    process.exitCode = 2;
  } else if (error instanceof VocabularyFileError || error instanceof ConfigError) {
    process.stderr.write(`${error.message}\n`);
    process.exitCode = 1;
  } else throw error;
}
