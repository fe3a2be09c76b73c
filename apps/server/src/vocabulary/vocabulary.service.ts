// Vocabulary use cases: looking up Human Phenotype Ontology terms for a symptom, and coded
// diagnoses for a suggestion, as they are typed.
import type { DiagnosisTerm, DiagnosisTermList, TermList } from '@consilium/api';
import type { RequestContext } from '../platform/context.js';
import type { Database } from '../platform/database/index.js';
import { requireAllowed } from '../platform/policy.js';
import { conceptIdOf } from './concept-ids.js';
import { hasDiagnosisConcepts } from './diagnosis.queries.js';
import { DOID_SYSTEM } from './doid-format.js';
import { HPO_SYSTEM } from './hpo-format.js';
import type { TermMatchRow } from './vocabulary.queries.js';
import { findTerms, hasConcepts } from './vocabulary.queries.js';

export interface VocabularyDeps {
  database: Database;
}

/** The synonym that matched, when it matched better than the label. */
function matchedSynonymOf(row: TermMatchRow): string | null {
  if (row.synonym === null || row.synonymTier === null || row.synonymScore === null) return null;
  if (row.synonymTier !== row.labelTier)
    return row.synonymTier < row.labelTier ? row.synonym : null;
  return row.synonymScore > row.labelScore ? row.synonym : null;
}

/** Lower-cased, with runs of spaces as one: how search_text is compared. */
function needleOf(q: string): string {
  return q.toLowerCase().replace(/\s+/g, ' ');
}

export async function lookUpHpoTerms(
  ctx: RequestContext,
  deps: VocabularyDeps,
  query: { q: string; limit: number },
): Promise<TermList> {
  requireAllowed(ctx, { action: 'vocabulary.read' });
  const db = deps.database.db;
  if (!(await hasConcepts(db, HPO_SYSTEM))) return { items: [], available: false };
  const rows = await findTerms(db, { system: HPO_SYSTEM }, needleOf(query.q), query.limit);
  return {
    items: rows.map((row) => ({
      id: row.code,
      label: row.display,
      matched: matchedSynonymOf(row),
    })),
    available: true,
  };
}

function toDiagnosisTerm(row: TermMatchRow): DiagnosisTerm {
  return {
    id: conceptIdOf(row.system, row.code),
    system: row.system,
    code: row.code,
    label: row.display,
    matched: matchedSynonymOf(row),
    xrefs: row.xrefs,
  };
}

/**
 * Each disease once: a term is left out when a better-ranked one cross-references it or is
 * cross-referenced by it (DOID:1498 "cholera" and ICD10CM:A00 "Cholera").
 */
function withoutRepeats(terms: DiagnosisTerm[]): DiagnosisTerm[] {
  const kept: DiagnosisTerm[] = [];
  const keptIds = new Set<string>();
  /** The ids kept and the ids they cross-reference. */
  const covered = new Set<string>();
  for (const term of terms) {
    if (covered.has(term.id) || term.xrefs.some((xref) => keptIds.has(xref))) continue;
    kept.push(term);
    keptIds.add(term.id);
    for (const id of [term.id, ...term.xrefs]) covered.add(id);
  }
  return kept;
}

/** Diagnoses of every vocabulary but HPO, Disease Ontology's first among equals. */
export async function lookUpDiagnoses(
  ctx: RequestContext,
  deps: VocabularyDeps,
  query: { q: string; limit: number },
): Promise<DiagnosisTermList> {
  requireAllowed(ctx, { action: 'vocabulary.read' });
  const db = deps.database.db;
  if (!(await hasDiagnosisConcepts(db))) return { items: [], available: false };
  // Some more than asked: repeats of one disease in other systems are dropped below.
  const rows = await findTerms(
    db,
    { allBut: HPO_SYSTEM, preferring: DOID_SYSTEM },
    needleOf(query.q),
    query.limit * 2,
  );
  return {
    items: withoutRepeats(rows.map(toDiagnosisTerm)).slice(0, query.limit),
    available: true,
  };
}
