// The pages of the wizard: a new patient case (/cases/new/patient), and a draft resumed
// (/cases/:caseId/edit), which only its author can load.
import type { ReactNode } from 'react';
import { Link, useLocation, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { CaseParamsSchema } from '@consilium/api';
import { ApiProblem } from '../api/client';
import { SignedIn } from '../accounts/SignedIn';
import { useCase } from '../cases/caseQueries';
import { LoadingStatus } from '../feedback/LoadingStatus';
import { ProblemNotice } from '../feedback/ProblemNotice';
import { usePageTitle } from '../feedback/usePageTitle';
import { NotFoundPage } from '../shell/NotFoundPage';
import { QuestionnaireWizard } from './QuestionnaireWizard';

function WizardPage({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  usePageTitle(t('wizard.heading'));
  return (
    <section className="page page--narrow">
      <h1>{t('wizard.heading')}</h1>
      <p className="page__lead">{t('wizard.lead')}</p>
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
function savedAtOf(state: unknown): Date | null {
  if (typeof state !== 'object' || state === null || !('savedAt' in state)) return null;
  const savedAt = state.savedAt;
  return typeof savedAt === 'string' ? new Date(savedAt) : null;
}

export function EditDraftPage() {
  const { caseId = '' } = useParams();
  const { t } = useTranslation();
  if (!CaseParamsSchema.safeParse({ caseId }).success) return <NotFoundPage what="case" />;
  return (
    <WizardPage>
      <SignedIn signInPrompt={t('wizard.signInPrompt')}>
        {() => <LoadedDraft caseId={caseId} />}
      </SignedIn>
    </WizardPage>
  );
}

function LoadedDraft({ caseId }: { caseId: string }) {
  const { t } = useTranslation();
  const location = useLocation();
  const draft = useCase(caseId);
  if (draft.isPending) return <LoadingStatus message={t('wizard.loading')} />;
  if (draft.isError) {
    if (draft.error instanceof ApiProblem && draft.error.status === 404) {
      return <p className="notice">{t('notFound.caseBody')}</p>;
    }
    return (
      <ProblemNotice
        summary={t('wizard.loadFailed')}
        error={draft.error}
        isRetrying={draft.isFetching}
        onRetry={() => {
          void draft.refetch();
        }}
      />
    );
  }
  if (draft.data.status !== 'draft' || !draft.data.isOwn) {
    return (
      <div className="notice">
        <p>{t('wizard.notADraft')}</p>
        <p>
          <Link to={`/cases/${caseId}`}>{t('wizard.openCase')}</Link>
        </p>
      </div>
    );
  }
  return (
    <QuestionnaireWizard
      caseId={caseId}
      initial={draft.data.questionnaire}
      savedAt={savedAtOf(location.state)}
    />
  );
}
