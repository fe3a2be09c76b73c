// Following and bookmarking a case, shown at once on the case page and rolled back if the server
// refuses; the following and bookmarks feeds are read again afterwards.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { routes } from '@consilium/api';
import type { CaseDetail } from '@consilium/api';
import { callApi } from '../api/client';
import { caseKeys } from './caseQueries';

type Change = (shown: CaseDetail) => CaseDetail;

/** Shows `change` on the cached case now and remembers what was there, to restore on failure. */
function useOptimisticCase(caseId: string) {
  const queryClient = useQueryClient();
  const key = caseKeys.detail(caseId);
  return {
    apply: async (change: Change) => {
      await queryClient.cancelQueries({ queryKey: key });
      const before = queryClient.getQueryData<CaseDetail>(key);
      if (before) queryClient.setQueryData<CaseDetail>(key, change(before));
      return { before };
    },
    restore: (before: CaseDetail | undefined) => {
      if (before) queryClient.setQueryData<CaseDetail>(key, before);
    },
    settle: (change: Change) => {
      queryClient.setQueryData<CaseDetail>(key, (shown) => (shown ? change(shown) : shown));
    },
    refreshFeeds: () => {
      void queryClient.invalidateQueries({ queryKey: caseKeys.feed });
    },
  };
}

export function useFollowCase(caseId: string) {
  const cache = useOptimisticCase(caseId);
  return useMutation({
    mutationFn: (follow: boolean) =>
      callApi(follow ? routes.engagement.follow : routes.engagement.unfollow, {
        params: { caseId },
      }),
    onMutate: (follow) =>
      cache.apply((shown) => ({
        ...shown,
        viewer: { ...shown.viewer, following: follow },
        stats: {
          ...shown.stats,
          followers:
            shown.viewer.following === follow
              ? shown.stats.followers
              : Math.max(0, shown.stats.followers + (follow ? 1 : -1)),
        },
      })),
    onError: (_error, _follow, context) => {
      cache.restore(context?.before);
    },
    onSuccess: (state) => {
      cache.settle((shown) => ({
        ...shown,
        viewer: { ...shown.viewer, following: state.following },
        stats: { ...shown.stats, followers: state.followers },
      }));
    },
    onSettled: cache.refreshFeeds,
  });
}

export function useBookmarkCase(caseId: string) {
  const cache = useOptimisticCase(caseId);
  return useMutation({
    mutationFn: (bookmark: boolean) =>
      callApi(bookmark ? routes.engagement.bookmark : routes.engagement.unbookmark, {
        params: { caseId },
      }),
    onMutate: (bookmark) =>
      cache.apply((shown) => ({ ...shown, viewer: { ...shown.viewer, bookmarked: bookmark } })),
    onError: (_error, _bookmark, context) => {
      cache.restore(context?.before);
    },
    onSuccess: (state) => {
      cache.settle((shown) => ({
        ...shown,
        viewer: { ...shown.viewer, bookmarked: state.bookmarked },
      }));
    },
    onSettled: cache.refreshFeeds,
  });
}
