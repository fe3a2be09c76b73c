// A member's notifications through React Query: the unread count (polled while signed in), the
// list a page at a time, and marking some or all read (the count and lists follow at once).
import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { InfiniteData } from '@tanstack/react-query';
import { routes } from '@consilium/api';
import type { MarkReadBody, NotificationList } from '@consilium/api';
import { callApi } from '../api/client';

export const NOTIFICATIONS_PAGE_SIZE = 20;

/** How often the header asks for the unread count while a member is signed in. */
export const UNREAD_POLL_MS = 60_000;

export const notificationKeys = {
  all: ['notifications'] as const,
  unreadCount: ['notifications', 'unread-count'] as const,
  lists: ['notifications', 'list'] as const,
  list: (unreadOnly: boolean) => ['notifications', 'list', { unreadOnly }] as const,
};

export function useUnreadCount(isSignedIn: boolean) {
  return useQuery({
    queryKey: notificationKeys.unreadCount,
    queryFn: ({ signal }) => callApi(routes.notifications.unreadCount, {}, { signal }),
    enabled: isSignedIn,
    refetchInterval: UNREAD_POLL_MS,
    refetchOnWindowFocus: 'always',
  });
}

export function useNotifications(unreadOnly: boolean) {
  return useInfiniteQuery({
    queryKey: notificationKeys.list(unreadOnly),
    queryFn: ({ pageParam, signal }) =>
      callApi(
        routes.notifications.list,
        {
          query: {
            limit: NOTIFICATIONS_PAGE_SIZE,
            ...(unreadOnly ? { unread: 'true' as const } : {}),
            ...(pageParam === null ? {} : { cursor: pageParam }),
          },
        },
        { signal },
      ),
    initialPageParam: null as string | null,
    getNextPageParam: (lastPage) => lastPage.nextCursor,
  });
}

function markedRead(list: NotificationList, body: MarkReadBody): NotificationList {
  const isMarked = (id: string) => 'all' in body || body.ids.includes(id);
  return {
    ...list,
    items: list.items.map((item) => (isMarked(item.id) ? { ...item, read: true } : item)),
  };
}

export function useMarkRead() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: MarkReadBody) => callApi(routes.notifications.markRead, { body }),
    onSuccess: (count, body) => {
      queryClient.setQueryData(notificationKeys.unreadCount, count);
      // Marked items stay where the reader sees them, shown read, until the lists are read again.
      queryClient.setQueriesData<InfiniteData<NotificationList>>(
        { queryKey: notificationKeys.lists },
        (lists) =>
          lists && {
            ...lists,
            pages: lists.pages.map((page) => ({
              ...markedRead(page, body),
              unreadCount: count.unreadCount,
            })),
          },
      );
    },
  });
}
