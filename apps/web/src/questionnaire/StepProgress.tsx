// Where the patient is in the questionnaire: the eight steps in order, the current one marked,
// each saying whether it is complete, still required, or optional; then the review.
import type { MouseEvent } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { isStepComplete, QUESTIONNAIRE_STEPS } from '@consilium/api';
import type { QuestionnaireStepId } from '@consilium/api';
import { draftOf, stepDraftOf } from './questionnaireDraft';
import type { QuestionnaireValues } from './questionnaireValues';
import type { WizardStep } from './useQuestionnaireWizard';

type StepState = 'complete' | 'required' | 'optional';

function stateOf(values: QuestionnaireValues, step: QuestionnaireStepId, required: boolean) {
  const isAnswered = stepDraftOf(values, step) !== undefined;
  const state: StepState =
    isAnswered && isStepComplete(draftOf(values), step)
      ? 'complete'
      : required
        ? 'required'
        : 'optional';
  return state;
}

export interface StepProgressProps {
  current: WizardStep;
  values: QuestionnaireValues;
  onGo: (step: WizardStep) => void;
  /** The last link's words, when it is not "Review and publish". */
  reviewLabel?: string;
}

export function StepProgress({ current, values, onGo, reviewLabel }: StepProgressProps) {
  const { t } = useTranslation();
  const follow = (step: WizardStep) => (event: MouseEvent<HTMLAnchorElement>) => {
    event.preventDefault();
    onGo(step);
  };
  return (
    <nav className="wizard-progress" aria-label={t('wizard.progressLabel')}>
      <ol className="wizard-progress__steps">
        {QUESTIONNAIRE_STEPS.map(({ id, required }, index) => {
          const state = stateOf(values, id, required);
          return (
            <li key={id} className={`wizard-progress__step wizard-progress__step--${state}`}>
              <Link
                to={`?step=${id}`}
                aria-current={id === current ? 'step' : undefined}
                onClick={follow(id)}
              >
                <span className="wizard-progress__number" aria-hidden="true">
                  {state === 'complete' ? '✓' : index + 1}
                </span>
                <span className="wizard-progress__name">{t(`questionnaire.steps.${id}`)}</span>
                <span className="wizard-progress__state">{t(`wizard.stepStates.${state}`)}</span>
              </Link>
            </li>
          );
        })}
      </ol>
      <p className="wizard-progress__review">
        <Link
          to="?step=review"
          aria-current={current === 'review' ? 'step' : undefined}
          onClick={follow('review')}
        >
          {reviewLabel ?? t('wizard.reviewLink')}
        </Link>
      </p>
    </nav>
  );
}
