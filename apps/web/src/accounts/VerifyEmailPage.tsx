// Opened from the registration e-mail: confirms the address, which signs the member in, then
// goes on. A link that expired or was used already can be sent again.
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { LoadingStatus } from '../feedback/LoadingStatus';
import { describeFailure } from '../feedback/ProblemNotice';
import { usePageTitle } from '../feedback/usePageTitle';
import { useNextPath } from './AccountForm';
import { useLinkToken, useSpendTokenOnce } from './emailLink';
import { ResendVerificationForm } from './ResendVerification';
import { useSession, useVerifyEmail } from './session';

export function VerifyEmailPage() {
  const { t } = useTranslation();
  usePageTitle(t('verify.heading'));
  const token = useLinkToken();
  const session = useSession();
  const verify = useVerifyEmail();
  useSpendTokenOnce(token, !session.isPending, (value) => {
    verify.mutate(value);
  });

  let content;
  if (token === null) {
    content = <LinkFailed reason={t('emailLinks.incomplete')} />;
  } else if (verify.isError) {
    content = <LinkFailed reason={describeFailure(verify.error, t)} />;
  } else if (verify.isSuccess) {
    content = <Verified name={verify.data.member?.displayName ?? ''} />;
  } else {
    content = <LoadingStatus message={t('verify.confirming')} />;
  }

  return (
    <section className="page page--narrow">
      <h1>{t('verify.heading')}</h1>
      {content}
    </section>
  );
}

function Verified({ name }: { name: string }) {
  const { t } = useTranslation();
  const next = useNextPath();
  return (
    <div className="notice notice--success" role="status">
      <p className="notice__summary">{t('verify.confirmed')}</p>
      <p>{t('verify.signedIn', { name })}</p>
      <p className="notice__actions">
        <Link className="button" to={next}>
          {t('verify.continue')}
        </Link>
      </p>
    </div>
  );
}

function LinkFailed({ reason }: { reason: string }) {
  const { t } = useTranslation();
  return (
    <>
      <div className="notice notice--problem" role="alert">
        <p className="notice__summary">{t('verify.failed')}</p>
        <p>{reason}</p>
      </div>
      <p>{t('verify.resendLead')}</p>
      <ResendVerificationForm />
    </>
  );
}
