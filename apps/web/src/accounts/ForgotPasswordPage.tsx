// Asking for a password reset link. The answer is the same whether or not an account uses the
// address, so the page never reveals who is a member.
import { useMemo } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { EmailBodySchema } from '@consilium/api';
import { usePageTitle } from '../feedback/usePageTitle';
import { FormAlert } from '../forms/FormAlert';
import { TextField } from '../forms/TextField';
import { useSchemaForm } from '../forms/useSchemaForm';
import { useRequestPasswordReset } from './session';

const EMPTY_REQUEST = { email: '' };

export function ForgotPasswordPage() {
  const { t } = useTranslation();
  usePageTitle(t('forgotPassword.heading'));
  const requestReset = useRequestPasswordReset();
  const fieldNames = useMemo(() => ({ email: t('fields.email') }), [t]);
  const form = useSchemaForm({
    schema: EmailBodySchema,
    initialValues: EMPTY_REQUEST,
    fieldNames,
  });

  return (
    <section className="page page--narrow">
      <h1>{t('forgotPassword.heading')}</h1>
      <p className="page__lead">{t('forgotPassword.lead')}</p>
      <form
        className="form"
        noValidate
        onSubmit={form.submit((body) => {
          requestReset.mutate(body.email, { onError: form.showFailure });
        })}
      >
        <FormAlert alert={form.alert} />
        <TextField
          {...form.bind('email')}
          label={t('fields.email')}
          type="email"
          autoComplete="email"
          required
        />
        <div className="form__actions">
          <button type="submit" className="button" disabled={requestReset.isPending}>
            {requestReset.isPending ? t('forgotPassword.submitting') : t('forgotPassword.submit')}
          </button>
        </div>
        <div className="form__outcome" role="status">
          {requestReset.isSuccess ? (
            <div className="notice notice--success">
              <p>{requestReset.data.detail}</p>
              <p>{t('forgotPassword.nextStep')}</p>
            </div>
          ) : null}
        </div>
      </form>
      <p className="form__switch">
        <Link to="/sign-in">{t('forgotPassword.backToSignIn')}</Link>
      </p>
    </section>
  );
}
