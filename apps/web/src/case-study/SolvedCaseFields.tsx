// "This is a solved case": a professional shares a case whose diagnosis is confirmed, as a case
// study. The diagnosis and teaching point stay hidden from each solver until they commit their own
// differential.
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { CheckboxField } from '../cases/PostingChoices';
import { TextField } from '../forms/TextField';
import type { FieldBinding } from '../forms/useSchemaForm';

export interface SolvedCaseFieldsProps {
  solved: FieldBinding;
  diagnosis: FieldBinding;
  teachingPoint: FieldBinding;
}

export function SolvedCaseFields({ solved, diagnosis, teachingPoint }: SolvedCaseFieldsProps) {
  const { t } = useTranslation();
  const headingId = useId();
  return (
    <section className="solved-case" aria-labelledby={headingId}>
      <h2 id={headingId} className="solved-case__heading">
        {t('solvedCase.heading')}
      </h2>
      <CheckboxField binding={solved} label={t('solvedCase.solved')} hint={t('solvedCase.hint')} />
      {solved.value === 'true' ? (
        <>
          <TextField
            {...diagnosis}
            label={t('solvedCase.diagnosis')}
            hint={t('solvedCase.diagnosisHint')}
            required
          />
          <TextField
            {...teachingPoint}
            label={t('solvedCase.teachingPoint')}
            hint={t('solvedCase.teachingPointHint')}
            multiline
            rows={4}
          />
        </>
      ) : null}
    </section>
  );
}
