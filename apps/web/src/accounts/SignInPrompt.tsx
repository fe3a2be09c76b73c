// Invites a visitor to sign in or register before doing something, and to come back after.
import { Link, useLocation } from 'react-router';
import { useTranslation } from 'react-i18next';
import { withNext } from './nextPath';

export function SignInPrompt({ message }: { message: string }) {
  const { t } = useTranslation();
  const location = useLocation();
  const here = location.pathname + location.search;
  return (
    <div className="notice">
      <p>{message}</p>
      <p className="notice__actions">
        <Link className="button" to={withNext('/sign-in', here)}>
          {t('account.haveAccount')}
        </Link>
        <Link className="button button--secondary" to={withNext('/register', here)}>
          {t('account.createAccount')}
        </Link>
      </p>
    </div>
  );
}
