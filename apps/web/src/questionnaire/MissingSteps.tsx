// The required steps a questionnaire still lacks, each a link back to its step; or, when none
// is missing, the lead that says it is ready.
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { QuestionnaireStepId } from '@consilium/api';
import type { Wizard } from './useQuestionnaireWizard';

export function MissingSteps({
  id,
  missing,
  wizard,
  readyLead,
}: {
  /** Lets the submit button point at the list (aria-describedby). */
  id: string;
  missing: readonly QuestionnaireStepId[];
  wizard: Wizard;
  readyLead: string;
}) {
  const { t } = useTranslation();
  if (missing.length === 0) return <p className="wizard__intro">{readyLead}</p>;
  return (
    <div className="notice" id={id}>
      <p className="notice__summary">{t('wizard.missingLead', { count: missing.length })}</p>
      <ul>
        {missing.map((step) => (
          <li key={step}>
            <Link
              to={`?step=${step}`}
              onClick={(event) => {
                event.preventDefault();
                void wizard.goTo(step, 'elsewhere');
              }}
            >
              {t(`questionnaire.steps.${step}`)}
            </Link>
          </li>
        ))}
      </ul>
    </div>
  );
}
