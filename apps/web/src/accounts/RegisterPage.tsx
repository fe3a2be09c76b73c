// Joining Consilium: e-mail, a long password, the name and handle other members will see, the
// country and the language. Nobody is signed in until the e-mailed link is opened.
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PASSWORD_MIN_LENGTH, RegisterBodySchema } from '@consilium/api';
import type { Accepted } from '@consilium/api';
import { usePageTitle } from '../feedback/usePageTitle';
import { FormAlert } from '../forms/FormAlert';
import { TextField } from '../forms/TextField';
import { useSchemaForm } from '../forms/useSchemaForm';
import { currentLanguage } from '../i18n/i18n';
import { SwitchAccountPage, useNextPath, VisitorsOnly } from './AccountForm';
import { CountryField, LanguageField } from './profileFields';
import { ResendVerificationButton } from './ResendVerification';
import { useRegister } from './session';

interface Registered {
  email: string;
  accepted: Accepted;
}

export function RegisterPage() {
  const { t } = useTranslation();
  usePageTitle(t('register.heading'));
  const next = useNextPath();
  const [registered, setRegistered] = useState<Registered | null>(null);

  return (
    <section className="page page--narrow">
      <h1>{t('register.heading')}</h1>
      {registered === null ? (
        <>
          <p className="page__lead">{t('register.lead')}</p>
          <VisitorsOnly next={next}>
            <RegisterForm onRegistered={setRegistered} />
          </VisitorsOnly>
          <SwitchAccountPage to="/sign-in" next={next} />
        </>
      ) : (
        <CheckInbox registered={registered} />
      )}
    </section>
  );
}

function CheckInbox({ registered }: { registered: Registered }) {
  const { t } = useTranslation();
  const headingRef = useRef<HTMLHeadingElement>(null);
  // The form that had focus is gone: move focus to the news, so screen readers read it.
  useEffect(() => {
    headingRef.current?.focus();
  }, []);
  return (
    <div className="notice notice--success">
      <h2 ref={headingRef} tabIndex={-1}>
        {t('register.checkInboxHeading')}
      </h2>
      <p>{registered.accepted.detail}</p>
      <p>{t('register.checkInboxHint')}</p>
      <ResendVerificationButton email={registered.email} />
    </div>
  );
}

function RegisterForm({ onRegistered }: { onRegistered: (registered: Registered) => void }) {
  const { t } = useTranslation();
  const register = useRegister();
  // In the order of the form, so the first invalid field gets focus.
  const [initialValues] = useState(() => ({
    displayName: '',
    handle: '',
    email: '',
    password: '',
    country: '',
    language: currentLanguage(),
  }));
  const fieldNames = useMemo(
    () => ({
      displayName: t('fields.displayName'),
      handle: t('fields.handle'),
      email: t('fields.email'),
      password: t('fields.password'),
      country: t('fields.country'),
      language: t('fields.language'),
    }),
    [t],
  );
  const form = useSchemaForm({ schema: RegisterBodySchema, initialValues, fieldNames });

  return (
    <form
      className="form"
      noValidate
      onSubmit={form.submit((body) => {
        register.mutate(body, {
          onSuccess: (accepted) => {
            onRegistered({ email: body.email, accepted });
          },
          onError: form.showFailure,
        });
      })}
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
        {...form.bind('handle')}
        label={t('fields.handle')}
        hint={t('register.handleHint')}
        autoComplete="username"
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
      <CountryField binding={form.bind('country')} />
      <LanguageField binding={form.bind('language')} hint={t('register.languageHint')} />
      <div className="form__actions">
        <button type="submit" className="button" disabled={register.isPending}>
          {register.isPending ? t('register.submitting') : t('register.submit')}
        </button>
      </div>
    </form>
  );
}
