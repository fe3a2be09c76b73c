// Signing in with e-mail and password, then back to where the member was going.
import { useMemo } from 'react';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { SignInBodySchema } from '@consilium/api';
import { usePageTitle } from '../feedback/usePageTitle';
import { FormAlert } from '../forms/FormAlert';
import { TextField } from '../forms/TextField';
import { useSchemaForm } from '../forms/useSchemaForm';
import { SwitchAccountPage, useNextPath, VisitorsOnly } from './AccountForm';
import { useSignIn } from './session';

const EMPTY_SIGN_IN = { email: '', password: '' };

export function SignInPage() {
  const { t } = useTranslation();
  usePageTitle(t('signIn.heading'));
  const next = useNextPath();
  const navigate = useNavigate();
  const signIn = useSignIn();
  const fieldNames = useMemo(
    () => ({ email: t('fields.email'), password: t('fields.password') }),
    [t],
  );
  const form = useSchemaForm({
    schema: SignInBodySchema,
    initialValues: EMPTY_SIGN_IN,
    fieldNames,
  });

  const formElement = (
    <form
      className="form"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        const body = form.validate();
        if (body === null) return;
        signIn.mutate(body, {
          onSuccess: () => {
            void navigate(next, { replace: true });
          },
          onError: form.showFailure,
        });
      }}
    >
      <FormAlert alert={form.alert} />
      <TextField
        {...form.bind('email')}
        label={t('fields.email')}
        type="email"
        autoComplete="email"
        required
      />
      <TextField
        {...form.bind('password')}
        label={t('fields.password')}
        type="password"
        autoComplete="current-password"
        required
      />
      <div className="form__actions">
        <button type="submit" className="button" disabled={signIn.isPending}>
          {signIn.isPending ? t('signIn.submitting') : t('signIn.submit')}
        </button>
      </div>
    </form>
  );

  return (
    <section className="page page--narrow">
      <h1>{t('signIn.heading')}</h1>
      {signIn.isSuccess ? formElement : <VisitorsOnly next={next}>{formElement}</VisitorsOnly>}
      <SwitchAccountPage to="/register" next={next} />
    </section>
  );
}
