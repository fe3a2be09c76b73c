// Moderators' list of accounts that keep backing the same wrong answers together (flagged when
// outcomes are confirmed): each pair with how often, and a way to mark it reviewed.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { routes } from '@consilium/api';
import type { CollusionFlag } from '@consilium/api';
import { callApi } from '../api/client';
import { SignedIn } from '../accounts/SignedIn';
import { LoadingStatus } from '../feedback/LoadingStatus';
import { ProblemNotice } from '../feedback/ProblemNotice';
import { usePageTitle } from '../feedback/usePageTitle';
import { RelativeTime } from '../i18n/RelativeTime';
import { ModerationProblem } from './ModerationProblem';

export const COLLUSION_PATH = '/moderation/collusion';
const flagKeys = { all: ['moderation', 'collusion-flags'] as const };

export function CollusionFlagsPage() {
  const { t } = useTranslation();
  usePageTitle(t('collusion.heading'));
  return (
    <section className="page moderation-queue">
      <h1>{t('collusion.heading')}</h1>
      <p className="page__lead">{t('collusion.lead')}</p>
      <SignedIn signInPrompt={t('queue.signInPrompt')}>{() => <Flags />}</SignedIn>
    </section>
  );
}

function Flags() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const flags = useQuery({
    queryKey: flagKeys.all,
    queryFn: ({ signal }) => callApi(routes.outcomes.collusionFlags, {}, { signal }),
  });
  const review = useMutation({
    mutationFn: (flag: CollusionFlag) =>
      callApi(routes.outcomes.reviewCollusion, {
        body: { memberA: flag.memberA.handle, memberB: flag.memberB.handle },
      }),
    onSuccess: (list) => {
      queryClient.setQueryData(flagKeys.all, list);
    },
  });

  if (flags.isPending) return <LoadingStatus message={t('collusion.loading')} />;
  if (flags.isError)
    return (
      <ModerationProblem
        summary={t('collusion.loadFailed')}
        error={flags.error}
        isRetrying={flags.isFetching}
        onRetry={() => {
          void flags.refetch();
        }}
      />
    );
  if (flags.data.items.length === 0) return <p className="empty-state">{t('collusion.empty')}</p>;
  return (
    <>
      {review.isError ? (
        <ProblemNotice summary={t('collusion.reviewFailed')} error={review.error} />
      ) : null}
      <ul className="collusion-list">
        {flags.data.items.map((flag) => (
          <li
            key={`${flag.memberA.handle} ${flag.memberB.handle}`}
            className="collusion-flag"
            data-testid="collusion-flag"
          >
            <p>
              <Link to={`/members/${flag.memberA.handle}`}>{flag.memberA.displayName}</Link>
              {' · '}
              <Link to={`/members/${flag.memberB.handle}`}>{flag.memberB.displayName}</Link>
            </p>
            <p>
              {t('collusion.agreement', {
                agreements: flag.agreements,
                overlap: flag.overlap,
              })}{' '}
              <RelativeTime iso={flag.flaggedAt} />
            </p>
            {flag.reviewedAt === null ? (
              <button
                type="button"
                className="button button--secondary button--small"
                disabled={review.isPending}
                onClick={() => {
                  review.mutate(flag);
                }}
              >
                {t('collusion.markReviewed')}
              </button>
            ) : (
              <p className="collusion-flag__reviewed">{t('collusion.reviewed')}</p>
            )}
          </li>
        ))}
      </ul>
    </>
  );
}
