// What the sign-in and registration pages share: where to go afterwards, and the redirect
// for a member who is already signed in.
import { Link, Navigate, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { LoadingStatus } from '../feedback/LoadingStatus';
import { safeNextPath, withNext } from './nextPath';
import { useSession } from './session';

/** The page to return to after signing in, from a same-origin `?next=` only. */
export function useNextPath(): string {
  const [searchParams] = useSearchParams();
  return safeNextPath(searchParams.get('next'));
}

/** Renders the form for visitors; a member who is already signed in goes straight on. */
export function VisitorsOnly({ children, next }: { children: React.ReactNode; next: string }) {
  const { t } = useTranslation();
  const session = useSession();
  if (session.isPending) return <LoadingStatus message={t('account.checking')} />;
  if (session.data?.member) return <Navigate to={next} replace />;
  return children;
}

/** "Already a member? I have an account" and the reverse, keeping where to return to. */
export function SwitchAccountPage({ to, next }: { to: '/sign-in' | '/register'; next: string }) {
  const { t } = useTranslation();
  const isToSignIn = to === '/sign-in';
  return (
    <p className="form__switch">
      {isToSignIn ? t('register.alreadyMember') : t('signIn.newHere')}{' '}
      <Link to={withNext(to, next)}>
        {isToSignIn ? t('account.haveAccount') : t('account.createAccount')}
      </Link>
    </p>
  );
}
