// /notifications: what happened for the signed-in member, newest first — unread ones marked, all or
// only the unread (kept in the address), "Mark all read", and each marked read when opened.
import { Link, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { NotificationView } from '@consilium/api';
import { SignedIn } from '../accounts/SignedIn';
import { LoadingStatus } from '../feedback/LoadingStatus';
import { describeFailure, ProblemNotice } from '../feedback/ProblemNotice';
import { usePageTitle } from '../feedback/usePageTitle';
import { RelativeTime } from '../i18n/RelativeTime';
import { useMarkRead, useNotifications } from './notificationQueries';

export function NotificationsPage() {
  const { t } = useTranslation();
  usePageTitle(t('notifications.heading'));
  const [search] = useSearchParams();
  const unreadOnly = search.get('unread') === 'true';
  return (
    <section className="page notifications-page">
      <h1>{t('notifications.heading')}</h1>
      <SignedIn signInPrompt={t('notifications.signInPrompt')}>
        {() => <Notifications key={String(unreadOnly)} unreadOnly={unreadOnly} />}
      </SignedIn>
    </section>
  );
}

function Notifications({ unreadOnly }: { unreadOnly: boolean }) {
  const { t } = useTranslation();
  const list = useNotifications(unreadOnly);
  const markRead = useMarkRead();
  const items = list.data?.pages.flatMap((page) => page.items) ?? [];
  const unreadCount = list.data?.pages.at(-1)?.unreadCount ?? 0;

  return (
    <>
      <div className="notifications__bar">
        <nav aria-label={t('notifications.show')}>
          <ul className="feed-tabs__list">
            <li>
              <Link
                className="feed-tabs__link"
                to="/notifications"
                aria-current={unreadOnly ? undefined : 'page'}
              >
                {t('notifications.all')}
              </Link>
            </li>
            <li>
              <Link
                className="feed-tabs__link"
                to="/notifications?unread=true"
                aria-current={unreadOnly ? 'page' : undefined}
              >
                {t('notifications.unreadOnly')}
              </Link>
            </li>
          </ul>
        </nav>
        <button
          type="button"
          className="button button--secondary"
          disabled={unreadCount === 0 || markRead.isPending}
          onClick={() => {
            markRead.mutate({ all: true });
          }}
        >
          {markRead.isPending ? t('notifications.marking') : t('notifications.markAllRead')}
        </button>
      </div>
      <p className="notifications__count" role="status">
        {list.isSuccess ? t('notifications.unreadCount', { count: unreadCount }) : null}
      </p>
      {markRead.isError ? (
        <p className="notifications__error" role="alert">
          {t('notifications.markFailed', { detail: describeFailure(markRead.error, t) })}
        </p>
      ) : null}
      {list.isPending ? <LoadingStatus message={t('notifications.loading')} /> : null}
      {list.isError && items.length === 0 ? (
        <ProblemNotice
          summary={t('notifications.loadFailed')}
          error={list.error}
          isRetrying={list.isFetching}
          onRetry={() => {
            void list.refetch();
          }}
        />
      ) : null}
      {list.isSuccess && items.length === 0 ? (
        <div className="empty-state">
          <h2>
            {unreadOnly ? t('notifications.emptyUnreadHeading') : t('notifications.emptyHeading')}
          </h2>
          <p>{t('notifications.emptyLead')}</p>
        </div>
      ) : null}
      {items.length > 0 ? (
        <ol className="notification-list" aria-label={t('notifications.listLabel')}>
          {items.map((notification) => (
            <NotificationItem
              key={notification.id}
              notification={notification}
              onOpen={() => {
                if (!notification.read) markRead.mutate({ ids: [notification.id] });
              }}
            />
          ))}
        </ol>
      ) : null}
      {list.isFetchNextPageError ? (
        <ProblemNotice summary={t('notifications.loadMoreFailed')} error={list.error} />
      ) : null}
      {list.hasNextPage ? (
        <div className="load-more">
          <button
            type="button"
            className="button button--secondary"
            disabled={list.isFetchingNextPage}
            onClick={() => {
              void list.fetchNextPage();
            }}
          >
            {list.isFetchingNextPage ? t('notifications.loadingMore') : t('notifications.loadMore')}
          </button>
        </div>
      ) : null}
    </>
  );
}

function NotificationItem({
  notification,
  onOpen,
}: {
  notification: NotificationView;
  onOpen: () => void;
}) {
  const { t } = useTranslation();
  const { read, caseId } = notification;
  return (
    <li className={read ? 'notification' : 'notification notification--unread'}>
      <article>
        <p className="notification__what">
          {read ? null : (
            <span className="badge notification__unread">{t('notifications.unread')}</span>
          )}
          <span>{t(`notifications.kinds.${notification.kind}`)}</span>
        </p>
        <h2 className="notification__title">
          {caseId === null ? (
            notification.title
          ) : (
            <Link to={`/cases/${caseId}`} onClick={onOpen}>
              {notification.title}
            </Link>
          )}
        </h2>
        {notification.message === null ? null : (
          <p className="notification__message">{notification.message}</p>
        )}
        <p className="notification__meta">
          <span>{t('notifications.by', { actor: notification.actor })}</span>
          <RelativeTime iso={notification.createdAt} />
        </p>
      </article>
    </li>
  );
}
