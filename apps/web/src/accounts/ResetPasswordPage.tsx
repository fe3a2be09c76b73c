// Opened from the password reset e-mail: choose a new password. Every other session ends, this
// browser is signed in, and the member lands on the home page with a notice.
import { useMemo } from 'react';
import { Link, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { PASSWORD_MIN_LENGTH, PasswordResetConfirmBodySchema } from '@consilium/api';
import type { PasswordResetConfirmBody } from '@consilium/api';
import { usePageTitle } from '../feedback/usePageTitle';
import type { FormSchema } from '../forms/fieldProblems';
import { FormAlert } from '../forms/FormAlert';
import { TextField } from '../forms/TextField';
import { useSchemaForm } from '../forms/useSchemaForm';
import { withFlashNotice } from '../shell/FlashNotice';
import { useLinkToken } from './emailLink';
import { useConfirmPasswordReset } from './session';

export function ResetPasswordPage() {
  const { t } = useTranslation();
  usePageTitle(t('resetPassword.heading'));
  const token = useLinkToken();
  return (
    <section className="page page--narrow">
      <h1>{t('resetPassword.heading')}</h1>
      {token === null ? (
        <div className="notice notice--problem" role="alert">
          <p className="notice__summary">{t('resetPassword.linkFailed')}</p>
          <p>{t('emailLinks.incomplete')}</p>
        </div>
      ) : (
        <ResetPasswordForm token={token} />
      )}
      <p className="form__switch">
        {t('resetPassword.linkExpired')}{' '}
        <Link to="/forgot-password">{t('resetPassword.askAgain')}</Link>
      </p>
    </section>
  );
}

const EMPTY_RESET = { password: '' };

function ResetPasswordForm({ token }: { token: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const confirmReset = useConfirmPasswordReset();
  const fieldNames = useMemo(() => ({ password: t('fields.newPassword') }), [t]);
  // The token comes from the link, not from a field: the form checks the password only.
  const schema = useMemo<FormSchema<PasswordResetConfirmBody>>(
    () => ({
      safeParse: (values) =>
        PasswordResetConfirmBodySchema.safeParse({ ...(values as object), token }),
    }),
    [token],
  );
  const form = useSchemaForm({ schema, initialValues: EMPTY_RESET, fieldNames });

  return (
    <form
      className="form"
      noValidate
      onSubmit={form.submit((body) => {
        confirmReset.mutate(body, {
          onSuccess: () => {
            void navigate('/', { replace: true, state: withFlashNotice('passwordReset') });
          },
          onError: form.showFailure,
        });
      })}
    >
      <FormAlert alert={form.alert} />
      <TextField
        {...form.bind('password')}
        label={t('fields.newPassword')}
        hint={t('register.passwordHint', { minimum: PASSWORD_MIN_LENGTH })}
        type="password"
        autoComplete="new-password"
        required
      />
      <div className="form__actions">
        <button type="submit" className="button" disabled={confirmReset.isPending}>
          {confirmReset.isPending ? t('resetPassword.submitting') : t('resetPassword.submit')}
        </button>
      </div>
    </form>
  );
}
