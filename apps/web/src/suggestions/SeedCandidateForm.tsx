// The case's author puts up possible diagnoses for the crowd to vote on, one at a time, like the
// options of a poll; each joins the candidates at once.
import { useId, useState } from 'react';
import type { SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { SeedCandidateBodySchema } from '@consilium/api';
import { ApiProblem } from '../api/client';
import { describeFieldProblem } from '../forms/fieldProblems';
import { FormAlert } from '../forms/FormAlert';
import type { FormAlertState } from '../forms/useSchemaForm';
import { DiagnosisPicker, NO_DIAGNOSIS } from '../vocabulary/DiagnosisPicker';
import type { DiagnosisValue } from '../vocabulary/DiagnosisPicker';
import { useSeedCandidate } from './suggestionQueries';

export function SeedCandidateForm({ caseId }: { caseId: string }) {
  const { t } = useTranslation();
  const id = useId();
  const seed = useSeedCandidate(caseId);
  const [choice, setChoice] = useState<DiagnosisValue>(NO_DIAGNOSIS);
  const [error, setError] = useState<string | undefined>(undefined);
  const [alert, setAlert] = useState<FormAlertState | null>(null);
  const [added, setAdded] = useState<string | null>(null);

  const fail = (message: string | undefined, nextAlert: FormAlertState): void => {
    setError(message);
    setAlert(nextAlert);
    document.getElementById(id)?.focus();
  };

  const submit = (event: SyntheticEvent<HTMLFormElement>): void => {
    event.preventDefault();
    setAdded(null);
    const result = SeedCandidateBodySchema.safeParse({
      conceptId: choice.conceptId,
      label: choice.label,
    });
    if (!result.success) {
      const issue = result.error.issues[0];
      const message =
        issue === undefined
          ? undefined
          : describeFieldProblem(
              { kind: 'issue', issue, value: choice.label },
              t('fields.diagnosis'),
              t,
            );
      fail(message, { kind: 'invalid', count: 1 });
      return;
    }
    setError(undefined);
    setAlert(null);
    seed.mutate(result.data, {
      onSuccess: (candidate) => {
        setChoice(NO_DIAGNOSIS);
        setAdded(candidate.label);
      },
      onError: (failure) => {
        if (!(failure instanceof ApiProblem)) {
          setAlert({ kind: 'unexpected' });
          return;
        }
        const messages = (failure.problem.errors ?? []).map((fieldError) => fieldError.message);
        fail(messages[0], {
          kind: 'problem',
          detail: failure.problem.detail,
          otherErrors: messages.slice(1),
        });
      },
    });
  };

  return (
    <form className="form seed-form" noValidate onSubmit={submit}>
      <p className="field__hint">{t('seed.lead')}</p>
      <FormAlert alert={alert} />
      <DiagnosisPicker
        id={id}
        label={t('seed.label')}
        hint={t('seed.hint')}
        value={choice}
        error={error}
        required
        onChange={(next) => {
          setChoice(next);
          setError(undefined);
        }}
      />
      <div className="form__actions">
        <button type="submit" className="button" disabled={seed.isPending}>
          {seed.isPending ? t('seed.submitting') : t('seed.submit')}
        </button>
        <p className="form__status" role="status">
          {added === null ? null : t('seed.added', { diagnosis: added })}
        </p>
      </div>
    </form>
  );
}
