// Proposing a diagnosis, or editing one's own: the diagnosis (a concept, or the member's words),
// confidence, rationale (markdown), next steps and references. Checked as the server checks it;
// each problem, the server's too, is shown on its field or reference row.
import { useEffect, useId, useState } from 'react';
import type { SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Suggestion } from '@consilium/api';
import { FormAlert } from '../forms/FormAlert';
import { TextField } from '../forms/TextField';
import type { FormAlertState } from '../forms/useSchemaForm';
import { ApiProblem } from '../api/client';
import { ConfidenceField } from './ConfidenceField';
import { DiagnosisPicker } from '../vocabulary/DiagnosisPicker';
import { ReferenceRows } from './ReferenceRows';
import { useCreateSuggestion, useEditSuggestion } from './suggestionQueries';
import {
  changesOf,
  checkSuggestion,
  emptyProblems,
  emptySuggestion,
  problemCount,
  serverProblems,
  valuesOf,
} from './suggestionValues';
import type {
  SuggestionCheck,
  SuggestionField,
  SuggestionProblems,
  SuggestionValues,
} from './suggestionValues';

/** The form's state: values, problems, the alert; and the ways to show a failure. */
function useSuggestionForm(initial: () => SuggestionValues) {
  const { t } = useTranslation();
  const idPrefix = useId();
  const [values, setValues] = useState(initial);
  const [problems, setProblems] = useState<SuggestionProblems>(emptyProblems);
  const [alert, setAlert] = useState<FormAlertState | null>(null);
  const [focusFirst, setFocusFirst] = useState(0);
  const fieldId = (field: SuggestionField): string => `${idPrefix}-${field}`;

  useEffect(() => {
    if (focusFirst === 0) return;
    document
      .querySelector<HTMLElement>(`[data-suggestion-form="${idPrefix}"] [aria-invalid="true"]`)
      ?.focus();
  }, [focusFirst, idPrefix]);

  const show = (found: SuggestionProblems, nextAlert: FormAlertState): void => {
    setProblems(found);
    setAlert(nextAlert);
    setFocusFirst((count) => count + 1);
  };

  const check = (): SuggestionCheck => {
    const result = checkSuggestion(values, t);
    if (result.ok) {
      setProblems(emptyProblems());
      setAlert(null);
    } else {
      show(result.problems, { kind: 'invalid', count: Math.max(problemCount(result.problems), 1) });
    }
    return result;
  };

  const showFailure = (error: unknown): void => {
    if (!(error instanceof ApiProblem)) {
      setAlert({ kind: 'unexpected' });
      return;
    }
    const found = serverProblems(error, values);
    show(found, { kind: 'problem', detail: error.problem.detail, otherErrors: found.other });
  };

  const update = <K extends keyof SuggestionValues>(field: K, value: SuggestionValues[K]): void => {
    setValues((current) => ({ ...current, [field]: value }));
    setProblems((current) => ({ ...current, fields: { ...current.fields, [field]: undefined } }));
  };

  const reset = (): void => {
    setValues(initial());
    setProblems(emptyProblems());
    setAlert(null);
  };

  return { idPrefix, values, problems, alert, fieldId, check, showFailure, update, reset };
}

type SuggestionFormState = ReturnType<typeof useSuggestionForm>;

