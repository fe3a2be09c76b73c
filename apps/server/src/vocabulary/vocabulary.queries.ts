// Concepts table access: batched upserts of vocabulary terms and the typo-tolerant term lookup.
import type { SQL } from 'drizzle-orm';
import { eq, sql } from 'drizzle-orm';
import type { Queryable } from '../platform/database/index.js';
import { selectRows } from '../platform/database/index.js';
import { concepts } from '../platform/database/schema.js';

/** One term of a coded vocabulary, as an importer reads it. */
export interface ConceptRecord {
  /** The vocabulary, e.g. HPO. */
  system: string;
  /** The term's id in that vocabulary, e.g. HP:0002315. */
  code: string;
  display: string;
  synonyms: string[];
  /** The same concept in other systems, as normalised "SYSTEM:code" ids (concept-ids.ts). */
  xrefs: string[];
  /**
   * What the source is authoritative for, when the term is stored already: `everything` (the
   * default: an ontology file) replaces label and synonyms; `label` (a labels-only report)
   * replaces the label and keeps the synonyms stored; `xrefs` (a cross-reference report) only
   * adds cross-references, and gives the label of a term not stored yet. Cross-references are
   * always added to those stored, never removed: they may come from several files.
   */
  provides?: ConceptSource;
}

export type ConceptSource = 'everything' | 'label' | 'xrefs';

/** What the trigram index searches: the label and every synonym, lower-cased. */
export function searchTextOf(display: string, synonyms: readonly string[]): string {
  return [display, ...synonyms].join(' | ').toLowerCase();
}

/** The stored cross-references and the new ones, each once, in code-point order. */
const UNITED_XREFS = sql`array(
  select x from unnest(${concepts.xrefs} || excluded.xrefs) as u(x) group by x order by x collate "C")`;

/** What each kind of source overwrites in a stored term (ConceptRecord.provides). */
const UPDATES = {
  everything: {
    display: sql`excluded.display`,
    synonyms: sql`excluded.synonyms`,
    xrefs: UNITED_XREFS,
    searchText: sql`excluded.search_text`,
  },
  label: {
    display: sql`excluded.display`,
    xrefs: UNITED_XREFS,
    searchText: sql`lower(array_to_string(array_prepend(excluded.display, ${concepts.synonyms}), ' | '))`,
  },
  xrefs: { xrefs: UNITED_XREFS },
} as const;

/** Inserts or updates terms, one statement per kind of source (callers batch ~1,000 rows). */
export async function upsertConcepts(db: Queryable, records: readonly ConceptRecord[]) {
  for (const source of ['everything', 'label', 'xrefs'] as const) {
    const some = records.filter((record) => (record.provides ?? 'everything') === source);
    if (some.length === 0) continue;
    await db
      .insert(concepts)
      .values(
        some.map((record) => ({
          system: record.system,
          code: record.code,
          display: record.display,
          synonyms: record.synonyms,
          xrefs: [...new Set(record.xrefs)].sort(),
          searchText: searchTextOf(record.display, record.synonyms),
        })),
      )
      .onConflictDoUpdate({ target: [concepts.system, concepts.code], set: UPDATES[source] });
  }
}

export async function countConcepts(db: Queryable, system: string): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(concepts)
    .where(eq(concepts.system, system));
  return row?.n ?? 0;
}

export async function hasConcepts(db: Queryable, system: string): Promise<boolean> {
  const [row] = await db
    .select({ code: concepts.code })
    .from(concepts)
    .where(eq(concepts.system, system))
    .limit(1);
  return row !== undefined;
}

export interface TermMatchRow {
  system: string;
  code: string;
  display: string;
  xrefs: string[];
  /** The synonym closest to the query, if the term has any. */
  synonym: string | null;
  /** 0 exact, 1 starts with the query, 2 similar: of the label, and of the closest synonym. */
  labelTier: number;
  synonymTier: number | null;
  /** How close (0–2): to some stretch of the text, plus to the text as a whole. */
  labelScore: number;
  synonymScore: number | null;
}

/**
 * How close a query's trigrams must come to some stretch of a term's text (pg_trgm's
 * word_similarity). 0.5 lets "headahce" find "headache" (5 of its 9 trigrams).
 */
