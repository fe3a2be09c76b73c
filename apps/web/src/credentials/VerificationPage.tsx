// The member's verification: the badges they hold, every application with what the moderators
// said, and a form to apply (or renew). Visitors are invited to sign in first.
import { useTranslation } from 'react-i18next';
import type { Badge, MemberSelf } from '@consilium/api';
import { SignedIn } from '../accounts/SignedIn';
import { LoadingStatus } from '../feedback/LoadingStatus';
import { ProblemNotice } from '../feedback/ProblemNotice';
import { usePageTitle } from '../feedback/usePageTitle';
import { ApplySection } from './ApplySection';
import { BadgeList } from './BadgeList';
import { useMyCredentials } from './credentialQueries';
import { MyCredentialCard } from './MyCredentialCard';

export function VerificationPage() {
  const { t } = useTranslation();
  usePageTitle(t('verification.heading'));
  const content = (
    <SignedIn signInPrompt={t('verification.signInPrompt')}>
      {(member) => <MyVerification member={member} />}
    </SignedIn>
  );

  return (
    <section className="page page--narrow verification">
      <h1>{t('verification.heading')}</h1>
      <p className="page__lead">{t('verification.lead')}</p>
      <p className="privacy-reminder">{t('verification.privacy')}</p>
      {content}
    </section>
  );
}

function MyVerification({ member }: { member: MemberSelf }) {
  const { t } = useTranslation();
  const mine = useMyCredentials();

  if (mine.isPending) return <LoadingStatus message={t('verification.loading')} />;
  if (mine.isError)
    return (
      <ProblemNotice
        summary={t('verification.loadFailed')}
        error={mine.error}
        isRetrying={mine.isFetching}
        onRetry={() => {
          void mine.refetch();
        }}
      />
    );

  const badges: Badge[] = mine.data.items.flatMap((item) =>
    item.status === 'approved' && item.expiresAt !== null
      ? [{ ...item, verifiedUntil: item.expiresAt }]
      : [],
  );
  return (
    <>
      <section className="settings__section" aria-labelledby="verification-badges">
        <h2 id="verification-badges">{t('verification.badgesHeading')}</h2>
        {badges.length === 0 ? (
          <p>{t('verification.noBadges')}</p>
        ) : (
          <BadgeList badges={badges} label={t('verification.badgesHeading')} remindsToRenew />
        )}
      </section>
      <section className="settings__section" aria-labelledby="verification-applications">
        <h2 id="verification-applications">{t('verification.applicationsHeading')}</h2>
        {mine.data.items.length === 0 ? (
          <p>{t('verification.noApplications')}</p>
        ) : (
          <ol className="credential-list">
            {mine.data.items.map((credential) => (
              <MyCredentialCard key={credential.id} credential={credential} />
            ))}
          </ol>
        )}
      </section>
      <ApplySection mine={mine.data} country={member.country} />
    </>
  );
}
