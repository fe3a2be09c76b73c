// A comment's earlier texts, newest first, loaded when the reader asks for them.
import { useTranslation } from 'react-i18next';
import { LoadingStatus } from '../feedback/LoadingStatus';
import { ProblemNotice } from '../feedback/ProblemNotice';
import { formatDateTime } from '../i18n/format';
import { useCommentRevisions } from './commentQueries';

export function CommentHistory({ commentId, id }: { commentId: string; id: string }) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? 'en';
  const revisions = useCommentRevisions(commentId);
  return (
    <div className="comment__history" id={id}>
      {revisions.isPending ? <LoadingStatus message={t('discussion.historyLoading')} /> : null}
      {revisions.isError ? (
        <ProblemNotice
          summary={t('discussion.historyFailed')}
          error={revisions.error}
          isRetrying={revisions.isFetching}
          onRetry={() => {
            void revisions.refetch();
          }}
        />
      ) : null}
      {revisions.isSuccess && revisions.data.items.length === 0 ? (
        <p>{t('discussion.historyEmpty')}</p>
      ) : null}
      {revisions.isSuccess && revisions.data.items.length > 0 ? (
        <ol className="comment__revisions" aria-label={t('discussion.historyLabel')}>
          {revisions.data.items.map((item) => (
            <li key={item.createdAt} className="comment__revision">
              <p className="comment__revision-meta">
                {t('discussion.writtenOn')}{' '}
                <time dateTime={item.createdAt}>
                  {formatDateTime(new Date(item.createdAt), language)}
                </time>
              </p>
              <div
                className="comment__text"
                // Sanitised on the server: no raw HTML, no scripts, safe links only.
                dangerouslySetInnerHTML={{ __html: item.bodyHtml }}
              />
            </li>
          ))}
        </ol>
      ) : null}
    </div>
  );
}
