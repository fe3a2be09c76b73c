// Changing the e-mail address: nothing changes until the link sent to the new address is opened.
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { ChangeEmailBodySchema } from '@consilium/api';
import type { MemberSelf } from '@consilium/api';
import { FormAlert } from '../forms/FormAlert';
import { TextField } from '../forms/TextField';
import { useSchemaForm } from '../forms/useSchemaForm';
import { useChangeEmail } from './settingsQueries';

const EMPTY_EMAIL_CHANGE = { newEmail: '', password: '' };

export function EmailSection({ member }: { member: MemberSelf }) {
  const { t } = useTranslation();
  const changeEmail = useChangeEmail();
  const fieldNames = useMemo(
    () => ({ newEmail: t('fields.newEmail'), password: t('fields.currentPassword') }),
    [t],
  );
  const form = useSchemaForm({
    schema: ChangeEmailBodySchema,
    initialValues: EMPTY_EMAIL_CHANGE,
    fieldNames,
  });

  return (
    <section className="settings__section" aria-labelledby="settings-email">
      <h2 id="settings-email">{t('settings.emailHeading')}</h2>
      <p className="settings__lead">
        {t('settings.emailCurrent', { email: member.email })}{' '}
        {member.emailVerified ? null : t('settings.emailUnconfirmed')}
      </p>
      <form
        className="form"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          changeEmail.reset();
          const body = form.validate();
          if (body === null) return;
          changeEmail.mutate(body, {
            onSuccess: () => {
              form.reset();
            },
            onError: form.showFailure,
          });
        }}
      >
        <FormAlert alert={form.alert} />
        <input
          type="email"
          name="username"
          autoComplete="username"
          value={member.email}
          readOnly
          hidden
        />
        <TextField
          {...form.bind('newEmail')}
          label={t('fields.newEmail')}
          hint={t('settings.newEmailHint')}
          type="email"
          autoComplete="email"
          required
        />
        <TextField
          {...form.bind('password')}
          label={t('fields.currentPassword')}
          type="password"
          autoComplete="current-password"
          required
        />
        <div className="form__actions">
          <button type="submit" className="button" disabled={changeEmail.isPending}>
            {changeEmail.isPending ? t('settings.changingEmail') : t('settings.changeEmail')}
          </button>
        </div>
        <p className="form__status" role="status">
          {changeEmail.isSuccess ? changeEmail.data.detail : null}
        </p>
      </form>
    </section>
  );
}
