// Joining Consilium: e-mail, a long password and the name other members will see.
import { useMemo } from 'react';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { PASSWORD_MIN_LENGTH, RegisterBodySchema } from '@consilium/api';
import { usePageTitle } from '../feedback/usePageTitle';
import { FormAlert } from '../forms/FormAlert';
import { TextField } from '../forms/TextField';
import { useSchemaForm } from '../forms/useSchemaForm';
import { SwitchAccountPage, useNextPath, VisitorsOnly } from './AccountForm';
import { useRegister } from './session';

// In the order of the form, so the first invalid field gets focus.
const EMPTY_REGISTRATION = { displayName: '', email: '', password: '' };

export function RegisterPage() {
  const { t } = useTranslation();
  usePageTitle(t('register.heading'));
  const next = useNextPath();
  const navigate = useNavigate();
  const register = useRegister();
  const fieldNames = useMemo(
    () => ({
      displayName: t('fields.displayName'),
      email: t('fields.email'),
      password: t('fields.password'),
    }),
    [t],
  );
  const form = useSchemaForm({
    schema: RegisterBodySchema,
    initialValues: EMPTY_REGISTRATION,
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
        register.mutate(body, {
          onSuccess: () => {
            void navigate(next, { replace: true });
          },
          onError: form.showFailure,
        });
      }}
    >
      <FormAlert alert={form.alert} />
      <TextField
        {...form.bind('displayName')}
        label={t('fields.displayName')}
        hint={t('register.displayNameHint')}
        autoComplete="nickname"
        required
      />
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
        hint={t('register.passwordHint', { minimum: PASSWORD_MIN_LENGTH })}
        type="password"
        autoComplete="new-password"
        required
      />
      <div className="form__actions">
        <button type="submit" className="button" disabled={register.isPending}>
          {register.isPending ? t('register.submitting') : t('register.submit')}
        </button>
      </div>
    </form>
  );

  return (
    <section className="page page--narrow">
      <h1>{t('register.heading')}</h1>
      <p className="page__lead">{t('register.lead')}</p>
      {register.isSuccess ? formElement : <VisitorsOnly next={next}>{formElement}</VisitorsOnly>}
      <SwitchAccountPage to="/sign-in" next={next} />
    </section>
  );
}
