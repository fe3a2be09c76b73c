// Sending the e-mail verification link again: a button when the address is known, a small
// form when it is not. The server's answer never says whether the address has an account.
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { EmailBodySchema } from '@consilium/api';
import { describeFailure } from '../feedback/ProblemNotice';
import { FormAlert } from '../forms/FormAlert';
import { TextField } from '../forms/TextField';
import { useSchemaForm } from '../forms/useSchemaForm';
import { useResendVerification } from './session';

export function ResendVerificationButton({ email }: { email: string }) {
  const { t } = useTranslation();
  const resend = useResendVerification();
  return (
    <div className="resend">
      <button
        type="button"
        className="button button--secondary"
        disabled={resend.isPending}
        onClick={() => {
          resend.mutate(email);
        }}
      >
        {resend.isPending ? t('verify.resending') : t('verify.resend')}
      </button>
      <p className="resend__status" role="status">
        {resend.isSuccess ? resend.data.detail : null}
      </p>
      <p className="resend__error" role="alert">
        {resend.isError ? describeFailure(resend.error, t) : null}
      </p>
    </div>
  );
}

const EMPTY_RESEND = { email: '' };

export function ResendVerificationForm() {
  const { t } = useTranslation();
  const resend = useResendVerification();
  const fieldNames = useMemo(() => ({ email: t('fields.email') }), [t]);
  const form = useSchemaForm({ schema: EmailBodySchema, initialValues: EMPTY_RESEND, fieldNames });
  return (
    <form
      className="form"
      noValidate
      onSubmit={form.submit((body) => {
        resend.mutate(body.email, { onError: form.showFailure });
      })}
    >
      <h2>{t('verify.resendHeading')}</h2>
      <FormAlert alert={form.alert} />
      <TextField
        {...form.bind('email')}
        label={t('fields.email')}
        type="email"
        autoComplete="email"
        required
      />
      <div className="form__actions">
        <button type="submit" className="button" disabled={resend.isPending}>
          {resend.isPending ? t('verify.resending') : t('verify.resend')}
        </button>
        <p className="form__status" role="status">
          {resend.isSuccess ? resend.data.detail : null}
        </p>
      </div>
    </form>
  );
}
