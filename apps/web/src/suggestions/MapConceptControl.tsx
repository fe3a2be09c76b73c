// For moderators: coding a free-text candidate with a concept from the vocabulary, which merges
// it with any candidate of that concept. Only a concept from the list will do.
import { useId, useState } from 'react';
import type { SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Candidate } from '@consilium/api';
import { ApiProblem } from '../api/client';
import { describeFailure } from '../feedback/ProblemNotice';
import { DiagnosisPicker } from '../vocabulary/DiagnosisPicker';
import type { DiagnosisValue } from '../vocabulary/DiagnosisPicker';
import { useMapCandidate } from './suggestionQueries';

export function MapConceptControl({ candidate }: { candidate: Candidate }) {
  const { t } = useTranslation();
  const [isOpen, setIsOpen] = useState(false);
  if (!isOpen) {
    return (
      <button
        type="button"
        className="button button--quiet button--small"
        aria-label={t('mapConcept.openFor', { diagnosis: candidate.label })}
        onClick={() => {
          setIsOpen(true);
        }}
      >
        {t('mapConcept.open')}
      </button>
    );
  }
  return (
    <MapConceptForm
      candidate={candidate}
      onClose={() => {
        setIsOpen(false);
      }}
    />
  );
}

function MapConceptForm({ candidate, onClose }: { candidate: Candidate; onClose: () => void }) {
  const { t } = useTranslation();
  const id = useId();
  const map = useMapCandidate(candidate.caseId, candidate.id);
  const [choice, setChoice] = useState<DiagnosisValue>({
    conceptId: null,
    label: candidate.label,
  });
  const [error, setError] = useState<string | undefined>(undefined);

  const submit = (event: SyntheticEvent<HTMLFormElement>): void => {
    event.preventDefault();
    if (choice.conceptId === null) {
      setError(t('mapConcept.chooseConcept'));
      return;
    }
    setError(undefined);
    map.mutate(choice.conceptId, {
      onSuccess: onClose,
      onError: (failure) => {
        const fieldErrors = failure instanceof ApiProblem ? (failure.problem.errors ?? []) : [];
        setError([describeFailure(failure, t), ...fieldErrors.map((e) => e.message)].join(' '));
      },
    });
  };

  return (
    <form
      className="form map-concept"
      noValidate
      onSubmit={submit}
      aria-label={t('mapConcept.formLabel', { diagnosis: candidate.label })}
    >
      <DiagnosisPicker
        id={id}
        label={t('mapConcept.concept')}
        hint={t('mapConcept.hint', { diagnosis: candidate.label })}
        value={choice}
        error={error}
        required
        onChange={(next) => {
          setChoice(next);
          setError(undefined);
        }}
      />
      <div className="form__actions">
        <button type="submit" className="button button--small" disabled={map.isPending}>
          {map.isPending ? t('mapConcept.mapping') : t('mapConcept.submit')}
        </button>
        <button type="button" className="button button--secondary button--small" onClick={onClose}>
          {t('actions.cancel')}
        </button>
      </div>
    </form>
  );
}
