// The symptoms step: any number of symptoms, each with where, when it started (a date, how long
// ago, or not sure), how long it lasts, how often, how bad (0–10, or not sure), what helps or makes
// it worse, and optionally its medical term (HPO); then the findings checked and not present.
import { useTranslation } from 'react-i18next';
import { MAX_SYMPTOMS } from '@consilium/api';
import { CheckboxField } from '../cases/PostingChoices';
import { SelectField } from '../forms/SelectField';
import { TextField } from '../forms/TextField';
import { AmountOfTimeFields } from './AmountOfTimeFields';
import { EntryList } from './EntryList';
import { HpoTermPicker } from './HpoTermPicker';
import { SYMPTOM_LIST_KEY, withValueAt } from './questionnaireChecks';
import { frequencyOptions, today } from './questionnaireLabels';
import { emptySymptom, withTermAt } from './questionnaireValues';
import type { HpoTermValue, OnsetKind, SymptomValues } from './questionnaireValues';
import { RuledOutFindings } from './RuledOutFindings';
import type { Wizard } from './useQuestionnaireWizard';

export function SymptomsStep({ wizard }: { wizard: Wizard }) {
  const { t } = useTranslation();
  const symptoms = wizard.values.symptoms.symptoms;
  const setSymptoms = (next: SymptomValues[], key = SYMPTOM_LIST_KEY) => {
    wizard.update(
      (current) => ({ ...current, symptoms: { ...current.symptoms, symptoms: next } }),
      key,
    );
  };
  return (
    <>
      <p className="wizard__intro">{t('wizard.intro.symptoms')}</p>
      <EntryList
        items={symptoms}
        legend={(index) => t('wizard.entries.symptom', { number: index + 1 })}
        addLabel={t('wizard.entries.addSymptom')}
        removeLabel={t('wizard.entries.removeSymptom')}
        maximum={MAX_SYMPTOMS}
        emptyText={t('wizard.entries.noSymptoms')}
        problem={{
          id: wizard.fieldId(SYMPTOM_LIST_KEY),
          text: wizard.problemAt(SYMPTOM_LIST_KEY, t('questionnaire.steps.symptoms')),
        }}
        onAdd={() => {
          setSymptoms([...symptoms, emptySymptom()]);
        }}
        onRemove={(index) => {
          setSymptoms(symptoms.filter((_symptom, at) => at !== index));
        }}
      >
        {(symptom, index) => {
          const base = `${SYMPTOM_LIST_KEY}.${index}`;
          return (
            <SymptomFields
              wizard={wizard}
              symptom={symptom}
              base={base}
              onTerm={(term) => {
                setSymptoms(withTermAt(symptoms, index, term), `${base}.hpo`);
              }}
            />
          );
        }}
      </EntryList>
      <RuledOutFindings wizard={wizard} />
    </>
  );
}

function SymptomFields({
  wizard,
  symptom,
  base,
  onTerm,
}: {
  wizard: Wizard;
  symptom: SymptomValues;
  base: string;
  onTerm: (term: HpoTermValue | undefined) => void;
}) {
  const { t } = useTranslation();
  const { bind } = wizard;
  return (
    <>
      <TextField
        {...bind(`${base}.description`, t('wizard.fields.description'))}
        label={t('wizard.fields.description')}
        hint={t('wizard.hints.description')}
        required
      />
      <HpoTermPicker
        id={wizard.fieldId(`${base}.hpo`)}
        label={t('hpo.symptomLabel')}
        hint={t('hpo.symptomHint')}
        value={symptom.hpo}
        onChange={onTerm}
      />
      <TextField
        {...bind(`${base}.bodySite`, t('wizard.fields.bodySite'))}
        label={t('wizard.fields.bodySite')}
        hint={t('wizard.hints.bodySite')}
      />
      <OnsetFields wizard={wizard} kind={symptom.onsetKind} base={base} />
      <TextField
        {...bind(`${base}.duration`, t('wizard.fields.duration'))}
        label={t('wizard.fields.duration')}
        hint={t('wizard.hints.duration')}
      />
      <SelectField
        {...bind(`${base}.frequency`, t('wizard.fields.frequency'))}
        label={t('wizard.fields.frequency')}
        options={frequencyOptions(t)}
        placeholder={t('wizard.choose')}
      />
      <SeverityFields wizard={wizard} isUnsure={symptom.severityUnsure === 'true'} base={base} />
      <TextField
        {...bind(`${base}.helps`, t('wizard.fields.helps'))}
        label={t('wizard.fields.helps')}
        multiline
        rows={2}
      />
      <TextField
        {...bind(`${base}.worsens`, t('wizard.fields.worsens'))}
        label={t('wizard.fields.worsens')}
        multiline
        rows={2}
      />
    </>
  );
}

