// The moderators' verification queue: applications by filter (waiting first, oldest first), a
// page at a time, each opening its review.
import { Link, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { QUEUE_FILTERS } from '@consilium/api';
import type { CredentialQueue } from '@consilium/api';
import { SignedIn } from '../accounts/SignedIn';
import { CredentialStatusBadge } from '../credentials/CredentialStatusBadge';
import { specialtyNames, subjectTitle } from '../credentials/credentialLabels';
import { LoadingStatus } from '../feedback/LoadingStatus';
import { ProblemNotice } from '../feedback/ProblemNotice';
import { usePageTitle } from '../feedback/usePageTitle';
import { countryName } from '../i18n/countryNames';
import { RelativeTime } from '../i18n/RelativeTime';
import { ModerationProblem } from './ModerationProblem';
import { useCredentialQueue } from './moderationQueries';
import type { QueueFilter } from './moderationQueries';

export const QUEUE_PATH = '/moderation/credentials';

function filterOf(value: string | null): QueueFilter {
  return QUEUE_FILTERS.find((filter) => filter === value) ?? 'waiting';
}

export function CredentialQueuePage() {
  const { t } = useTranslation();
  usePageTitle(t('queue.heading'));
  const [search] = useSearchParams();
  const filter = filterOf(search.get('filter'));

  const content = (
    <SignedIn signInPrompt={t('queue.signInPrompt')}>
      {() => <Queue key={filter} filter={filter} />}
    </SignedIn>
  );

  return (
    <section className="page moderation-queue">
      <h1>{t('queue.heading')}</h1>
      <p className="page__lead">{t('queue.lead')}</p>
      <nav className="queue-filters" aria-label={t('queue.filtersLabel')}>
        <ul className="queue-filters__list">
          {QUEUE_FILTERS.map((option) => (
            <li key={option}>
              <Link
                className="queue-filters__link"
                to={option === 'waiting' ? QUEUE_PATH : `${QUEUE_PATH}?filter=${option}`}
                aria-current={option === filter ? 'page' : undefined}
              >
                {t(`queue.filters.${option}`)}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      {content}
    </section>
  );
}

function Queue({ filter }: { filter: QueueFilter }) {
  const { t } = useTranslation();
  const queue = useCredentialQueue(filter);
  const items = queue.data?.pages.flatMap((page) => page.items) ?? [];
  const waitingCount = queue.data?.pages[0]?.waitingCount;

  if (queue.isPending) return <LoadingStatus message={t('queue.loading')} />;
  if (queue.isError && items.length === 0)
    return (
      <ModerationProblem
        summary={t('queue.loadFailed')}
        error={queue.error}
        isRetrying={queue.isFetching}
        onRetry={() => {
          void queue.refetch();
        }}
      />
    );

  return (
    <>
      {waitingCount === undefined ? null : (
        <p className="queue__count" role="status">
          {t('queue.waitingCount', { count: waitingCount })}
        </p>
      )}
      {items.length === 0 ? (
        <p className="empty-state">{t(`queue.empty.${filter}`)}</p>
      ) : (
        <ol className="queue__list" aria-label={t(`queue.listLabels.${filter}`)}>
          {items.map((item) => (
            <QueueItem key={item.id} item={item} />
          ))}
        </ol>
      )}
      {queue.isFetchNextPageError ? (
        <ProblemNotice summary={t('queue.loadMoreFailed')} error={queue.error} />
      ) : null}
      {queue.hasNextPage ? (
        <div className="load-more">
          <button
            type="button"
            className="button button--secondary"
            disabled={queue.isFetchingNextPage}
            onClick={() => {
              void queue.fetchNextPage();
            }}
          >
            {queue.isFetchingNextPage ? t('queue.loadingMore') : t('queue.loadMore')}
          </button>
        </div>
      ) : null}
    </>
  );
}

function QueueItem({ item }: { item: CredentialQueue['items'][number] }) {
  const { t, i18n } = useTranslation();
  return (
    <li className="queue-item" data-testid="queue-item">
      <article>
        <h2 className="queue-item__title">
          <Link to={`${QUEUE_PATH}/${item.id}`}>{item.applicant.displayName}</Link>{' '}
          <span className="queue-item__handle">@{item.applicant.handle}</span>
        </h2>
        <p className="queue-item__subject">
          {subjectTitle(t, item)}
          {item.specialties.length > 0 ? ` · ${specialtyNames(item.specialties)}` : null}
        </p>
        <p className="queue-item__meta">
          <CredentialStatusBadge status={item.status} />
          <span>{countryName(item.country, i18n.resolvedLanguage ?? 'en')}</span>
          <span>{item.hasEvidence ? t('queue.hasEvidence') : t('queue.noEvidence')}</span>
          <span>
            {t('queue.submitted')} <RelativeTime iso={item.submittedAt} />
          </span>
        </p>
      </article>
    </li>
  );
}
