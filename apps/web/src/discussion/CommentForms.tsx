// Writing in the discussion: a new comment (or a question to the owner), a reply, an edit. Each
// is checked against the same schema the server uses before it is sent.
import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CreateCommentBodySchema, EditCommentBodySchema } from '@consilium/api';
import type { CommentView } from '@consilium/api';
import { FormAlert } from '../forms/FormAlert';
import { TextField } from '../forms/TextField';
import { useSchemaForm } from '../forms/useSchemaForm';
import type { FieldBinding } from '../forms/useSchemaForm';
import { useCreateComment, useEditComment } from './commentQueries';

const EMPTY_COMMENT = { body: '', kind: 'comment' };
const EMPTY_REPLY = { body: '' };

export function NewCommentForm({ caseId, canAsk }: { caseId: string; canAsk: boolean }) {
  const { t } = useTranslation();
  const createComment = useCreateComment(caseId);
  const [posted, setPosted] = useState<'comment' | 'question' | null>(null);
  const fieldNames = useMemo(
    () => ({ body: t('discussion.yourComment'), kind: t('discussion.askOwner') }),
    [t],
  );
  const form = useSchemaForm({
    schema: CreateCommentBodySchema,
    initialValues: EMPTY_COMMENT,
    fieldNames,
  });

  return (
    <form
      className="form comment-form"
      noValidate
      onSubmit={(event) => {
        setPosted(null);
        form.submit((body) => {
          const sent = { ...body, kind: canAsk ? body.kind : ('comment' as const) };
          createComment.mutate(sent, {
            onSuccess: (created) => {
              form.reset();
              setPosted(created.kind);
            },
            onError: form.showFailure,
          });
        })(event);
      }}
    >
      <FormAlert alert={form.alert} />
      <TextField
        {...form.bind('body')}
        label={t('discussion.yourComment')}
        hint={t('discussion.bodyHint')}
        multiline
        rows={4}
        required
      />
      {canAsk ? <AskOwnerCheckbox binding={form.bind('kind')} /> : null}
      <div className="form__actions">
        <button type="submit" className="button" disabled={createComment.isPending}>
          {createComment.isPending ? t('discussion.posting') : t('discussion.postComment')}
        </button>
        <p className="form__status" role="status">
          {posted === 'question' ? t('discussion.questionPosted') : null}
          {posted === 'comment' ? t('discussion.commentPosted') : null}
        </p>
      </div>
    </form>
  );
}

function AskOwnerCheckbox({ binding }: { binding: FieldBinding }) {
  const { t } = useTranslation();
  const hintId = useId();
  return (
    <div className="field">
      <div className="radio-group__option">
        <input
          id={binding.id}
          type="checkbox"
          checked={binding.value === 'question'}
          aria-describedby={hintId}
          onChange={(event) => {
            binding.onChange(event.target.checked ? 'question' : 'comment');
          }}
        />
        <label htmlFor={binding.id}>{t('discussion.askOwner')}</label>
      </div>
      <p className="field__hint" id={hintId}>
        {t('discussion.askOwnerHint')}
      </p>
      {binding.error ? <p className="field__error">{binding.error}</p> : null}
    </div>
  );
}

export interface ReplyFormProps {
  caseId: string;
  parent: CommentView;
  onPosted: () => void;
  onCancel: () => void;
}

export function ReplyForm({ caseId, parent, onPosted, onCancel }: ReplyFormProps) {
  const { t } = useTranslation();
  const createComment = useCreateComment(caseId);
  const fieldNames = useMemo(() => ({ body: t('discussion.yourReply') }), [t]);
  const form = useSchemaForm({
    schema: CreateCommentBodySchema,
    initialValues: EMPTY_REPLY,
    fieldNames,
  });

  return (
    <form
      className="form comment-form comment-form--inline"
      noValidate
      onSubmit={form.submit((body) => {
        createComment.mutate(
          { ...body, kind: 'comment', parentId: parent.id },
          { onSuccess: onPosted, onError: form.showFailure },
        );
      })}
    >
      <FormAlert alert={form.alert} />
      <TextField
        {...form.bind('body')}
        label={t('discussion.yourReply')}
        hint={t('discussion.bodyHint')}
        multiline
        rows={3}
        required
      />
      <div className="form__actions">
        <button type="submit" className="button" disabled={createComment.isPending}>
          {createComment.isPending ? t('discussion.posting') : t('discussion.postReply')}
        </button>
        <button type="button" className="button button--secondary" onClick={onCancel}>
          {t('discussion.cancel')}
        </button>
      </div>
    </form>
  );
}

export interface EditFormProps {
  caseId: string;
  comment: CommentView;
  onSaved: () => void;
  onCancel: () => void;
}

export function EditCommentForm({ caseId, comment, onSaved, onCancel }: EditFormProps) {
  const { t } = useTranslation();
  const editComment = useEditComment(caseId, comment.id);
  const fieldNames = useMemo(() => ({ body: t('discussion.editLabel') }), [t]);
  const initialValues = useMemo(() => ({ body: comment.body }), [comment.body]);
  const form = useSchemaForm({
    schema: EditCommentBodySchema,
    initialValues,
    fieldNames,
  });

  return (
    <form
      className="form comment-form comment-form--inline"
      noValidate
      onSubmit={form.submit((body) => {
        editComment.mutate(body, { onSuccess: onSaved, onError: form.showFailure });
      })}
    >
      <FormAlert alert={form.alert} />
      <TextField
        {...form.bind('body')}
        label={t('discussion.editLabel')}
        hint={t('discussion.bodyHint')}
        multiline
        rows={4}
        required
      />
      <div className="form__actions">
        <button type="submit" className="button" disabled={editComment.isPending}>
          {editComment.isPending ? t('discussion.saving') : t('discussion.save')}
        </button>
        <button type="button" className="button button--secondary" onClick={onCancel}>
          {t('discussion.cancel')}
        </button>
      </div>
    </form>
  );
}
