// The medical history step: past illnesses, the medicines taken now, allergies, family history
// and way of life — all optional.
import { useTranslation } from 'react-i18next';
import { TextField } from '../forms/TextField';
import { EntryList } from './EntryList';
import { emptyMedication } from './questionnaireValues';
import type { MedicationValues } from './questionnaireValues';
import type { Wizard } from './useQuestionnaireWizard';

const MAXIMUM_MEDICATIONS = 50;
const MEDICATIONS_KEY = 'history.medications';

export function HistoryStep({ wizard }: { wizard: Wizard }) {
  const { t } = useTranslation();
  const { bind } = wizard;
  const medications = wizard.values.history.medications;
  const setMedications = (next: MedicationValues[]) => {
    wizard.update(
      (current) => ({ ...current, history: { ...current.history, medications: next } }),
      MEDICATIONS_KEY,
    );
  };
  return (
    <>
      <p className="wizard__intro">{t('wizard.intro.history')}</p>
      <TextField
        {...bind('history.medicalHistory', t('wizard.fields.medicalHistory'))}
        label={t('wizard.fields.medicalHistory')}
        hint={t('wizard.hints.medicalHistory')}
        multiline
        rows={4}
      />
      <section className="wizard__group" aria-labelledby={wizard.fieldId(MEDICATIONS_KEY)}>
        <h3 id={wizard.fieldId(MEDICATIONS_KEY)}>{t('wizard.fields.medications')}</h3>
        <EntryList
          items={medications}
          legend={(index) => t('wizard.entries.medication', { number: index + 1 })}
          addLabel={t('wizard.entries.addMedication')}
          removeLabel={t('wizard.entries.removeMedication')}
          maximum={MAXIMUM_MEDICATIONS}
          emptyText={t('wizard.entries.noMedications')}
          onAdd={() => {
            setMedications([...medications, emptyMedication()]);
          }}
          onRemove={(index) => {
            setMedications(medications.filter((_medication, at) => at !== index));
          }}
        >
          {(_medication, index) => {
            const base = `${MEDICATIONS_KEY}.${index}`;
            return (
              <>
                <TextField
                  {...bind(`${base}.name`, t('wizard.fields.medicationName'))}
                  label={t('wizard.fields.medicationName')}
                  required
                />
                <TextField
                  {...bind(`${base}.dose`, t('wizard.fields.dose'))}
                  label={t('wizard.fields.dose')}
                  hint={t('wizard.hints.dose')}
                />
                <TextField
                  {...bind(`${base}.since`, t('wizard.fields.since'))}
                  label={t('wizard.fields.since')}
                />
              </>
            );
          }}
        </EntryList>
      </section>
      <TextField
        {...bind('history.allergies', t('wizard.fields.allergies'))}
        label={t('wizard.fields.allergies')}
        multiline
        rows={2}
      />
      <TextField
        {...bind('history.familyHistory', t('wizard.fields.familyHistory'))}
        label={t('wizard.fields.familyHistory')}
        hint={t('wizard.hints.familyHistory')}
        multiline
        rows={3}
      />
      <TextField
        {...bind('history.lifestyle', t('wizard.fields.lifestyle'))}
        label={t('wizard.fields.lifestyle')}
        hint={t('wizard.hints.lifestyle')}
        multiline
        rows={3}
      />
    </>
  );
}
