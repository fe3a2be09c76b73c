// The second step of signing in with two-factor sign-in on: the code from the authenticator
// app, or one of the recovery codes when the phone is not at hand.
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SecondFactorBodySchema } from '@consilium/api';
import { FormAlert } from '../forms/FormAlert';
import { TextField } from '../forms/TextField';
import { useSchemaForm } from '../forms/useSchemaForm';
import { useCompleteSignIn } from './session';

const EMPTY_CODE = { code: '' };

export function SecondFactorStep({ onSignedIn }: { onSignedIn: () => void }) {
  const { t } = useTranslation();
  const completeSignIn = useCompleteSignIn();
  const [isRecovery, setIsRecovery] = useState(false);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const label = isRecovery ? t('twoFactor.recoveryCode') : t('twoFactor.authenticationCode');
  const fieldNames = useMemo(() => ({ code: label }), [label]);
  const form = useSchemaForm({
    schema: SecondFactorBodySchema,
    initialValues: EMPTY_CODE,
    fieldNames,
  });

  useEffect(() => {
    headingRef.current?.focus();
  }, []);

  return (
    <form
      className="form"
      noValidate
      aria-labelledby="second-factor-heading"
      onSubmit={form.submit((body) => {
        completeSignIn.mutate(body, { onSuccess: onSignedIn, onError: form.showFailure });
      })}
    >
      <h2 id="second-factor-heading" ref={headingRef} tabIndex={-1}>
        {t('twoFactor.stepHeading')}
      </h2>
      <p>{isRecovery ? t('twoFactor.recoveryLead') : t('twoFactor.stepLead')}</p>
      <FormAlert alert={form.alert} />
      <TextField
        {...form.bind('code')}
        label={label}
        hint={isRecovery ? t('twoFactor.recoveryHint') : t('twoFactor.codeHint')}
        autoComplete="one-time-code"
        required
      />
      <div className="form__actions">
        <button type="submit" className="button" disabled={completeSignIn.isPending}>
          {completeSignIn.isPending ? t('twoFactor.verifying') : t('twoFactor.verify')}
        </button>
        <button
          type="button"
          className="button button--quiet"
          onClick={() => {
            setIsRecovery((current) => !current);
            form.reset();
          }}
        >
          {isRecovery ? t('twoFactor.useApp') : t('twoFactor.useRecoveryCode')}
        </button>
      </div>
    </form>
  );
}
