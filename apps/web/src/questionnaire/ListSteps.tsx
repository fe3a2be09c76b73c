// The steps that are lists: tests done and their results, and diagnoses already considered or
// ruled out.
import { useTranslation } from 'react-i18next';
import { SelectField } from '../forms/SelectField';
import { TextField } from '../forms/TextField';
import { EntryList } from './EntryList';
import { diagnosisStatusOptions, today } from './questionnaireLabels';
import { emptyDiagnosis, emptyTest } from './questionnaireValues';
import type { DiagnosisValues, TestValues } from './questionnaireValues';
import type { Wizard } from './useQuestionnaireWizard';

const MAXIMUM_TESTS = 50;
const MAXIMUM_DIAGNOSES = 30;

export function TestsStep({ wizard }: { wizard: Wizard }) {
  const { t } = useTranslation();
  const { bind } = wizard;
  const tests = wizard.values.tests.tests;
  const setTests = (next: TestValues[]) => {
    wizard.update((current) => ({ ...current, tests: { tests: next } }), 'tests.tests');
  };
  return (
    <>
      <p className="wizard__intro">{t('wizard.intro.tests')}</p>
      <EntryList
        items={tests}
        legend={(index) => t('wizard.entries.test', { number: index + 1 })}
        addLabel={t('wizard.entries.addTest')}
        removeLabel={t('wizard.entries.removeTest')}
        maximum={MAXIMUM_TESTS}
        emptyText={t('wizard.entries.noTests')}
        onAdd={() => {
          setTests([...tests, emptyTest()]);
        }}
        onRemove={(index) => {
          setTests(tests.filter((_test, at) => at !== index));
        }}
      >
        {(_test, index) => {
          const base = `tests.tests.${index}`;
          return (
            <>
              <TextField
                {...bind(`${base}.name`, t('wizard.fields.testName'))}
                label={t('wizard.fields.testName')}
                hint={t('wizard.hints.testName')}
                required
              />
              <TextField
                {...bind(`${base}.date`, t('wizard.fields.testDate'))}
                label={t('wizard.fields.testDate')}
                type="date"
                max={today()}
              />
              <TextField
                {...bind(`${base}.result`, t('wizard.fields.testResult'))}
                label={t('wizard.fields.testResult')}
                multiline
                rows={3}
              />
            </>
          );
        }}
      </EntryList>
    </>
  );
}

export function DiagnosesStep({ wizard }: { wizard: Wizard }) {
  const { t } = useTranslation();
  const { bind } = wizard;
  const diagnoses = wizard.values.diagnoses.diagnoses;
  const setDiagnoses = (next: DiagnosisValues[]) => {
    wizard.update(
      (current) => ({ ...current, diagnoses: { diagnoses: next } }),
      'diagnoses.diagnoses',
    );
  };
  return (
    <>
      <p className="wizard__intro">{t('wizard.intro.diagnoses')}</p>
      <EntryList
        items={diagnoses}
        legend={(index) => t('wizard.entries.diagnosis', { number: index + 1 })}
        addLabel={t('wizard.entries.addDiagnosis')}
        removeLabel={t('wizard.entries.removeDiagnosis')}
        maximum={MAXIMUM_DIAGNOSES}
        emptyText={t('wizard.entries.noDiagnoses')}
        onAdd={() => {
          setDiagnoses([...diagnoses, emptyDiagnosis()]);
        }}
        onRemove={(index) => {
          setDiagnoses(diagnoses.filter((_diagnosis, at) => at !== index));
        }}
      >
        {(_diagnosis, index) => {
          const base = `diagnoses.diagnoses.${index}`;
          return (
            <>
              <TextField
                {...bind(`${base}.name`, t('fields.diagnosis'))}
                label={t('fields.diagnosis')}
                required
              />
              <SelectField
                {...bind(`${base}.status`, t('wizard.fields.diagnosisStatus'))}
                label={t('wizard.fields.diagnosisStatus')}
                options={diagnosisStatusOptions(t)}
                placeholder={t('wizard.choose')}
                required
              />
              <TextField
                {...bind(`${base}.note`, t('wizard.fields.diagnosisNote'))}
                label={t('wizard.fields.diagnosisNote')}
                hint={t('wizard.hints.diagnosisNote')}
                multiline
                rows={2}
              />
            </>
          );
        }}
      </EntryList>
    </>
  );
}
