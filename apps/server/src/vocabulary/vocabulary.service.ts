// Vocabulary use cases: looking up Human Phenotype Ontology terms for a symptom as it is typed.
import type { TermList } from '@consilium/api';
import type { RequestContext } from '../platform/context.js';
import type { Database } from '../platform/database/index.js';
import { requireAllowed } from '../platform/policy.js';
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

export async function lookUpHpoTerms(
  ctx: RequestContext,
  deps: VocabularyDeps,
  query: { q: string; limit: number },
): Promise<TermList> {
  requireAllowed(ctx, { action: 'vocabulary.read' });
  const db = deps.database.db;
  if (!(await hasConcepts(db, HPO_SYSTEM))) return { items: [], available: false };
  const needle = query.q.toLowerCase().replace(/\s+/g, ' ');
  const rows = await findTerms(db, HPO_SYSTEM, needle, query.limit);
  return {
    items: rows.map((row) => ({
      id: row.code,
      label: row.display,
      matched: matchedSynonymOf(row),
    })),
    available: true,
  };
}
