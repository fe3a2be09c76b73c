// Concepts table access for diagnosis vocabularies (every system but HPO): one concept by its
// code, and the concepts whose cross-references name a given id.
import { and, eq, inArray, ne, sql } from 'drizzle-orm';
import type { Queryable } from '../platform/database/index.js';
import { concepts } from '../platform/database/schema.js';
import { HPO_SYSTEM } from './hpo-format.js';

export interface ConceptRow {
  system: string;
  code: string;
  display: string;
  xrefs: string[];
}

const columns = {
  system: concepts.system,
  code: concepts.code,
  display: concepts.display,
  xrefs: concepts.xrefs,
};

/** Symptoms (HPO) are not diagnoses: every other system is. */
const isDiagnosis = ne(concepts.system, HPO_SYSTEM);

export async function findDiagnosisRow(
  db: Queryable,
  system: string,
  code: string,
): Promise<ConceptRow | undefined> {
  const [row] = await db
    .select(columns)
    .from(concepts)
    .where(and(isDiagnosis, eq(concepts.system, system), eq(concepts.code, code)));
  return row;
}

/** The concepts of some codes of one system that are stored. */
export async function findDiagnosisRows(
  db: Queryable,
  system: string,
  codes: readonly string[],
): Promise<ConceptRow[]> {
  if (codes.length === 0) return [];
  return db
    .select(columns)
    .from(concepts)
    .where(and(isDiagnosis, eq(concepts.system, system), inArray(concepts.code, [...codes])));
}

/**
 * The diagnosis concepts whose cross-references include an id (normalised), of one system when
 * given. Without a GIN index on xrefs this reads the whole table (see docs/vocabularies.md).
 */
export async function findRowsReferencing(
  db: Queryable,
  id: string,
  system?: string,
): Promise<ConceptRow[]> {
  return db
    .select(columns)
    .from(concepts)
    .where(
      and(
        isDiagnosis,
        system === undefined ? undefined : eq(concepts.system, system),
        sql`${concepts.xrefs} @> array[${id}]::text[]`,
      ),
    )
    .orderBy(concepts.system, concepts.code);
}

/** Whether any diagnosis concept is loaded (the demo set, or an import). */
export async function hasDiagnosisConcepts(db: Queryable): Promise<boolean> {
  const [row] = await db.select({ code: concepts.code }).from(concepts).where(isDiagnosis).limit(1);
  return row !== undefined;
}
