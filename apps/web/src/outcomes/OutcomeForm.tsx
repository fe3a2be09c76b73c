// The owner records the diagnosis that was finally confirmed — a concept or their own words, how it
// was confirmed, on what day (not after today), and an optional teaching point — once; it then
// scores every contributor on it.
import { useId, useMemo, useState } from 'react';
import type { SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { CONFIRMATION_METHODS } from '@consilium/api';
import type { ConfirmationMethod, Outcome } from '@consilium/api';
import { ApiProblem } from '../api/client';
import { FormAlert } from '../forms/FormAlert';
import { SelectField } from '../forms/SelectField';
import { TextField } from '../forms/TextField';
import type { FormAlertState } from '../forms/useSchemaForm';
import { DiagnosisPicker, NO_DIAGNOSIS } from '../vocabulary/DiagnosisPicker';
import { useRecordOutcome } from './outcomeQueries';
import { checkOutcome, localToday, serverOutcomeProblems } from './outcomeValues';
import type { OutcomeField, OutcomeProblems, OutcomeValues } from './outcomeValues';

const EMPTY_OUTCOME: OutcomeValues = {
  diagnosis: NO_DIAGNOSIS,
  method: '',
  confirmedOn: '',
  teachingPoint: '',
};

export interface OutcomeFormProps {
  caseId: string;
  onRecorded?: (outcome: Outcome) => void;
}

export function OutcomeForm({ caseId, onRecorded }: OutcomeFormProps) {
  const { t } = useTranslation();
  const idPrefix = useId();
  const record = useRecordOutcome(caseId);
  const [values, setValues] = useState<OutcomeValues>(EMPTY_OUTCOME);
  const [problems, setProblems] = useState<OutcomeProblems>({});
  const [alert, setAlert] = useState<FormAlertState | null>(null);
  const today = localToday(new Date());
  const fieldId = (field: OutcomeField): string => `${idPrefix}-${field}`;
  const methods = useMemo(
    () =>
      CONFIRMATION_METHODS.map((method) => ({
        value: method,
        label: t(`outcome.methods.${method}`),
      })),
    [t],
  );

  const show = (found: OutcomeProblems, nextAlert: FormAlertState): void => {
    setProblems(found);
    setAlert(nextAlert);
    const first = (['diagnosis', 'method', 'confirmedOn', 'teachingPoint'] as const).find(
      (field) => found[field] !== undefined,
    );
    if (first !== undefined) document.getElementById(fieldId(first))?.focus();
  };

  const update = <K extends OutcomeField>(field: K, value: OutcomeValues[K]): void => {
    setValues((current) => ({ ...current, [field]: value }));
    setProblems((current) => ({ ...current, [field]: undefined }));
  };

  const submit = (event: SyntheticEvent<HTMLFormElement>): void => {
    event.preventDefault();
    const check = checkOutcome(values, new Date(), t);
    if (!check.ok) {
      show(check.problems, {
        kind: 'invalid',
        count: Math.max(Object.keys(check.problems).length, 1),
      });
      return;
    }
    setAlert(null);
    record.mutate(check.body, {
      onSuccess: (outcome) => onRecorded?.(outcome),
      onError: (error) => {
        if (!(error instanceof ApiProblem)) {
          setAlert({ kind: 'unexpected' });
          return;
        }
        const found = serverOutcomeProblems(error);
        show(found.fields, {
          kind: 'problem',
          detail: error.problem.detail,
          otherErrors: found.other,
        });
      },
    });
  };

  const text = (field: 'confirmedOn' | 'teachingPoint') => ({
    id: fieldId(field),
    value: values[field],
    error: problems[field],
    onChange: (value: string) => {
      update(field, value);
    },
  });

  return (
    <form className="form outcome-form" noValidate onSubmit={submit}>
      <FormAlert alert={alert} />
      <DiagnosisPicker
        id={fieldId('diagnosis')}
        label={t('outcome.diagnosis')}
        hint={t('outcome.diagnosisHint')}
        value={values.diagnosis}
        error={problems.diagnosis}
        required
        onChange={(diagnosis) => {
          update('diagnosis', diagnosis);
        }}
      />
      <SelectField
        id={fieldId('method')}
        value={values.method}
        error={problems.method}
        onChange={(method) => {
          update('method', method as ConfirmationMethod | '');
        }}
        label={t('outcome.method')}
        options={methods}
        placeholder={t('outcome.choose')}
        required
      />
      <TextField
        {...text('confirmedOn')}
        label={t('outcome.confirmedOn')}
        hint={t('outcome.confirmedOnHint')}
        type="date"
        max={today}
        required
      />
      <TextField
        {...text('teachingPoint')}
        label={t('outcome.teachingPointLabel')}
        hint={t('outcome.teachingPointHint')}
        multiline
        rows={3}
      />
      <p className="field__hint">{t('outcome.once')}</p>
      <div className="form__actions">
        <button type="submit" className="button" disabled={record.isPending}>
          {record.isPending ? t('outcome.recording') : t('outcome.submit')}
        </button>
      </div>
    </form>
  );
}
