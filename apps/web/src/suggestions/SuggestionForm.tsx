// Proposing a diagnosis for a case, with optional reasoning.
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CreateSuggestionBodySchema } from '@consilium/api';
import { FormAlert } from '../forms/FormAlert';
import { TextField } from '../forms/TextField';
import { useSchemaForm } from '../forms/useSchemaForm';
import { useCreateSuggestion } from './suggestionQueries';

const EMPTY_SUGGESTION = { diagnosis: '', rationale: '' };

export function SuggestionForm({ caseId }: { caseId: string }) {
  const { t } = useTranslation();
  const createSuggestion = useCreateSuggestion(caseId);
  const [addedDiagnosis, setAddedDiagnosis] = useState<string | null>(null);
  const fieldNames = useMemo(
    () => ({ diagnosis: t('fields.diagnosis'), rationale: t('fields.rationale') }),
    [t],
  );
  const form = useSchemaForm({
    schema: CreateSuggestionBodySchema,
    initialValues: EMPTY_SUGGESTION,
    fieldNames,
  });

  return (
    <form
      className="form"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        setAddedDiagnosis(null);
        const body = form.validate();
        if (body === null) return;
        createSuggestion.mutate(body, {
          onSuccess: (created) => {
            form.reset();
            setAddedDiagnosis(created.diagnosis);
          },
          onError: form.showFailure,
        });
      }}
    >
      <FormAlert alert={form.alert} />
      <TextField
        {...form.bind('diagnosis')}
        label={t('fields.diagnosis')}
        hint={t('suggestForm.diagnosisHint')}
        required
      />
      <TextField
        {...form.bind('rationale')}
        label={t('suggestForm.rationale')}
        hint={t('suggestForm.rationaleHint')}
        multiline
        rows={5}
      />
      <div className="form__actions">
        <button type="submit" className="button" disabled={createSuggestion.isPending}>
          {createSuggestion.isPending ? t('suggestForm.submitting') : t('suggestForm.submit')}
        </button>
        <p className="form__status" role="status">
          {addedDiagnosis === null ? null : t('suggestForm.added', { diagnosis: addedDiagnosis })}
        </p>
      </div>
    </form>
  );
}
