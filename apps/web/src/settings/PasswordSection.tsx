// Changing the password with the current one; every other session ends.
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ChangePasswordBodySchema, PASSWORD_MIN_LENGTH } from '@consilium/api';
import { FormAlert } from '../forms/FormAlert';
import { TextField } from '../forms/TextField';
import { useSchemaForm } from '../forms/useSchemaForm';
import { useChangePassword } from './settingsQueries';

const EMPTY_PASSWORDS = { currentPassword: '', newPassword: '' };

export function PasswordSection({ email }: { email: string }) {
  const { t } = useTranslation();
  const changePassword = useChangePassword();
  const [isChanged, setIsChanged] = useState(false);
  const fieldNames = useMemo(
    () => ({
      currentPassword: t('fields.currentPassword'),
      newPassword: t('fields.newPassword'),
    }),
    [t],
  );
  const form = useSchemaForm({
    schema: ChangePasswordBodySchema,
    initialValues: EMPTY_PASSWORDS,
    fieldNames,
  });

  return (
    <section className="settings__section" aria-labelledby="settings-password">
      <h2 id="settings-password">{t('settings.passwordHeading')}</h2>
      <p className="settings__lead">{t('settings.passwordLead')}</p>
      <form
        className="form"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          setIsChanged(false);
          const body = form.validate();
          if (body === null) return;
          changePassword.mutate(body, {
            onSuccess: () => {
              form.reset();
              setIsChanged(true);
            },
            onError: form.showFailure,
          });
        }}
      >
        <FormAlert alert={form.alert} />
        {/* Lets password managers know whose password this is. */}
        <input type="email" name="username" autoComplete="username" value={email} readOnly hidden />
        <TextField
          {...form.bind('currentPassword')}
          label={t('fields.currentPassword')}
          type="password"
          autoComplete="current-password"
          required
        />
        <TextField
          {...form.bind('newPassword')}
          label={t('fields.newPassword')}
          hint={t('register.passwordHint', { minimum: PASSWORD_MIN_LENGTH })}
          type="password"
          autoComplete="new-password"
          required
        />
        <div className="form__actions">
          <button type="submit" className="button" disabled={changePassword.isPending}>
            {changePassword.isPending
              ? t('settings.changingPassword')
              : t('settings.changePassword')}
          </button>
          <p className="form__status" role="status">
            {isChanged ? t('settings.passwordChanged') : null}
          </p>
        </div>
      </form>
    </section>
  );
}
