// The care step: the specialties and doctors already seen, how long the illness has lasted and
// what it has cost.
import { useTranslation } from 'react-i18next';
import { TextField } from '../forms/TextField';
import { SpecialtyPicker } from '../specialties/SpecialtyPicker';
import { AmountOfTimeFields } from './AmountOfTimeFields';
import type { Wizard } from './useQuestionnaireWizard';

const MAXIMUM_SPECIALTIES = 20;

export function CareStep({ wizard }: { wizard: Wizard }) {
  const { t } = useTranslation();
  const { bind } = wizard;
  return (
    <>
      <p className="wizard__intro">{t('wizard.intro.care')}</p>
      <SpecialtyPicker
        {...bind('care.specialtiesSeen', t('wizard.fields.specialtiesSeen'))}
        label={t('wizard.fields.specialtiesSeen')}
        hint={t('wizard.hints.specialtiesSeen', { count: MAXIMUM_SPECIALTIES })}
        maximum={MAXIMUM_SPECIALTIES}
      />
      <TextField
        {...bind('care.doctorsSeen', t('wizard.fields.doctorsSeen'))}
        label={t('wizard.fields.doctorsSeen')}
        type="number"
        inputMode="numeric"
        min={0}
        max={500}
        step={1}
      />
      <AmountOfTimeFields
        bind={bind}
        fieldKey="care.illFor"
        label={t('wizard.fields.illFor')}
        hint={t('wizard.hints.illFor')}
      />
      <div className="field-pair">
        <TextField
          {...bind('care.moneySpent.amount', t('wizard.fields.moneyAmount'))}
          label={t('wizard.fields.moneyAmount')}
          hint={t('wizard.hints.moneyAmount')}
          inputMode="decimal"
        />
        <TextField
          {...bind('care.moneySpent.currency', t('wizard.fields.currency'))}
          label={t('wizard.fields.currency')}
          hint={t('wizard.hints.currency')}
          autoComplete="transaction-currency"
        />
      </div>
    </>
  );
}
