// Loads concept records into the concepts table in batches: the same path for an operator's
// import of a whole vocabulary and for the demo seed's handful of terms.
import type { Queryable } from '../platform/database/index.js';
import type { VocabularyReader } from './vocabulary-format.js';
import type { ConceptRecord, ConceptSource } from './vocabulary.queries.js';
import { refreshConceptSearch, upsertConcepts } from './vocabulary.queries.js';

/** Rows per INSERT … ON CONFLICT: 1,000 terms are 5,000 parameters, well under the limit. */
export const IMPORT_BATCH_SIZE = 1000;

const AUTHORITY: Readonly<Record<ConceptSource, number>> = { xrefs: 0, label: 1, everything: 2 };

/**
 * Two records of one term met in the same batch (a term listed on several rows of a
 * cross-reference report, say): cross-references add up; label and synonyms come from the later
 * record when its source provides them, as they would if the two were written one after the other.
 */
function merge(earlier: ConceptRecord, later: ConceptRecord): ConceptRecord {
  const earlierSource = earlier.provides ?? 'everything';
  const laterSource = later.provides ?? 'everything';
  return {
    system: later.system,
    code: later.code,
    display: laterSource === 'xrefs' ? earlier.display : later.display,
    synonyms: laterSource === 'everything' ? later.synonyms : earlier.synonyms,
    xrefs: [...earlier.xrefs, ...later.xrefs],
    provides: AUTHORITY[laterSource] > AUTHORITY[earlierSource] ? laterSource : earlierSource,
  };
}

/** Upserts every record, a batch at a time; returns how many were written. */
export async function importConcepts(
  db: Queryable,
  records: AsyncIterable<ConceptRecord> | Iterable<ConceptRecord>,
  options: { batchSize?: number; onProgress?: (written: number) => void } = {},
): Promise<number> {
  const batchSize = options.batchSize ?? IMPORT_BATCH_SIZE;
  // Keyed by system and code: one INSERT cannot touch the same row twice.
  let batch = new Map<string, ConceptRecord>();
  let written = 0;
  const flush = async () => {
    if (batch.size === 0) return;
    await upsertConcepts(db, [...batch.values()]);
    written += batch.size;
    batch = new Map();
    options.onProgress?.(written);
  };
  for await (const record of records) {
    const key = `${record.system}\t${record.code}`;
    const earlier = batch.get(key);
    batch.set(key, earlier === undefined ? record : merge(earlier, record));
    if (batch.size >= batchSize) await flush();
  }
  await flush();
  if (written > 0) await refreshConceptSearch(db);
  return written;
}

/**
 * Writes everything a format's reader gives in one transaction: a wrong file, or a bad line
 * halfway through the last file, leaves the vocabulary as it was.
 */
export async function importVocabulary(
  db: Queryable,
  reader: VocabularyReader,
  options: { onProgress?: (written: number) => void } = {},
): Promise<number> {
  return db.transaction((tx) => importConcepts(tx, reader.records, options));
}
