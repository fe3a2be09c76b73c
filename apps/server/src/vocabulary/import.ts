// Loads concept records into the concepts table in batches: the same path for an operator's
// import of a whole vocabulary and for the demo seed's handful of terms.
import type { Queryable } from '../platform/database/index.js';
import type { ConceptRecord } from './vocabulary.queries.js';
import { refreshConceptSearch, upsertConcepts } from './vocabulary.queries.js';

/** Rows per INSERT … ON CONFLICT: 1,000 terms are 5,000 parameters, well under the limit. */
export const IMPORT_BATCH_SIZE = 1000;

/** Upserts every record, a batch at a time; returns how many were written. */
export async function importConcepts(
  db: Queryable,
  records: AsyncIterable<ConceptRecord> | Iterable<ConceptRecord>,
  options: { batchSize?: number; onProgress?: (written: number) => void } = {},
): Promise<number> {
  const batchSize = options.batchSize ?? IMPORT_BATCH_SIZE;
  // Keyed by system and code: one INSERT cannot touch the same row twice, so the last wins.
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
    batch.set(`${record.system}\t${record.code}`, record);
    if (batch.size >= batchSize) await flush();
  }
  await flush();
  if (written > 0) await refreshConceptSearch(db);
  return written;
}
