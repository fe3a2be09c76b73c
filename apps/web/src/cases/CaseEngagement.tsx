// A case's activity (views, followers, comments) and, for a signed-in reader, Follow and Bookmark:
// pressed at once, undone with the reason in words if the server refuses.
import { useTranslation } from 'react-i18next';
import type { CaseDetail } from '@consilium/api';
import { describeFailure } from '../feedback/ProblemNotice';
import { useBookmarkCase, useFollowCase } from './engagementQueries';

export function CaseEngagement({ caseDetail }: { caseDetail: CaseDetail }) {
  const { t } = useTranslation();
  const { stats } = caseDetail;
  return (
    <div className="case-engagement">
      <ul className="case-stats" aria-label={t('engagement.statsLabel')}>
        <li>{t('engagement.views', { count: stats.views })}</li>
        <li>{t('engagement.followers', { count: stats.followers })}</li>
        <li>{t('engagement.comments', { count: stats.comments })}</li>
      </ul>
      {caseDetail.abilities.canFollow ? <EngagementButtons caseDetail={caseDetail} /> : null}
    </div>
  );
}

function EngagementButtons({ caseDetail }: { caseDetail: CaseDetail }) {
  const { t } = useTranslation();
  const follow = useFollowCase(caseDetail.id);
  const bookmark = useBookmarkCase(caseDetail.id);
  const { following, bookmarked } = caseDetail.viewer;

  return (
    <div className="case-engagement__actions">
      <button
        type="button"
        className="button button--secondary toggle-button"
        aria-pressed={following}
        onClick={() => {
          if (!follow.isPending) follow.mutate(!following);
        }}
      >
        {following ? t('engagement.following') : t('engagement.follow')}
      </button>
      <button
        type="button"
        className="button button--secondary toggle-button"
        aria-pressed={bookmarked}
        onClick={() => {
          if (!bookmark.isPending) bookmark.mutate(!bookmarked);
        }}
      >
        {bookmarked ? t('engagement.bookmarked') : t('engagement.bookmark')}
      </button>
      {follow.isError ? (
        <p className="case-engagement__error" role="alert">
          {t(follow.variables ? 'engagement.followFailed' : 'engagement.unfollowFailed', {
            detail: describeFailure(follow.error, t),
          })}
        </p>
      ) : null}
      {bookmark.isError ? (
        <p className="case-engagement__error" role="alert">
          {t(bookmark.variables ? 'engagement.bookmarkFailed' : 'engagement.unbookmarkFailed', {
            detail: describeFailure(bookmark.error, t),
          })}
        </p>
      ) : null}
    </div>
  );
}
