// Turning two-factor sign-in on: the password, then the QR code (and the key to type by hand)
// for the authenticator app, then a first code from the app proves it works.
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { EnableTwoFactorBodySchema, TwoFactorPasswordBodySchema } from '@consilium/api';
import type { TwoFactorSetup } from '@consilium/api';
import { FormAlert } from '../forms/FormAlert';
import { TextField } from '../forms/TextField';
import { useSchemaForm } from '../forms/useSchemaForm';
import { useEnableTwoFactor, useStartTwoFactorSetup } from './twoFactorQueries';

const EMPTY_PASSWORD = { password: '' };
const EMPTY_CODE = { code: '' };

function ScanStep({
  setup,
  onEnabled,
}: {
  setup: TwoFactorSetup;
  onEnabled: (codes: string[]) => void;
}) {
  const { t } = useTranslation();
  const enable = useEnableTwoFactor();
  const fieldNames = useMemo(() => ({ code: t('twoFactor.authenticationCode') }), [t]);
  const form = useSchemaForm({
    schema: EnableTwoFactorBodySchema,
    initialValues: EMPTY_CODE,
    fieldNames,
  });

  return (
    <form
      className="form"
      noValidate
      onSubmit={form.submit((body) => {
        enable.mutate(body, {
          onSuccess: ({ recoveryCodes }) => {
            onEnabled(recoveryCodes);
          },
          onError: form.showFailure,
        });
      })}
    >
      <p>{t('twoFactor.scanLead')}</p>
      <img
        className="two-factor__qr"
        src={setup.qrSvgDataUri}
        alt={t('twoFactor.qrAlt')}
        width={200}
        height={200}
      />
      <p>
        {t('twoFactor.manualKey')}{' '}
        <code className="two-factor__secret" data-testid="two-factor-secret">
          {setup.secret}
        </code>
      </p>
      <FormAlert alert={form.alert} />
      <TextField
        {...form.bind('code')}
        label={t('twoFactor.authenticationCode')}
        hint={t('twoFactor.codeHint')}
        autoComplete="one-time-code"
        required
      />
      <div className="form__actions">
        <button type="submit" className="button" disabled={enable.isPending}>
          {enable.isPending ? t('twoFactor.enabling') : t('twoFactor.enable')}
        </button>
      </div>
    </form>
  );
}

export function TwoFactorEnrolment({
  email,
  onEnabled,
}: {
  email: string;
  onEnabled: (codes: string[]) => void;
}) {
  const { t } = useTranslation();
  const start = useStartTwoFactorSetup();
  const fieldNames = useMemo(() => ({ password: t('fields.currentPassword') }), [t]);
  const form = useSchemaForm({
    schema: TwoFactorPasswordBodySchema,
    initialValues: EMPTY_PASSWORD,
    fieldNames,
  });

  if (start.isSuccess) return <ScanStep setup={start.data} onEnabled={onEnabled} />;

  return (
    <form
      className="form"
      noValidate
      onSubmit={form.submit((body) => {
        start.mutate(body, { onError: form.showFailure });
      })}
    >
      <p className="settings__lead">{t('twoFactor.passwordLead')}</p>
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
        <button type="submit" className="button" disabled={start.isPending}>
          {start.isPending ? t('twoFactor.starting') : t('twoFactor.start')}
        </button>
      </div>
    </form>
  );
}
