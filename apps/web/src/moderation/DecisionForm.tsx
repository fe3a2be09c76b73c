// One decision on an application — approve, reject, ask for more information or revoke — with
// the words the member will read: a note (optional) or a reason or question (required).
import { useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { CredentialDecisionBodySchema } from '@consilium/api';
import type { CredentialDecisionBody, CredentialReview } from '@consilium/api';
import type { FormSchema } from '../forms/fieldProblems';
import { FormAlert } from '../forms/FormAlert';
import { TextField } from '../forms/TextField';
import { useSchemaForm } from '../forms/useSchemaForm';
import { useDecideCredential } from './moderationQueries';

export type Decision = CredentialDecisionBody['decision'];

const EMPTY = { message: '' };

function decisionSchema(decision: Decision): FormSchema<CredentialDecisionBody> {
  return {
    safeParse: (values) => {
      const { message } = values as typeof EMPTY;
      const body =
        decision === 'approve' && message.trim() === '' ? { decision } : { decision, message };
      return CredentialDecisionBodySchema.safeParse(body);
    },
  };
}

export function DecisionForm({
  credentialId,
  decision,
  onDecided,
}: {
  credentialId: string;
  decision: Decision;
  onDecided: (review: CredentialReview, decision: Decision) => void;
}) {
  const { t } = useTranslation();
  const headingId = useId();
  const decide = useDecideCredential(credentialId);
  const words = useDecisionWords(decision);
  const schema = useMemo(() => decisionSchema(decision), [decision]);
  const form = useSchemaForm({
    schema,
    initialValues: EMPTY,
    fieldNames: { message: words.messageLabel },
  });

  return (
    <section className={`decision decision--${decision}`} aria-labelledby={headingId}>
      <h3 id={headingId}>{words.heading}</h3>
      <form
        className="form"
        noValidate
        onSubmit={form.submit((body) => {
          decide.mutate(body, {
            onSuccess: (review) => {
              form.reset();
              onDecided(review, decision);
            },
            onError: form.showFailure,
          });
        })}
      >
        <FormAlert alert={form.alert} />
        <TextField
          {...form.bind('message')}
          label={words.messageLabel}
          hint={words.messageHint}
          multiline
          rows={3}
          required={decision !== 'approve'}
        />
        <div className="form__actions">
          <button
            type="submit"
            className={
              decision === 'reject' || decision === 'revoke'
                ? 'button button--danger'
                : decision === 'approve'
                  ? 'button'
                  : 'button button--secondary'
            }
            disabled={decide.isPending}
          >
            {decide.isPending ? t('review.deciding') : words.button}
          </button>
        </div>
      </form>
    </section>
  );
}

function useDecisionWords(decision: Decision) {
  const { t } = useTranslation();
  switch (decision) {
    case 'approve':
      return {
        heading: t('review.approveHeading'),
        messageLabel: t('review.noteLabel'),
        messageHint: t('review.noteHint'),
        button: t('review.approve'),
      };
    case 'reject':
      return {
        heading: t('review.rejectHeading'),
        messageLabel: t('review.reasonLabel'),
        messageHint: t('review.reasonHint'),
        button: t('review.reject'),
      };
    case 'request-info':
      return {
        heading: t('review.requestInfoHeading'),
        messageLabel: t('review.questionLabel'),
        messageHint: t('review.questionHint'),
        button: t('review.requestInfo'),
      };
    case 'revoke':
      return {
        heading: t('review.revokeHeading'),
        messageLabel: t('review.reasonLabel'),
        messageHint: t('review.revokeHint'),
        button: t('review.revoke'),
      };
  }
}
