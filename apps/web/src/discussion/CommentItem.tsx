// One comment in the thread: who wrote it and when, what kind it is, its text (or the marker
// left when it was deleted), its earlier texts on request, the actions allowed, and its replies.
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CommentView } from '@consilium/api';
import { RelativeTime } from '../i18n/RelativeTime';
import { AuthorLink } from '../profiles/AuthorLink';
import { CommentHistory } from './CommentHistory';
import { EditCommentForm, ReplyForm } from './CommentForms';
import type { ThreadNode } from './thread';
import { DeleteCommentControl } from './DeleteCommentControl';

type Panel = 'none' | 'reply' | 'edit' | 'delete';

export interface CommentItemProps {
  caseId: string;
  node: ThreadNode;
  depth: number;
}

export function CommentItem({ caseId, node, depth }: CommentItemProps) {
  const { t } = useTranslation();
  const { comment, replies } = node;
  const [panel, setPanel] = useState<Panel>('none');
  const [showHistory, setShowHistory] = useState(false);
  const historyId = useId();
  const close = () => {
    setPanel('none');
  };
  const cardClass = comment.byOwner ? 'comment__card comment__card--owner' : 'comment__card';

  return (
    <li className="comment" data-testid="comment" data-comment-id={comment.id}>
      <div className={cardClass}>
        <p className="comment__meta">
          <AuthorLink author={comment.author} />
          {comment.byOwner ? (
            <span className="comment__badge comment__badge--owner">{t('discussion.owner')}</span>
          ) : null}
          <RelativeTime iso={comment.createdAt} />
          {comment.editedAt !== null && !comment.deleted ? (
            <span className="comment__edited">
              {t('discussion.edited')}{' '}
              <button
                type="button"
                className="link-button"
                aria-expanded={showHistory}
                aria-controls={showHistory ? historyId : undefined}
                onClick={() => {
                  setShowHistory((shown) => !shown);
                }}
              >
                {t('discussion.history')}
              </button>
            </span>
          ) : null}
        </p>
        {comment.kind === 'question' ? <QuestionLabel comment={comment} /> : null}
        {comment.deleted ? (
          <p className="comment__deleted">{t('discussion.deleted')}</p>
        ) : panel === 'edit' ? (
          <EditCommentForm caseId={caseId} comment={comment} onSaved={close} onCancel={close} />
        ) : (
          <div
            className="comment__text"
            // Sanitised on the server: no raw HTML, no scripts, safe links only.
            dangerouslySetInnerHTML={{ __html: comment.bodyHtml }}
          />
        )}
        {showHistory ? <CommentHistory commentId={comment.id} id={historyId} /> : null}
        {comment.deleted || panel !== 'none' ? null : (
          <CommentActions comment={comment} onOpen={setPanel} />
        )}
        {panel === 'delete' ? (
          <DeleteCommentControl caseId={caseId} commentId={comment.id} onDone={close} />
        ) : null}
      </div>
      {panel === 'reply' ? (
        <ReplyForm caseId={caseId} parent={comment} onPosted={close} onCancel={close} />
      ) : null}
      {replies.length > 0 ? (
        <CommentThread
          caseId={caseId}
          nodes={replies}
          depth={depth + 1}
          label={t('discussion.repliesTo', { name: comment.author.displayName })}
        />
      ) : null}
    </li>
  );
}

function QuestionLabel({ comment }: { comment: CommentView }) {
  const { t } = useTranslation();
  return (
    <p className="comment__question">
      <span className="comment__badge comment__badge--question">{t('discussion.question')}</span>
      <span
        className={
          comment.answered
            ? 'comment__answer-state comment__answer-state--answered'
            : 'comment__answer-state'
        }
      >
        {comment.answered ? t('discussion.answered') : t('discussion.notAnswered')}
      </span>
    </p>
  );
}

function CommentActions({
  comment,
  onOpen,
}: {
  comment: CommentView;
  onOpen: (panel: Panel) => void;
}) {
  const { t } = useTranslation();
  const { canReply, canEdit, canDelete } = comment.abilities;
  if (!canReply && !canEdit && !canDelete) return null;
  return (
    <p className="comment__actions">
      {canReply ? (
        <button
          type="button"
          className="button button--secondary button--small"
          onClick={() => {
            onOpen('reply');
          }}
        >
          {t('discussion.reply')}
        </button>
      ) : null}
      {canEdit ? (
        <button
          type="button"
          className="button button--secondary button--small"
          onClick={() => {
            onOpen('edit');
          }}
        >
          {t('discussion.edit')}
        </button>
      ) : null}
      {canDelete ? (
        <button
          type="button"
          className="button button--secondary button--small"
          onClick={() => {
            onOpen('delete');
          }}
        >
          {t('discussion.delete')}
        </button>
      ) : null}
    </p>
  );
}

// The thread and its items draw each other (replies nest), so they live in one module.
export interface CommentThreadProps {
  caseId: string;
  nodes: readonly ThreadNode[];
  depth: number;
  label?: string;
}

export function CommentThread({ caseId, nodes, depth, label }: CommentThreadProps) {
  return (
    <ol
      className={depth === 0 ? 'comment-thread' : 'comment-thread comment-thread--replies'}
      aria-label={label}
    >
      {nodes.map((node) => (
        <CommentItem key={node.comment.id} caseId={caseId} node={node} depth={depth} />
      ))}
    </ol>
  );
}
