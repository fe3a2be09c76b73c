// The sign-in state in the header: links to sign in or register, or the member and "Sign out".
import { Link, useLocation, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useSession, useSignOut } from '../accounts/session';
import { withNext } from '../accounts/nextPath';
import { describeFailure } from '../feedback/ProblemNotice';

const ACCOUNT_PAGES = ['/sign-in', '/register'];

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
