// `npm run vocab:import -- --format hpo LABELS.tsv [--synonyms LAYPERSON.tsv]`: loads a coded
// vocabulary into the configured database. Re-running it with the same files changes nothing.
import { parseArgs } from 'node:util';
import { ConfigError, loadConfig } from '../platform/config.js';
import { openDatabase } from '../platform/database/open.js';
import { VOCABULARY_FORMATS } from './formats.js';
import { importConcepts } from './import.js';
import { requireFile, VocabularyFileError } from './tsv.js';
import type { VocabularyFormat } from './vocabulary-format.js';
import { countConcepts } from './vocabulary.queries.js';

const USAGE = [
  'Usage: npm run vocab:import -- --format <format> FILE [--synonyms FILE]',
  'Formats:',
  ...Object.values(VOCABULARY_FORMATS).map((format) => `  ${format.name}: ${format.description}`),
  'Example: npm run vocab:import -- --format hpo hp-labels.babelon.tsv --synonyms layperson-synonyms.tsv',
].join('\n');

class UsageError extends Error {}

function readArguments(): { format: VocabularyFormat; main: string; synonyms: string | undefined } {
  let parsed;
  try {
    parsed = parseArgs({
      allowPositionals: true,
      options: { format: { type: 'string' }, synonyms: { type: 'string' } },
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
  return { format, main, synonyms: values.synonyms };
}

async function run(): Promise<number> {
  const { format, main, synonyms } = readArguments();
  // Missing files are reported before the database is opened and migrated.
  await requireFile(main, `${format.name} input`);
  if (synonyms !== undefined) await requireFile(synonyms, 'synonyms');
  const config = loadConfig(process.env);
  const database = await openDatabase(config);
  try {
    await database.migrate();
    const reader = format.read({ main, synonyms });
    const started = Date.now();
    // One transaction: a failed import (a bad line halfway) leaves the vocabulary as it was.
    const written = await database.db.transaction((tx) =>
      importConcepts(tx, reader.records, {
        onProgress: (count) => {
          console.log(`  ${count.toLocaleString('en')} ${format.system} terms written…`);
        },
      }),
    );
    const total = await countConcepts(database.db, format.system);
    console.log(`${reader.summary()}.`);
    console.log(
      `Imported ${written.toLocaleString('en')} ${format.system} terms into the ${database.kind} database in ${((Date.now() - started) / 1000).toFixed(1)} s; it now holds ${total.toLocaleString('en')}.`,
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