const WORD_SIMILARITY_THRESHOLD = '0.5';
/** Candidates taken from the index before ranking: bounds the work for short, common queries. */
const CANDIDATES = 200;

/** `%`, `_` and `\` match literally inside a LIKE pattern. */
function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (character) => `\\${character}`);
}

/** Which terms a lookup searches: one vocabulary, or every vocabulary but one. */
export type TermScope = { system: string } | { allBut: string; preferring: string };

function inScope(scope: TermScope): SQL {
  return 'system' in scope ? sql`c.system = ${scope.system}` : sql`c.system <> ${scope.allBut}`;
}

/** Where a label or synonym sits in search_text: at its start, or after a separator. */
function candidatesOf(scope: TermScope, query: string) {
  if (query.length >= 3)
    return sql`
      select c.system, c.code, c.display, c.synonyms, c.xrefs from ${concepts} c
      where ${inScope(scope)}
        and (${query} <% c.search_text or c.search_text like ${`%${escapeLike(query)}%`})
      order by word_similarity(${query}, c.search_text) desc, c.code
      limit ${CANDIDATES}`;
  // Two letters give the index no trigram to go on and match thousands of terms by similarity:
  // take the labels and synonyms that start with them, shortest first.
  const prefix = escapeLike(query);
  return sql`
    select c.system, c.code, c.display, c.synonyms, c.xrefs from ${concepts} c
    where ${inScope(scope)}
      and (c.search_text like ${`${prefix}%`} or c.search_text like ${`%| ${prefix}%`})
    order by length(c.display), c.code
    limit ${CANDIDATES}`;
}

/**
 * Terms whose label or a synonym resembles the query (lower-cased), ranked: exact matches, then
 * those that start with it, then by closeness, then the preferred vocabulary's. Candidates come
 * from the trigram index.
 */
export async function findTerms(
  db: Queryable,
  scope: TermScope,
  query: string,
  limit: number,
): Promise<TermMatchRow[]> {
  const prefix = `${escapeLike(query)}%`;
  const tier = (text: SQL) =>
    sql`case when ${text} = ${query} then 0 when ${text} like ${prefix} then 1 else 2 end`;
  // Closeness to a stretch of the text, plus to the whole of it: "stomach ache" is as close to
  // a stretch of "neoplasm of the stomach" as of "stomach pain", but not as a whole.
  const score = (text: SQL) =>
    sql`(word_similarity(${query}, ${text}) + similarity(${query}, ${text}))`;
  const preferred = 'system' in scope ? scope.system : scope.preferring;
  return db.transaction(async (tx) => {
    await tx.execute(
      sql`select set_config('pg_trgm.word_similarity_threshold', ${WORD_SIMILARITY_THRESHOLD}, true)`,
    );
    return selectRows<TermMatchRow>(
      tx,
      sql`
      with candidates as (${candidatesOf(scope, query)}),
      ranked as (
        select c.system, c.code, c.display, c.xrefs,
          ${tier(sql`lower(c.display)`)} as "labelTier",
          ${score(sql`lower(c.display)`)} as "labelScore",
          s.synonym, s.tier as "synonymTier", s.score as "synonymScore"
        from candidates c
        left join lateral (
          select synonym, ${tier(sql`lower(synonym)`)} as tier, ${score(sql`lower(synonym)`)} as score
          from unnest(c.synonyms) as synonym
          order by tier, score desc, length(synonym)
          limit 1
        ) s on true
      )
      select * from ranked
      order by least("labelTier", coalesce("synonymTier", 2)),
        greatest("labelScore", coalesce("synonymScore", 0)) desc,
        case when system = ${preferred} then 0 else 1 end, length(display), system, code
      limit ${limit}`,
    );
  });
}

/**
 * After a bulk import: moves the trigram index's pending entries into the index proper (a long
 * pending list makes the planner skip the index) and refreshes the planner's statistics.
 */
export async function refreshConceptSearch(db: Queryable): Promise<void> {
  await db.execute(sql`select gin_clean_pending_list('concepts_search_idx'::regclass)`);
  await db.execute(sql`analyze concepts`);
}