function SuggestionFields({ form }: { form: SuggestionFormState }) {
  const { t } = useTranslation();
  const { values, problems, fieldId, update } = form;
  return (
    <>
      <FormAlert alert={form.alert} />
      <DiagnosisPicker
        id={fieldId('diagnosis')}
        label={t('fields.diagnosis')}
        hint={t('suggestForm.diagnosisHint')}
        value={values.diagnosis}
        error={problems.fields.diagnosis}
        required
        onChange={(diagnosis) => {
          update('diagnosis', diagnosis);
        }}
      />
      <ConfidenceField
        id={fieldId('confidence')}
        value={values.confidence}
        error={problems.fields.confidence}
        onChange={(confidence) => {
          update('confidence', confidence);
        }}
      />
      <TextField
        id={fieldId('rationale')}
        value={values.rationale}
        error={problems.fields.rationale}
        label={t('suggestForm.rationale')}
        hint={t('suggestForm.rationaleHint')}
        multiline
        rows={5}
        onChange={(rationale) => {
          update('rationale', rationale);
        }}
      />
      <TextField
        id={fieldId('nextSteps')}
        value={values.nextSteps}
        error={problems.fields.nextSteps}
        label={t('suggestForm.nextStepsLabel')}
        hint={t('suggestForm.nextStepsHint')}
        multiline
        rows={3}
        onChange={(nextSteps) => {
          update('nextSteps', nextSteps);
        }}
      />
      <ReferenceRows
        idPrefix={fieldId('references')}
        rows={values.references}
        problems={problems.rows}
        listError={problems.fields.references}
        onChange={(references) => {
          update('references', references);
        }}
      />
    </>
  );
}

export interface NewSuggestionFormProps {
  caseId: string;
  mine: { count: number; limit: number };
}

export function NewSuggestionForm({ caseId, mine }: NewSuggestionFormProps) {
  const { t } = useTranslation();
  const create = useCreateSuggestion(caseId);
  const form = useSuggestionForm(emptySuggestion);
  const [added, setAdded] = useState<string | null>(null);
  const usedId = useId();

  const submit = (event: SyntheticEvent<HTMLFormElement>): void => {
    event.preventDefault();
    setAdded(null);
    const result = form.check();
    if (!result.ok) return;
    create.mutate(result.body, {
      onSuccess: (created) => {
        form.reset();
        setAdded(created.diagnosis);
      },
      onError: form.showFailure,
    });
  };

  return (
    <form
      className="form suggestion-form"
      noValidate
      onSubmit={submit}
      data-suggestion-form={form.idPrefix}
      aria-describedby={usedId}
    >
      <p className="suggestion-form__used" id={usedId} data-testid="suggestions-used">
        {t('suggestForm.used', { used: mine.count, limit: mine.limit })}
      </p>
      <SuggestionFields form={form} />
      <div className="form__actions">
        <button type="submit" className="button" disabled={create.isPending}>
          {create.isPending ? t('suggestForm.submitting') : t('suggestForm.submit')}
        </button>
        <p className="form__status" role="status">
          {added === null ? null : t('suggestForm.added', { diagnosis: added })}
        </p>
      </div>
    </form>
  );
}

export interface EditSuggestionFormProps {
  caseId: string;
  suggestion: Suggestion;
  onDone: (saved: boolean) => void;
}

export function EditSuggestionForm({ caseId, suggestion, onDone }: EditSuggestionFormProps) {
  const { t } = useTranslation();
  const edit = useEditSuggestion(caseId, suggestion.id);
  const form = useSuggestionForm(() => valuesOf(suggestion));

  const submit = (event: SyntheticEvent<HTMLFormElement>): void => {
    event.preventDefault();
    const result = form.check();
    if (!result.ok) return;
    const changes = changesOf(result.body, suggestion);
    if (Object.keys(changes).length === 0) {
      onDone(false);
      return;
    }
    edit.mutate(changes, {
      onSuccess: () => {
        onDone(true);
      },
      onError: form.showFailure,
    });
  };

  return (
    <form
      className="form suggestion-form suggestion-form--inline"
      noValidate
      onSubmit={submit}
      data-suggestion-form={form.idPrefix}
      aria-label={t('suggestion.editLabel', { diagnosis: suggestion.diagnosis })}
    >
      <SuggestionFields form={form} />
      <div className="form__actions">
        <button type="submit" className="button" disabled={edit.isPending}>
          {edit.isPending ? t('suggestion.saving') : t('suggestion.save')}
        </button>
        <button
          type="button"
          className="button button--secondary"
          onClick={() => {
            onDone(false);
          }}
        >
          {t('actions.cancel')}
        </button>
      </div>
    </form>
  );
}
