// The home page: six feeds (latest, unanswered, my specialties, trending, following, bookmarks)
// with filters, both kept in the address; members' feeds invite visitors to sign in.
import { Link, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { CaseFeedName } from '@consilium/api';
import { useSession } from '../accounts/session';
import { SignInPrompt } from '../accounts/SignInPrompt';
import { LoadingStatus } from '../feedback/LoadingStatus';
import { ProblemNotice } from '../feedback/ProblemNotice';
import { usePageTitle } from '../feedback/usePageTitle';
import { CaseFeedList } from './CaseFeedList';
import { CaseFilterPanel } from './CaseFilterPanel';
import { FeedTabs } from './FeedTabs';
import { feedOf, isMemberFeed } from './caseFilters';
import { useVerifiedSpecialties } from './verifiedSpecialties';

export function CaseFeedPage() {
  const { t } = useTranslation();
  const [search] = useSearchParams();
  const feed = feedOf(search);
  const heading = t(`feed.headings.${feed}`);
  usePageTitle(feed === 'latest' ? null : heading);

  return (
    <section className="page">
      <div className="page__header">
        <h1>{heading}</h1>
        <Link className="button" to="/cases/new">
          {t('feed.postNew')}
        </Link>
      </div>
      <p className="page__lead">{t('feed.lead')}</p>
      <FeedTabs current={feed} />
      <CaseFilterPanel />
      <FeedFor key={feed} feed={feed} heading={heading} />
    </section>
  );
}

/** The feed itself, or why it cannot be shown to this reader. */
function FeedFor({ feed, heading }: { feed: CaseFeedName; heading: string }) {
  const { t } = useTranslation();
  const session = useSession();
  if (!isMemberFeed(feed)) return <CaseFeedList feed={feed} heading={heading} />;
  if (session.isPending) return <LoadingStatus message={t('account.checking')} />;
  if (session.isError)
    return (
      <ProblemNotice
        summary={t('account.checkFailed')}
        error={session.error}
        onRetry={() => {
          void session.refetch();
        }}
      />
    );
  if (session.data.member === null)
    return <SignInPrompt message={t(`feed.signInPrompts.${feed}`)} />;
  if (feed === 'specialties') return <SpecialtiesFeed heading={heading} />;
  return <CaseFeedList feed={feed} heading={heading} />;
}

/** My specialties: needs verified specialties, or it explains how to get them. */
function SpecialtiesFeed({ heading }: { heading: string }) {
  const { t } = useTranslation();
  const specialties = useVerifiedSpecialties();
  if (specialties.isPending) return <LoadingStatus message={t('feed.loading')} />;
  if (specialties.isError)
    return (
      <ProblemNotice
        summary={t('feed.specialtiesFailed')}
        error={specialties.error}
        onRetry={() => {
          void specialties.refetch();
        }}
      />
    );
  if (specialties.names.length === 0)
    return (
      <div className="empty-state">
        <h2>{t('feed.noSpecialtiesHeading')}</h2>
        <p>{t('feed.noSpecialtiesLead')}</p>
        <p>
          <Link to="/verification">{t('feed.noSpecialtiesAction')}</Link>
        </p>
      </div>
    );
  return (
    <>
      <p className="feed__specialties">
        {t('feed.specialtiesLead', { names: specialties.names.join(', ') })}
      </p>
      <CaseFeedList feed="specialties" heading={heading} />
    </>
  );
}
