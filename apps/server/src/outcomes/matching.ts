// Whether a diagnosis someone proposed is the one that was confirmed: the same concept in any
// system (through cross-codes), or — for free text on either side — the same words.
import { rankOfConfirmed } from '@consilium/core';
import { textKey } from '../diagnoses/candidates.js';
import type { Queryable } from '../platform/database/index.js';
import { canonicalDiagnosisId, equivalentConceptIds } from '../vocabulary/diagnosis-concepts.js';

export interface DiagnosisRef {
  conceptId: string | null;
  label: string;
}

/** Every key that names this diagnosis: its words, and its concept's ids in every system. */
export async function keysOf(db: Queryable, diagnosis: DiagnosisRef): Promise<Set<string>> {
  const keys = new Set([textKey(diagnosis.label)]);
  if (diagnosis.conceptId !== null) {
    for (const id of await equivalentConceptIds(db, diagnosis.conceptId)) keys.add(id);
    keys.add(await canonicalDiagnosisId(db, diagnosis.conceptId));
  }
  return keys;
}

/**
 * Where the confirmed diagnosis stands in a ranked list (1 = first), or null when it is not in
 * it. Each entry is given by the keys that name it (a candidate's key, or keysOf).
 */
export function rankIn(
  ranked: readonly ReadonlySet<string>[],
  confirmed: ReadonlySet<string>,
): number | null {
  // Each entry is reduced to one key: the one it shares with the confirmed diagnosis, if any.
  const representative = ranked.map((keys) => {
    for (const key of keys) if (confirmed.has(key)) return key;
    return [...keys][0] ?? '';
  });
  return rankOfConfirmed(representative, confirmed);
}
