// Signing in with e-mail and password (and a second-factor code when two-factor sign-in is on),
// then back to where the member was going. An unconfirmed address can have its link sent again.
import { useMemo, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { problemTypes, SignInBodySchema } from '@consilium/api';
import { ApiProblem } from '../api/client';
import { usePageTitle } from '../feedback/usePageTitle';
import { FormAlert } from '../forms/FormAlert';
import { TextField } from '../forms/TextField';
import { useSchemaForm } from '../forms/useSchemaForm';
import { SwitchAccountPage, useNextPath, VisitorsOnly } from './AccountForm';
import { ResendVerificationButton } from './ResendVerification';
import { SecondFactorStep } from './SecondFactorStep';
import { useSignIn } from './session';

const EMPTY_SIGN_IN = { email: '', password: '' };

function isEmailUnverified(error: unknown): boolean {
  return error instanceof ApiProblem && error.problem.type === problemTypes.emailUnverified;
}

export function SignInPage() {
  const { t } = useTranslation();
  usePageTitle(t('signIn.heading'));
  const next = useNextPath();
  const navigate = useNavigate();
  const signIn = useSignIn();
  const [unverifiedEmail, setUnverifiedEmail] = useState<string | null>(null);
  const [needsSecondFactor, setNeedsSecondFactor] = useState(false);
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
        setUnverifiedEmail(null);
        const body = form.validate();
        if (body === null) return;
        signIn.mutate(body, {
          onSuccess: (session) => {
            if (session.secondFactorRequired === true) setNeedsSecondFactor(true);
            else void navigate(next, { replace: true });
          },
          onError: (error) => {
            form.showFailure(error);
            if (isEmailUnverified(error)) setUnverifiedEmail(body.email);
          },
        });
      }}
    >
      <FormAlert alert={form.alert} />
      {unverifiedEmail === null ? null : (
        <ResendVerificationButton key={unverifiedEmail} email={unverifiedEmail} />
      )}
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
        <Link to="/forgot-password">{t('signIn.forgotPassword')}</Link>
      </div>
    </form>
  );

  return (
    <section className="page page--narrow">
      <h1>{t('signIn.heading')}</h1>
      {needsSecondFactor ? (
        <SecondFactorStep
          onSignedIn={() => {
            void navigate(next, { replace: true });
          }}
        />
      ) : signIn.isSuccess ? (
        formElement
      ) : (
        <VisitorsOnly next={next}>{formElement}</VisitorsOnly>
      )}
      <SwitchAccountPage to="/register" next={next} />
    </section>
  );
}
