// The sign-in state in the header: links to sign in or register, or the member, their
// notifications (with the unread count), cases, settings and verification (the verification queue
// for moderators, the dev outbox for admins) and "Sign out".
import { Link, NavLink, useLocation, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useSession, useSignOut } from '../accounts/session';
import { withNext } from '../accounts/nextPath';
import { describeFailure } from '../feedback/ProblemNotice';
import { isModerator } from '../moderation/moderatorRole';
import { NotificationBell } from '../notifications/NotificationBell';

// Pages not worth coming back to after signing in: the account pages themselves.
const ACCOUNT_PAGES = [
  '/sign-in',
  '/register',
  '/verify-email',
  '/forgot-password',
  '/reset-password',
];

function linkClass({ isActive }: { isActive: boolean }): string {
  return isActive ? 'account-nav__link account-nav__link--active' : 'account-nav__link';
}

export function AccountNav() {
  const { t } = useTranslation();
  const session = useSession();
  const signOut = useSignOut();
  const navigate = useNavigate();
  const location = useLocation();
  const member = session.data?.member ?? null;
  const here = ACCOUNT_PAGES.includes(location.pathname)
    ? '/'
    : location.pathname + location.search;

  if (session.isPending) return <div className="account-nav" aria-hidden="true" />;

  return (
    <nav className="account-nav" aria-label={t('nav.account')}>
      {member ? (
        <>
          <span className="account-nav__member">
            <span className="visually-hidden">{t('account.signedInAs')} </span>
            {member.displayName}
          </span>
          <NotificationBell />
          <NavLink className={linkClass} to="/my-cases">
            {t('nav.myCases')}
          </NavLink>
          <NavLink className={linkClass} to="/settings">
            {t('nav.settings')}
          </NavLink>
          <NavLink className={linkClass} to="/verification">
            {t('nav.verification')}
          </NavLink>
          {isModerator(member) ? (
            <>
              <NavLink className={linkClass} to="/moderation/credentials">
                {t('nav.moderation')}
              </NavLink>
              <NavLink className={linkClass} to="/moderation/collusion">
                {t('nav.collusion')}
              </NavLink>
            </>
          ) : null}
          {member.roles.includes('admin') ? (
            <NavLink className={linkClass} to="/dev/outbox">
              {t('nav.outbox')}
            </NavLink>
          ) : null}
          <button
            type="button"
            className="button button--quiet"
            disabled={signOut.isPending}
            onClick={() => {
              signOut.mutate(undefined, {
                onSuccess: () => {
                  void navigate('/');
                },
              });
            }}
          >
            {signOut.isPending ? t('account.signingOut') : t('account.signOut')}
          </button>
          {signOut.isError ? (
            <p className="account-nav__error" role="alert">
              {t('account.signOutFailed', { detail: describeFailure(signOut.error, t) })}
            </p>
          ) : null}
        </>
      ) : (
        <>
          <Link className="account-nav__link" to={withNext('/sign-in', here)}>
            {t('account.signIn')}
          </Link>
          <Link className="button button--small" to={withNext('/register', here)}>
            {t('account.register')}
          </Link>
        </>
      )}
    </nav>
  );
}
