// Any OBO ontology of diseases (MONDO, Orphanet's ORDO, Disease Ontology…): each term stored under
// the system of its id prefix, normalised (ORDO → ORPHA), with its names and cross-references.
import { normaliseConceptId, splitConceptId } from './concept-ids.js';
import type { OboTerm, SynonymScope } from './obo.js';
import { readOboTerms } from './obo.js';
import type { VocabularyFiles, VocabularyFormat, VocabularyReader } from './vocabulary-format.js';
import type { ConceptRecord } from './vocabulary.queries.js';

/**
 * The synonyms a lookup matches. EXACT and RELATED are other names of the same disease (acronyms,
 * eponyms, older and foreign names); a NARROW synonym names a subtype and a BROAD one a wider
 * group, so matching them would offer a member a disease other than the one they typed.
 */
export const LOOKUP_SYNONYM_SCOPES: ReadonlySet<SynonymScope> = new Set(['EXACT', 'RELATED']);

/** What an OBO file gave and what was left out, for the summary line. */
export interface OboTally {
  terms: number;
  obsolete: number;
  unnamed: number;
  /** Terms of other systems than the one asked for, by system. */
  elsewhere: Map<string, number>;
  narrowOrBroad: number;
  systems: Set<string>;
}

export function anOboTally(): OboTally {
  return {
    terms: 0,
    obsolete: 0,
    unnamed: 0,
    elsewhere: new Map(),
    narrowOrBroad: 0,
    systems: new Set(),
  };
}

/** Other names than the label, each once (case aside), of the scopes a lookup matches. */
function lookupSynonyms(term: OboTerm, label: string, tally: OboTally): string[] {
  const seen = new Set([label.toLowerCase()]);
  const kept: string[] = [];
  for (const synonym of term.synonyms) {
    if (!LOOKUP_SYNONYM_SCOPES.has(synonym.scope)) {
      tally.narrowOrBroad += 1;
      continue;
    }
    const key = synonym.text.toLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    kept.push(synonym.text);
  }
  return kept;
}

/** Cross-references and merged-away ids, normalised; ids that are web addresses are dropped. */
function crossReferences(term: OboTerm, id: string): string[] {
  const ids = [...term.xrefs, ...term.altIds].map(normaliseConceptId);
  return [...new Set(ids.filter((xref): xref is string => xref !== null && xref !== id))];
}

/** The record of a term, or null (counted) when it is obsolete, unnamed or of another system. */
function recordOf(
  term: OboTerm,
  tally: OboTally,
  accepts: (system: string) => boolean,
): ConceptRecord | null {
  const id = term.id === undefined ? null : normaliseConceptId(term.id);
  if (term.isObsolete) {
    tally.obsolete += 1;
    return null;
  }
  if (id === null || term.name === undefined || term.name === '') {
    tally.unnamed += 1;
    return null;
  }
  const { system, code } = splitConceptId(id);
  if (!accepts(system)) {
    tally.elsewhere.set(system, (tally.elsewhere.get(system) ?? 0) + 1);
    return null;
  }
  tally.terms += 1;
  tally.systems.add(system);
  return {
    system,
    code,
    display: term.name,
    synonyms: lookupSynonyms(term, term.name, tally),
    xrefs: crossReferences(term, id),
  };
}

/** The terms of an OBO file as concept records, of the systems `accepts` takes. */
export async function* oboRecords(
  file: string,
  what: string,
  tally: OboTally,
  accepts: (system: string) => boolean,
): AsyncGenerator<ConceptRecord> {
  for await (const term of readOboTerms(file, what)) {
    const record = recordOf(term, tally, accepts);
    if (record !== null) yield record;
  }
}

const count = (n: number) => n.toLocaleString('en');

/** "3,460 terms read; 2 obsolete terms skipped; …"; `why` says why other systems were skipped. */
export function oboSummary(tally: OboTally, why: string): string[] {
  const parts = [`${count(tally.terms)} terms read`];
  if (tally.obsolete > 0) parts.push(`${count(tally.obsolete)} obsolete terms skipped`);
  if (tally.unnamed > 0) parts.push(`${count(tally.unnamed)} terms without an id or name skipped`);
  for (const [system, n] of tally.elsewhere)
    parts.push(`${count(n)} ${system} terms skipped (${why})`);
  if (tally.narrowOrBroad > 0)
    parts.push(`${count(tally.narrowOrBroad)} NARROW or BROAD synonyms left out of the lookup`);
  return parts;
}

function readObo(files: VocabularyFiles): VocabularyReader {
  const tally = anOboTally();
  return {
    // HPO terms are stored under their own system, with their ids as codes (hpo-format.ts).
    records: oboRecords(files.main, 'OBO ontology', tally, (system) => system !== 'HP'),
    summary: () => oboSummary(tally, 'HPO is imported with --format hpo').join('; '),
    systems: () => [...tally.systems].sort(),
  };
}

export const oboFormat: VocabularyFormat = {
  name: 'obo',
  description:
    'any OBO ontology (MONDO, ORDO, doid.obo…): each term under the system of its id prefix',
  acceptsSynonyms: false,
  acceptsXrefs: false,
  licence:
    'Each ontology has its own licence: cite the one you imported as it asks (MONDO and Orphanet ORDO: CC BY 4.0, with attribution; Disease Ontology: CC0).',
  read: readObo,
};