/** How bad it is, from 0 to 10 — or "Not sure", which sends no severity at all. */
function SeverityFields({
  wizard,
  isUnsure,
  base,
}: {
  wizard: Wizard;
  isUnsure: boolean;
  base: string;
}) {
  const { t } = useTranslation();
  const unsure = wizard.bind(`${base}.severityUnsure`, t('wizard.fields.severityUnsure'));
  return (
    <div className="severity-fields">
      {isUnsure ? null : (
        <TextField
          {...wizard.bind(`${base}.severity`, t('wizard.fields.severity'))}
          label={t('wizard.fields.severityLabel')}
          hint={t('wizard.hints.severity')}
          type="number"
          inputMode="numeric"
          min={0}
          max={10}
          step={1}
        />
      )}
      <CheckboxField
        binding={{
          ...unsure,
          onChange: (value) => {
            wizard.update(
              (current) =>
                withValueAt(
                  withValueAt(current, `${base}.severityUnsure`, value),
                  `${base}.severity`,
                  '',
                ),
              `${base}.severity`,
            );
          },
        }}
        label={t('wizard.fields.severityUnsure')}
        hint={t('wizard.hints.severityUnsure')}
      />
    </div>
  );
}

const ONSET_KINDS: readonly Exclude<OnsetKind, ''>[] = ['date', 'ago', 'unsure'];

/** "When did it start?": a date, an amount of time ago, or not sure. */
function OnsetFields({ wizard, kind, base }: { wizard: Wizard; kind: OnsetKind; base: string }) {
  const { t } = useTranslation();
  const choiceId = wizard.fieldId(`${base}.onsetKind`);
  const errorId = `${choiceId}-error`;
  const problem = wizard.problemAt(`${base}.onset`, t('wizard.fields.onset'));
  return (
    <>
      <fieldset className={problem ? 'field field--invalid radio-group' : 'field radio-group'}>
        <legend className="field__label">{t('wizard.fields.onset')}</legend>
        {ONSET_KINDS.map((option) => (
          <div key={option} className="radio-group__option">
            <input
              id={`${choiceId}-${option}`}
              type="radio"
              name={choiceId}
              value={option}
              checked={kind === option}
              aria-invalid={problem ? true : undefined}
              aria-describedby={problem ? errorId : undefined}
              onChange={() => {
                wizard.update(
                  (current) => withValueAt(current, `${base}.onsetKind`, option),
                  `${base}.onset`,
                );
              }}
            />
            <label htmlFor={`${choiceId}-${option}`}>{t(`wizard.onsetKinds.${option}`)}</label>
          </div>
        ))}
        {problem ? (
          <p className="field__error" id={errorId}>
            {problem}
          </p>
        ) : null}
      </fieldset>
      {kind === 'date' ? (
        <TextField
          {...wizard.bind(`${base}.onsetDate`, t('wizard.fields.onsetDate'))}
          label={t('wizard.fields.onsetDate')}
          type="date"
          max={today()}
        />
      ) : null}
      {kind === 'ago' ? (
        <AmountOfTimeFields
          bind={wizard.bind}
          fieldKey={`${base}.onsetAgo`}
          label={t('wizard.fields.onsetAgo')}
        />
      ) : null}
    </>
  );
}
