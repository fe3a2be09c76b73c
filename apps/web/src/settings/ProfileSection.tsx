// Display name, country and language. Choosing another language also switches the app to it.
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { UpdateSettingsBodySchema } from '@consilium/api';
import type { MemberSelf, UpdateSettingsBody } from '@consilium/api';
import { CountryField, LanguageField } from '../accounts/profileFields';
import type { FormSchema } from '../forms/fieldProblems';
import { FormAlert } from '../forms/FormAlert';
import { TextField } from '../forms/TextField';
import { useSchemaForm } from '../forms/useSchemaForm';
import { currentLanguage, switchLanguage } from '../i18n/i18n';
import { useUpdateSettings } from './settingsQueries';

// A member who never said where they live may leave the country empty.
const profileSchema: FormSchema<UpdateSettingsBody> = {
  safeParse: (values) => {
    const { country, ...rest } = values as Record<string, string>;
    return UpdateSettingsBodySchema.safeParse(country === '' ? rest : { ...rest, country });
  },
};

export function ProfileSection({ member }: { member: MemberSelf }) {
  const { t } = useTranslation();
  const updateSettings = useUpdateSettings();
  const [isSaved, setIsSaved] = useState(false);
  const [initialValues] = useState(() => ({
    displayName: member.displayName,
    country: member.country ?? '',
    language: member.language,
  }));
  const fieldNames = useMemo(
    () => ({
      displayName: t('fields.displayName'),
      country: t('fields.country'),
      language: t('fields.language'),
    }),
    [t],
  );
  const form = useSchemaForm({ schema: profileSchema, initialValues, fieldNames });

  return (
    <section className="settings__section" aria-labelledby="settings-profile">
      <h2 id="settings-profile">{t('settings.profileHeading')}</h2>
      <form
        className="form"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          setIsSaved(false);
          const body = form.validate();
          if (body === null) return;
          updateSettings.mutate(body, {
            onSuccess: (updated) => {
              setIsSaved(true);
              if (updated.language !== currentLanguage()) void switchLanguage(updated.language);
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
        <CountryField binding={form.bind('country')} />
        <LanguageField binding={form.bind('language')} hint={t('settings.languageHint')} />
        <div className="form__actions">
          <button type="submit" className="button" disabled={updateSettings.isPending}>
            {updateSettings.isPending ? t('settings.savingProfile') : t('settings.saveProfile')}
          </button>
          <p className="form__status" role="status">
            {isSaved ? t('settings.profileSaved') : null}
          </p>
        </div>
      </form>
    </section>
  );
}
