// The page of the wizard for a new patient case (/cases/new/patient); a draft is resumed at
// /cases/:caseId/edit (cases/EditCasePage).
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { SignedIn } from '../accounts/SignedIn';
import { usePageTitle } from '../feedback/usePageTitle';
import { QuestionnaireWizard } from './QuestionnaireWizard';

export interface WizardPageProps {
  /** "Describe your case" unless told otherwise. */
  heading?: string;
  lead?: string;
  children: ReactNode;
}

export function WizardPage({ heading, lead, children }: WizardPageProps) {
  const { t } = useTranslation();
  const shownHeading = heading ?? t('wizard.heading');
  usePageTitle(shownHeading);
  return (
    <section className="page page--narrow">
      <h1>{shownHeading}</h1>
      <p className="page__lead">{lead ?? t('wizard.lead')}</p>
      {children}
    </section>
  );
}

export function NewPatientCasePage() {
  const { t } = useTranslation();
  return (
    <WizardPage>
      <SignedIn signInPrompt={t('wizard.signInPrompt')}>
        {() => <QuestionnaireWizard caseId={null} initial={null} savedAt={null} />}
      </SignedIn>
    </WizardPage>
  );
}

/** When the draft was saved, if the page before (the first save) said so. */
export function savedAtOf(state: unknown): Date | null {
  if (typeof state !== 'object' || state === null || !('savedAt' in state)) return null;
  const savedAt = state.savedAt;
  return typeof savedAt === 'string' ? new Date(savedAt) : null;
}
