// The country and language choices that registration and settings share.
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { countryNames } from '../i18n/countryNames';
import { LANGUAGES } from '../i18n/i18n';
import { SelectField } from '../forms/SelectField';
import type { SelectOption } from '../forms/SelectField';
import type { FieldBinding } from '../forms/useSchemaForm';

export function CountryField({ binding, hint }: { binding: FieldBinding; hint?: string }) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? 'en';
  const options = useMemo<SelectOption[]>(
    () => countryNames(language).map(({ code, name }) => ({ value: code, label: name })),
    [language],
  );
  return (
    <SelectField
      {...binding}
      label={t('fields.country')}
      hint={hint}
      options={options}
      placeholder={t('profile.chooseCountry')}
      autoComplete="country"
      required
    />
  );
}

export function LanguageField({ binding, hint }: { binding: FieldBinding; hint?: string }) {
  const { t } = useTranslation();
  const options = LANGUAGES.map((language) => ({
    value: language,
    label: t(`language.names.${language}`),
    lang: language,
  }));
  return (
    <SelectField {...binding} label={t('fields.language')} hint={hint} options={options} required />
  );
}
