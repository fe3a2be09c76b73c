// Opened from the link sent to a new e-mail address: makes it the member's address.
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useLinkToken, useSpendTokenOnce } from '../accounts/emailLink';
import { useSession } from '../accounts/session';
import { SignInPrompt } from '../accounts/SignInPrompt';
import { LoadingStatus } from '../feedback/LoadingStatus';
import { describeFailure, ProblemNotice } from '../feedback/ProblemNotice';
import { usePageTitle } from '../feedback/usePageTitle';
import { useConfirmEmailChange } from './settingsQueries';

export function ConfirmEmailPage() {
  const { t } = useTranslation();
  usePageTitle(t('confirmEmail.heading'));
  const token = useLinkToken();
  const session = useSession();
  const confirm = useConfirmEmailChange();
  const isMember = session.isSuccess && session.data.member !== null;
  useSpendTokenOnce(token, isMember, (value) => {
    confirm.mutate(value);
  });

  let content;
  if (token === null) content = <LinkFailed reason={t('emailLinks.incomplete')} />;
  else if (session.isPending) content = <LoadingStatus message={t('account.checking')} />;
  else if (session.isError)
    content = (
      <ProblemNotice
        summary={t('account.checkFailed')}
        error={session.error}
        onRetry={() => {
          void session.refetch();
        }}
      />
    );
  else if (!isMember) content = <SignInPrompt message={t('confirmEmail.signInPrompt')} />;
  else if (confirm.isError) content = <LinkFailed reason={describeFailure(confirm.error, t)} />;
  else if (confirm.isSuccess)
    content = (
      <div className="notice notice--success" role="status">
        <p className="notice__summary">
          {t('confirmEmail.confirmed', { email: confirm.data.email })}
        </p>
        <p className="notice__actions">
          <Link className="button" to="/settings">
            {t('confirmEmail.backToSettings')}
          </Link>
        </p>
      </div>
    );
  else content = <LoadingStatus message={t('confirmEmail.confirming')} />;

  return (
    <section className="page page--narrow">
      <h1>{t('confirmEmail.heading')}</h1>
      {content}
    </section>
  );
}

function LinkFailed({ reason }: { reason: string }) {
  const { t } = useTranslation();
  return (
    <div className="notice notice--problem" role="alert">
      <p className="notice__summary">{t('confirmEmail.failed')}</p>
      <p>{reason}</p>
      <p>
        <Link to="/settings">{t('confirmEmail.tryAgain')}</Link>
      </p>
    </div>
  );
}
