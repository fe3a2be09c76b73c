// The patient case wizard: the progress through the steps, one step per screen with Back, Next
// (Review on the last) and "Save and continue later", and the draft's save status. Editing a
// published case, it offers "Cancel" instead and saves only from the review.
import { useEffect, useRef } from 'react';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { PatientQuestionnaireDraft, QuestionnaireStepId } from '@consilium/api';
import { FormAlert } from '../forms/FormAlert';
import { CareStep } from './CareStep';
import { HistoryStep } from './HistoryStep';
import { DiagnosesStep, TestsStep } from './ListSteps';
import { STEP_IDS } from './questionnaireDraft';
import { EditReviewStep } from './EditReviewStep';
import { ReviewStep } from './ReviewStep';
import { SaveStatus } from './SaveStatus';
import { AboutStep, ComplaintStep, QuestionStep } from './SimpleSteps';
import { StepProgress } from './StepProgress';
import { SymptomsStep } from './SymptomsStep';
import { useQuestionnaireWizard } from './useQuestionnaireWizard';
import type { Wizard } from './useQuestionnaireWizard';

export interface QuestionnaireWizardProps {
  caseId: string | null;
  initial: PatientQuestionnaireDraft | null;
  savedAt: Date | null;
  /** Editing a published case: the review saves the changes instead of publishing. */
  isEditing?: boolean;
}

function StepFields({ step, wizard }: { step: QuestionnaireStepId; wizard: Wizard }): ReactNode {
  switch (step) {
    case 'about':
      return <AboutStep wizard={wizard} />;
    case 'complaint':
      return <ComplaintStep wizard={wizard} />;
    case 'symptoms':
      return <SymptomsStep wizard={wizard} />;
    case 'history':
      return <HistoryStep wizard={wizard} />;
    case 'tests':
      return <TestsStep wizard={wizard} />;
    case 'diagnoses':
      return <DiagnosesStep wizard={wizard} />;
    case 'care':
      return <CareStep wizard={wizard} />;
    case 'question':
      return <QuestionStep wizard={wizard} />;
  }
}

/** Moves focus to the step's heading when the step changes, as a new page would. */
function useFocusOnStep(step: string) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  const previous = useRef(step);
  useEffect(() => {
    if (previous.current === step) return;
    previous.current = step;
    headingRef.current?.focus();
  }, [step]);
  return headingRef;
}

export function QuestionnaireWizard(props: QuestionnaireWizardProps) {
  const { t } = useTranslation();
  const wizard = useQuestionnaireWizard(props);
  const { step } = wizard;
  const headingRef = useFocusOnStep(step);
  const index = step === 'review' ? STEP_IDS.length : STEP_IDS.indexOf(step);
  const previous = STEP_IDS[index - 1];
  const next = STEP_IDS[index + 1];

  return (
    <div className="wizard" ref={wizard.containerRef}>
      <StepProgress
        current={step}
        values={wizard.values}
        reviewLabel={wizard.isEditing ? t('wizard.reviewChangesHeading') : undefined}
        onGo={(target) => {
          void wizard.goTo(target, 'elsewhere');
        }}
      />
      <h2 className="wizard__step-heading" ref={headingRef} tabIndex={-1}>
        {step === 'review'
          ? t(wizard.isEditing ? 'wizard.reviewChangesHeading' : 'wizard.reviewHeading')
          : t('wizard.stepOf', {
              number: index + 1,
              total: STEP_IDS.length,
              name: t(`questionnaire.steps.${step}`),
            })}
      </h2>
      {step === 'review' ? (
        wizard.isEditing && props.caseId !== null ? (
          <EditReviewStep wizard={wizard} caseId={props.caseId} />
        ) : (
          <ReviewStep wizard={wizard} caseId={props.caseId} />
        )
      ) : (
        <form
          className="form wizard__form"
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            void wizard.goTo(next ?? 'review', 'forward');
          }}
        >
          <FormAlert alert={wizard.alert} />
          <StepFields step={step} wizard={wizard} />
          <div className="form__actions wizard__actions">
            {previous === undefined ? null : (
              <button
                type="button"
                className="button button--secondary"
                disabled={wizard.isBusy}
                onClick={() => {
                  void wizard.goTo(previous, 'elsewhere');
                }}
              >
                {t('wizard.back')}
              </button>
            )}
            <button type="submit" className="button" disabled={wizard.isBusy}>
              {next === undefined ? t('wizard.review') : t('wizard.next')}
            </button>
            {wizard.isEditing ? (
              <Link className="button button--quiet" to={`/cases/${props.caseId ?? ''}`}>
                {t('wizard.cancelEdit')}
              </Link>
            ) : (
              <button
                type="button"
                className="button button--quiet"
                disabled={wizard.isBusy}
                onClick={() => {
                  void wizard.saveAndLeave();
                }}
              >
                {t('wizard.saveLater')}
              </button>
            )}
          </div>
        </form>
      )}
      {wizard.isEditing ? null : <SaveStatus state={wizard.save} />}
    </div>
  );
}
