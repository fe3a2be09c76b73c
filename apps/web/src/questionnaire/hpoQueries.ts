// Looking up Human Phenotype Ontology terms. Whether any are loaded is asked once (an operator
// imports them): without them the term pickers are not offered at all.
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { routes } from '@consilium/api';
import { callApi } from '../api/client';
import { useDebounced } from '../forms/useDebounced';

const hpoKeys = {
  available: ['vocabulary', 'hpo', 'available'] as const,
  lookup: (query: string) => ['vocabulary', 'hpo', 'lookup', query] as const,
};

/** The shortest text looked up (as the server requires). */
export const MINIMUM_LOOKUP = 2;

/** Whether HPO terms can be looked up: false while unknown, or when the lookup fails. */
export function useHpoAvailable(): boolean {
  const available = useQuery({
    queryKey: hpoKeys.available,
    queryFn: async ({ signal }) => {
      // Any common word answers the question; one term is enough.
      const probe = await callApi(
        routes.vocabulary.hpo,
        { query: { q: 'pain', limit: 1 } },
        { signal },
      );
      return probe.available;
    },
    staleTime: Infinity,
    retry: false,
  });
  return available.data === true;
}

/** Terms matching what was typed, once typing pauses. */
export function useHpoLookup(typed: string) {
  const queryClient = useQueryClient();
  const query = useDebounced(typed.trim());
  const isLongEnough = query.length >= MINIMUM_LOOKUP;
  const lookup = useQuery({
    queryKey: hpoKeys.lookup(query),
    queryFn: async ({ signal }) => {
      const found = await callApi(routes.vocabulary.hpo, { query: { q: query } }, { signal });
      if (!found.available) queryClient.setQueryData(hpoKeys.available, false);
      return found.items;
    },
    enabled: isLongEnough,
    staleTime: 5 * 60_000,
  });
  return {
    terms: isLongEnough ? (lookup.data ?? []) : [],
    isSearching: typed.trim() !== query || (isLongEnough && lookup.isFetching),
    isError: isLongEnough && lookup.isError,
    /** What the terms shown were found for. */
    query,
  };
}
