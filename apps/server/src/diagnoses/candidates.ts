// Which candidate a diagnosis belongs to. A coded diagnosis is filed under its canonical concept
// (the DOID concept when one cross-references the code), so suggestions of the same disease made
// in different systems merge; free text is filed under its normalised words until someone maps it.
import type { Queryable } from '../platform/database/index.js';
import { Invalid } from '../platform/errors.js';
import { splitConceptId } from '../vocabulary/concept-ids.js';
import type { DiagnosisConcept } from '../vocabulary/diagnosis-concepts.js';
import { canonicalDiagnosisId, findDiagnosisConcept } from '../vocabulary/diagnosis-concepts.js';

export interface ResolvedDiagnosis {
  /** Unique within a case: "SYSTEM:code" when coded, "text:<normalised words>" when not. */
  key: string;
  label: string;
  conceptSystem: string | null;
  conceptCode: string | null;
}

/** The key of a free-text diagnosis: trimmed, lower-cased, runs of spaces made one. */
export function textKey(text: string): string {
  return `text:${text.trim().replace(/\s+/g, ' ').toLowerCase()}`;
}

/**
 * The concept a diagnosis code names: stored itself, or known as a cross-code of exactly one
 * stored DOID concept (OMIM:152700 names systemic lupus erythematosus). A malformed or unknown
 * code is a 400 naming `field`.
 */
export async function knownDiagnosis(
  db: Queryable,
  conceptId: string,
  field: string,
): Promise<DiagnosisConcept> {
  try {
    const itself = await findDiagnosisConcept(db, conceptId);
    if (itself !== null) return itself;
    const canonical = await canonicalDiagnosisId(db, conceptId);
    const viaCrossCode = await findDiagnosisConcept(db, canonical);
    if (viaCrossCode !== null) return viaCrossCode;
  } catch (error) {
    if (error instanceof Invalid && error.errors === undefined)
      throw new Invalid(error.message, [{ field, message: error.message }]);
    throw error;
  }
  throw new Invalid(
    `${conceptId} is not a diagnosis we know: pick one from the list, or write it in your own words.`,
    [{ field, message: `Unknown diagnosis code ${conceptId}` }],
  );
}

/**
 * Resolves a diagnosis to its candidate key; an unknown or malformed concept id is a 400 naming
 * the field (`body.conceptId`).
 */
export async function resolveDiagnosis(
  db: Queryable,
  input: { conceptId: string | null; text: string; field: string },
): Promise<ResolvedDiagnosis> {
  if (input.conceptId === null) {
    const label = input.text.trim().replace(/\s+/g, ' ');
    return { key: textKey(label), label, conceptSystem: null, conceptCode: null };
  }
  const concept = await knownDiagnosis(db, input.conceptId, `${input.field}.conceptId`);
  const canonical = await canonicalDiagnosisId(db, concept.id);
  const filed =
    canonical === concept.id ? concept : ((await findDiagnosisConcept(db, canonical)) ?? concept);
  const { system, code } = splitConceptId(filed.id);
  return { key: filed.id, label: filed.label, conceptSystem: system, conceptCode: code };
}
