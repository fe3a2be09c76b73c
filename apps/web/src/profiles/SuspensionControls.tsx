// For moderators on a member's profile: whether the member is suspended, and suspending them
// (with a reason they are told) or lifting the suspension.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SuspensionBodySchema } from '@consilium/api';
import type { PublicProfile } from '@consilium/api';
import { describeFailure } from '../feedback/ProblemNotice';
import { FormAlert } from '../forms/FormAlert';
import { TextField } from '../forms/TextField';
import { useSchemaForm } from '../forms/useSchemaForm';
import { useReinstateMember, useSuspendMember } from '../moderation/moderationQueries';

type Moderation = NonNullable<PublicProfile['moderation']>;

const EMPTY = { reason: '' };

export function SuspensionControls({
  handle,
  moderation,
}: {
  handle: string;
  moderation: Moderation;
}) {
  const { t } = useTranslation();
  const [done, setDone] = useState<'suspended' | 'reinstated' | null>(null);
  return (
    <section className="settings__section suspension" aria-labelledby="profile-moderation">
      <h2 id="profile-moderation">{t('suspension.heading')}</h2>
      <p className="suspension__state">
        {moderation.isSuspended ? (
          <span className="badge badge--suspended">{t('suspension.isSuspended')}</span>
        ) : (
          t('suspension.isActive')
        )}
      </p>
      <p className="form__status" role="status">
        {done === null ? null : t(`suspension.done.${done}`)}
      </p>
      {moderation.canSuspend ? (
        <SuspendForm
          handle={handle}
          onDone={() => {
            setDone('suspended');
          }}
        />
      ) : null}
      {moderation.canReinstate ? (
        <ReinstateButton
          handle={handle}
          onDone={() => {
            setDone('reinstated');
          }}
        />
      ) : null}
    </section>
  );
}

function SuspendForm({ handle, onDone }: { handle: string; onDone: () => void }) {
  const { t } = useTranslation();
  const suspend = useSuspendMember(handle);
  const form = useSchemaForm({
    schema: SuspensionBodySchema,
    initialValues: EMPTY,
    fieldNames: { reason: t('suspension.reason') },
  });
  return (
    <form
      className="form"
      noValidate
      onSubmit={form.submit((body) => {
        suspend.mutate(body.reason, {
          onSuccess: () => {
            form.reset();
            onDone();
          },
          onError: form.showFailure,
        });
      })}
    >
      <FormAlert alert={form.alert} />
      <TextField
        {...form.bind('reason')}
        label={t('suspension.reason')}
        hint={t('suspension.reasonHint')}
        multiline
        rows={3}
        required
      />
      <div className="form__actions">
        <button type="submit" className="button button--danger" disabled={suspend.isPending}>
          {suspend.isPending ? t('suspension.suspending') : t('suspension.suspend')}
        </button>
      </div>
    </form>
  );
}

function ReinstateButton({ handle, onDone }: { handle: string; onDone: () => void }) {
  const { t } = useTranslation();
  const reinstate = useReinstateMember(handle);
  return (
    <div className="form__actions">
      <button
        type="button"
        className="button"
        disabled={reinstate.isPending}
        onClick={() => {
          reinstate.mutate(undefined, { onSuccess: onDone });
        }}
      >
        {reinstate.isPending ? t('suspension.reinstating') : t('suspension.reinstate')}
      </button>
      <p className="settings__error" role="alert">
        {reinstate.isError
          ? t('suspension.reinstateFailed', { detail: describeFailure(reinstate.error, t) })
          : null}
      </p>
    </div>
  );
}
