// Deleting a comment in two steps: the first click says what will happen and asks again.
import { useEffect, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { describeFailure } from '../feedback/ProblemNotice';
import { useDeleteComment } from './commentQueries';

export interface DeleteCommentControlProps {
  caseId: string;
  commentId: string;
  onDone: () => void;
}

export function DeleteCommentControl({ caseId, commentId, onDone }: DeleteCommentControlProps) {
  const { t } = useTranslation();
  const deleteComment = useDeleteComment(caseId, commentId);
  const questionId = useId();
  const questionRef = useRef<HTMLParagraphElement>(null);

  useEffect(() => {
    questionRef.current?.focus();
  }, []);

  return (
    <div className="confirmation" role="group" aria-labelledby={questionId}>
      <p id={questionId} ref={questionRef} tabIndex={-1}>
        {t('discussion.deleteQuestion')}
      </p>
      <div className="form__actions">
        <button
          type="button"
          className="button button--danger"
          disabled={deleteComment.isPending}
          onClick={() => {
            deleteComment.mutate(undefined, { onSuccess: onDone });
          }}
        >
          {deleteComment.isPending ? t('discussion.deleting') : t('discussion.confirmDelete')}
        </button>
        <button
          type="button"
          className="button button--secondary"
          disabled={deleteComment.isPending}
          onClick={onDone}
        >
          {t('discussion.keep')}
        </button>
      </div>
      <p className="settings__error" role="alert">
        {deleteComment.isError
          ? t('discussion.deleteFailed', { detail: describeFailure(deleteComment.error, t) })
          : null}
      </p>
    </div>
  );
}
