// The member's own account: profile, verification, password, e-mail address, two-factor sign-in
// and the sessions signed in on browsers and devices. Visitors are invited to sign in first.
import { useTranslation } from 'react-i18next';
import { useSession } from '../accounts/session';
import { SignInPrompt } from '../accounts/SignInPrompt';
import { LoadingStatus } from '../feedback/LoadingStatus';
import { ProblemNotice } from '../feedback/ProblemNotice';
import { usePageTitle } from '../feedback/usePageTitle';
import { PointsSection } from '../rewards/PointsSection';
import { DataSection } from './DataSection';
import { EmailSection } from './EmailSection';
import { PasswordSection } from './PasswordSection';
import { ProfileSection } from './ProfileSection';
import { SessionsSection } from './SessionsSection';
import { TwoFactorSection } from './TwoFactorSection';
import { VerificationSection } from './VerificationSection';

export function SettingsPage() {
  const { t } = useTranslation();
  usePageTitle(t('settings.heading'));
  const session = useSession();

  let content;
  if (session.isPending) content = <LoadingStatus message={t('account.checking')} />;
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
  else if (session.data.member === null)
    content = <SignInPrompt message={t('settings.signInPrompt')} />;
  else {
    const { member } = session.data;
    content = (
      <>
        <ProfileSection key={member.id} member={member} />
        <VerificationSection />
        <PointsSection />
        <PasswordSection email={member.email} />
        <EmailSection member={member} />
        <TwoFactorSection member={member} />
        <SessionsSection />
        <DataSection />
      </>
    );
  }

  return (
    <section className="page page--narrow settings">
      <h1>{t('settings.heading')}</h1>
      {content}
    </section>
  );
}
