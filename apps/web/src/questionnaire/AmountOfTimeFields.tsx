// An amount of time as two fields side by side: a number and its unit (days … years).
import { useTranslation } from 'react-i18next';
import { SelectField } from '../forms/SelectField';
import { TextField } from '../forms/TextField';
import type { Bind } from './useQuestionnaireWizard';
import { timeUnitOptions } from './questionnaireLabels';

export interface AmountOfTimeFieldsProps {
  bind: Bind;
  /** The key of the amount, e.g. "care.illFor": its parts are `.value` and `.unit`. */
  fieldKey: string;
  label: string;
  hint?: string;
}

export function AmountOfTimeFields({ bind, fieldKey, label, hint }: AmountOfTimeFieldsProps) {
  const { t } = useTranslation();
  return (
    <div className="field-pair">
      <TextField
        {...bind(`${fieldKey}.value`, label)}
        label={label}
        hint={hint}
        type="number"
        inputMode="numeric"
        min={0}
        max={1000}
        step={1}
      />
      <SelectField
        {...bind(`${fieldKey}.unit`, t('wizard.fields.unit'))}
        label={t('wizard.fields.unit')}
        options={timeUnitOptions(t)}
      />
    </div>
  );
}
