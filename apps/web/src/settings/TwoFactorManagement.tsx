// With two-factor sign-in on: new recovery codes (with the password), or turning it off (with
// the password and a code from the app or a recovery code).
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { DisableTwoFactorBodySchema, TwoFactorPasswordBodySchema } from '@consilium/api';
import { FormAlert } from '../forms/FormAlert';
import { TextField } from '../forms/TextField';
import { useSchemaForm } from '../forms/useSchemaForm';
import { useDisableTwoFactor, useRegenerateRecoveryCodes } from './twoFactorQueries';

const EMPTY_PASSWORD = { password: '' };
const EMPTY_TURN_OFF = { password: '', code: '' };

export function RegenerateRecoveryCodes({
  email,
  onCodes,
}: {
  email: string;
  onCodes: (codes: string[]) => void;
}) {
  const { t } = useTranslation();
  const regenerate = useRegenerateRecoveryCodes();
  const fieldNames = useMemo(() => ({ password: t('fields.currentPassword') }), [t]);
  const form = useSchemaForm({
    schema: TwoFactorPasswordBodySchema,
    initialValues: EMPTY_PASSWORD,
    fieldNames,
  });

  return (
    <form
      className="form"
      noValidate
      aria-labelledby="two-factor-regenerate"
      onSubmit={form.submit((body) => {
        regenerate.mutate(body, {
          onSuccess: ({ recoveryCodes }) => {
            onCodes(recoveryCodes);
          },
          onError: form.showFailure,
        });
      })}
    >
      <h3 id="two-factor-regenerate">{t('twoFactor.regenerateHeading')}</h3>
      <p className="settings__lead">{t('twoFactor.regenerateLead')}</p>
      <FormAlert alert={form.alert} />
      <input type="email" name="username" autoComplete="username" value={email} readOnly hidden />
      <TextField
        {...form.bind('password')}
        label={t('fields.currentPassword')}
        type="password"
        autoComplete="current-password"
        required
      />
      <div className="form__actions">
        <button type="submit" className="button button--secondary" disabled={regenerate.isPending}>
          {regenerate.isPending ? t('twoFactor.regenerating') : t('twoFactor.regenerate')}
        </button>
      </div>
    </form>
  );
}

export function TurnOffTwoFactor({ email }: { email: string }) {
  const { t } = useTranslation();
  const disable = useDisableTwoFactor();
  const fieldNames = useMemo(
    () => ({ password: t('fields.currentPassword'), code: t('twoFactor.codeOrRecovery') }),
    [t],
  );
  const form = useSchemaForm({
    schema: DisableTwoFactorBodySchema,
    initialValues: EMPTY_TURN_OFF,
    fieldNames,
  });

  return (
    <form
      className="form"
      noValidate
      aria-labelledby="two-factor-turn-off"
      onSubmit={form.submit((body) => {
        disable.mutate(body, { onError: form.showFailure });
      })}
    >
      <h3 id="two-factor-turn-off">{t('twoFactor.turnOffHeading')}</h3>
      <p className="settings__lead">{t('twoFactor.turnOffLead')}</p>
      <FormAlert alert={form.alert} />
      <input type="email" name="username" autoComplete="username" value={email} readOnly hidden />
      <TextField
        {...form.bind('password')}
        label={t('fields.currentPassword')}
        type="password"
        autoComplete="current-password"
        required
      />
      <TextField
        {...form.bind('code')}
        label={t('twoFactor.codeOrRecovery')}
        autoComplete="one-time-code"
        required
      />
      <div className="form__actions">
        <button type="submit" className="button button--danger" disabled={disable.isPending}>
          {disable.isPending ? t('twoFactor.turningOff') : t('twoFactor.turnOff')}
        </button>
      </div>
    </form>
  );
}
