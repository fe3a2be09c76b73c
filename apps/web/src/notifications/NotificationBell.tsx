// The header's way to notifications: a bell with the unread count, asked every minute while the
// member is signed in and again whenever the window regains focus.
import { NavLink } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useUnreadCount } from './notificationQueries';

function linkClass({ isActive }: { isActive: boolean }): string {
  return isActive
    ? 'account-nav__link notification-bell account-nav__link--active'
    : 'account-nav__link notification-bell';
}

export function NotificationBell() {
  const { t } = useTranslation();
  const unread = useUnreadCount(true);
  const count = unread.data?.unreadCount ?? 0;
  return (
    <NavLink className={linkClass} to="/notifications">
      <svg
        className="notification-bell__icon"
        aria-hidden="true"
        focusable="false"
        viewBox="0 0 24 24"
        width="20"
        height="20"
      >
        <path
          fill="currentColor"
          d="M12 22a2.5 2.5 0 0 0 2.45-2h-4.9A2.5 2.5 0 0 0 12 22Zm7-6V11a7 7 0 0 0-5.5-6.84V3.5a1.5 1.5 0 0 0-3 0v.66A7 7 0 0 0 5 11v5l-2 2v1h18v-1Z"
        />
      </svg>
      <span>{t('notifications.heading')}</span>{' '}
      {count > 0 ? (
        <span className="notification-bell__count">
          <span aria-hidden="true">{count > 99 ? '99+' : count}</span>
          <span className="visually-hidden">{t('notifications.unreadCount', { count })}</span>
        </span>
      ) : null}
    </NavLink>
  );
}
