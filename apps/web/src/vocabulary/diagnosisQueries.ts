// Looking up coded diagnoses (Disease Ontology, ICD-10-CM, OMIM, Orphanet…) as a member types,
// once typing pauses.
import { useQuery } from '@tanstack/react-query';
import { routes } from '@consilium/api';
import { callApi } from '../api/client';
import { useDebounced } from '../forms/useDebounced';

const diagnosisKeys = {
  lookup: (query: string) => ['vocabulary', 'diagnoses', 'lookup', query] as const,
};

/** The shortest text looked up (as the server requires). */
export const MINIMUM_LOOKUP = 2;

/** Diagnoses matching what was typed, and whether any diagnosis vocabulary is loaded. */
export function useDiagnosisLookup(typed: string) {
  const query = useDebounced(typed.trim());
  const isLongEnough = query.length >= MINIMUM_LOOKUP;
  const lookup = useQuery({
    queryKey: diagnosisKeys.lookup(query),
    queryFn: ({ signal }) =>
      callApi(routes.vocabulary.diagnoses, { query: { q: query } }, { signal }),
    enabled: isLongEnough,
    staleTime: 5 * 60_000,
  });
  return {
    diagnoses: isLongEnough ? (lookup.data?.items ?? []) : [],
    /** False once the server said no diagnosis vocabulary is loaded. */
    isAvailable: lookup.data?.available !== false,
    isSearching: typed.trim() !== query || (isLongEnough && lookup.isFetching),
    isError: isLongEnough && lookup.isError,
    /** What the diagnoses shown were found for. */
    query,
  };
}
