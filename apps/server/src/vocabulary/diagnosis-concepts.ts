// Coded diagnoses for other features: finding a concept by its id in any spelling, telling which
// ids denote the same disease (an outcome coded OMIM:… against a candidate coded DOID:…), and
// the one id under which suggestions of the same disease from different systems are merged.
import type { Queryable } from '../platform/database/index.js';
import { Invalid } from '../platform/errors.js';
import { conceptIdOf, normaliseConceptId, splitConceptId } from './concept-ids.js';
import type { ConceptRow } from './diagnosis.queries.js';
import { findDiagnosisRow, findDiagnosisRows, findRowsReferencing } from './diagnosis.queries.js';
import { DOID_SYSTEM } from './doid-format.js';

export { normaliseConceptId } from './concept-ids.js';

export interface DiagnosisConcept {
  /** Normalised "SYSTEM:code", e.g. DOID:9074. */
  id: string;
  system: string;
  code: string;
  label: string;
  /** The same disease in other systems, normalised ids. */
  xrefs: string[];
}

/** The normalised id, or a 400 saying how to write one. */
function requireConceptId(raw: string): string {
  const id = normaliseConceptId(raw);
  if (id === null)
    throw new Invalid(
      `"${raw}" is not a diagnosis code: write it as SYSTEM:code, e.g. DOID:9074 or OMIM:152700.`,
    );
  return id;
}

function toConcept(row: ConceptRow): DiagnosisConcept {
  return {
    id: conceptIdOf(row.system, row.code),
    system: row.system,
    code: row.code,
    label: row.display,
    xrefs: row.xrefs,
  };
}

/**
 * The diagnosis concept stored under an id, in any spelling (`MIM:152700`, `ORDO:536`,
 * `icd10cm:m329`); null when that system and code are not loaded. Only the concept itself:
 * to reach a DOID concept from a code it cross-references, call canonicalDiagnosisId first.
 * Throws Invalid when the text is not an id at all.
 */
export async function findDiagnosisConcept(
  db: Queryable,
  id: string,
): Promise<DiagnosisConcept | null> {
  const { system, code } = splitConceptId(requireConceptId(id));
  const row = await findDiagnosisRow(db, system, code);
  return row === undefined ? null : toConcept(row);
}

/**
 * The normalised ids that denote the same disease as `id`: itself, its cross-references, and
 * the concepts whose cross-references name it (one hop each way). Two ids denote the same disease
 * when their sets meet: OMIM:152700 and ORPHA:536 both reach DOID:9074.
 */
export async function equivalentConceptIds(db: Queryable, id: string): Promise<Set<string>> {
  const normalised = requireConceptId(id);
  const { system, code } = splitConceptId(normalised);
  // One after the other: inside a transaction both would share one connection anyway.
  const itself = await findDiagnosisRow(db, system, code);
  const referencing = await findRowsReferencing(db, normalised);
  const ids = new Set([normalised, ...(itself?.xrefs ?? [])]);
  for (const row of referencing) ids.add(conceptIdOf(row.system, row.code));
  return ids;
}

/**
 * The id under which a suggestion is filed: the DOID id when exactly one stored DOID concept is
 * the same disease — one that cross-references the code (ICD10CM, OMIM, ORPHA, a merged-away
 * DOID id…), or that the code's own concept cross-references — else the id itself, normalised.
 * A code that several DOID concepts share (an ICD-10-CM category, say) stays as it is.
 */
export async function canonicalDiagnosisId(db: Queryable, id: string): Promise<string> {
  const normalised = requireConceptId(id);
  const { system, code } = splitConceptId(normalised);
  const itself = await findDiagnosisRow(db, system, code);
  if (system === DOID_SYSTEM && itself !== undefined) return normalised;
  const forward = (itself?.xrefs ?? [])
    .map(splitConceptId)
    .filter((xref) => xref.system === DOID_SYSTEM)
    .map((xref) => xref.code);
  const referencing = await findRowsReferencing(db, normalised, DOID_SYSTEM);
  const referenced = await findDiagnosisRows(db, DOID_SYSTEM, forward);
  const doids = new Set(
    [...referencing, ...referenced].map((row) => conceptIdOf(row.system, row.code)),
  );
  const [only] = doids;
  return doids.size === 1 && only !== undefined ? only : normalised;
}
