// The filters shared by feeds and search, kept in the address's query string so a filtered list
// can be shared and reloaded. Values pass through as typed: the server validates them and says
// what is wrong in words.
import { useSearchParams } from 'react-router';
import { CASE_FEEDS } from '@consilium/api';
import type { CaseFeedName, CaseFilters } from '@consilium/api';

export type FilterName = keyof CaseFilters;

export const FILTER_NAMES: readonly FilterName[] = [
  'kind',
  'specialty',
  'status',
  'label',
  'audience',
  'hasImages',
  'from',
  'to',
];

/** The filters as the address holds them; absent when not chosen. */
export type FilterValues = Partial<Record<FilterName, string>>;

export function filtersOf(search: URLSearchParams): FilterValues {
  const values: FilterValues = {};
  for (const name of FILTER_NAMES) {
    const value = search.get(name)?.trim() ?? '';
    if (value !== '') values[name] = value;
  }
  return values;
}

export function countFilters(filters: FilterValues): number {
  return Object.keys(filters).length;
}

/** The feed named in the address; the latest cases when none (or an unknown one) is named. */
export function feedOf(search: URLSearchParams): CaseFeedName {
  const named = search.get('feed');
  return CASE_FEEDS.find((feed) => feed === named) ?? 'latest';
}

/** Feeds that only make sense for a signed-in member. */
export const MEMBER_FEEDS = ['specialties', 'following', 'bookmarks'] as const;
export type MemberFeed = (typeof MEMBER_FEEDS)[number];

export function isMemberFeed(feed: CaseFeedName): feed is MemberFeed {
  return MEMBER_FEEDS.some((memberFeed) => memberFeed === feed);
}

/** The address of a feed with the filters kept (the latest feed is the bare home page). */
export function feedPath(feed: CaseFeedName, search: URLSearchParams): string {
  const next = new URLSearchParams();
  if (feed !== 'latest') next.set('feed', feed);
  for (const [name, value] of Object.entries(filtersOf(search))) next.set(name, value);
  const text = next.toString();
  return text === '' ? '/' : `/?${text}`;
}

/** Reads and changes the filters in the address, keeping its other parameters (feed, q, sort). */
export function useFilterParams() {
  const [search, setSearch] = useSearchParams();
  const filters = filtersOf(search);
  const setFilter = (name: FilterName, value: string): void => {
    setSearch(
      (current) => {
        const next = new URLSearchParams(current);
        if (value === '') next.delete(name);
        else next.set(name, value);
        return next;
      },
      { replace: true },
    );
  };
  const clearFilters = (): void => {
    setSearch(
      (current) => {
        const next = new URLSearchParams(current);
        for (const name of FILTER_NAMES) next.delete(name);
        return next;
      },
      { replace: true },
    );
  };
  return { search, filters, setFilter, clearFilters };
}
