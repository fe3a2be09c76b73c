// The discussion under a case: the thread of comments and questions to the owner, and a way to
// join in (or, for a visitor, to sign in first).
import { useTranslation } from 'react-i18next';
import type { CaseDetail } from '@consilium/api';
import { SignInPrompt } from '../accounts/SignInPrompt';
import { LoadingStatus } from '../feedback/LoadingStatus';
import { ProblemNotice } from '../feedback/ProblemNotice';
import { NewCommentForm } from './CommentForms';
import { CommentThread } from './CommentItem';
import { buildThread } from './thread';
import { useComments } from './commentQueries';

const HEADING_ID = 'discussion-heading';

export function DiscussionSection({
  caseDetail,
  isSignedIn,
}: {
  caseDetail: CaseDetail;
  isSignedIn: boolean;
}) {
  const { t } = useTranslation();
  const comments = useComments(caseDetail.id);

  return (
    <section className="discussion" aria-labelledby={HEADING_ID}>
      <h2 id={HEADING_ID}>{t('discussion.heading')}</h2>
      {comments.isPending ? <LoadingStatus message={t('discussion.loading')} /> : null}
      {comments.isError ? (
        <ProblemNotice
          summary={t('discussion.loadFailed')}
          error={comments.error}
          isRetrying={comments.isFetching}
          onRetry={() => {
            void comments.refetch();
          }}
        />
      ) : null}
      {comments.isSuccess ? (
        <>
          {comments.data.items.length === 0 ? (
            <p className="empty-state">{t('discussion.empty')}</p>
          ) : (
            <CommentThread
              caseId={caseDetail.id}
              nodes={buildThread(comments.data.items)}
              depth={0}
              label={t('discussion.threadLabel')}
            />
          )}
          <div className="discussion__entry">
            <h3>{t('discussion.joinHeading')}</h3>
            {comments.data.canComment ? (
              <NewCommentForm caseId={caseDetail.id} canAsk={comments.data.canAsk} />
            ) : isSignedIn ? (
              <p className="notice">{t('discussion.unavailable')}</p>
            ) : (
              <SignInPrompt message={t('discussion.signInPrompt')} />
            )}
          </div>
        </>
      ) : null}
    </section>
  );
}
