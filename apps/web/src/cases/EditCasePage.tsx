// /cases/:caseId/edit, for the case's author only: a draft goes back to the questionnaire wizard; an
// open case with a questionnaire to the wizard in edit mode; an open case without one to a form for
// its title and presentation.
import { Link, useLocation, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { CaseParamsSchema } from '@consilium/api';
import type { CaseDetail } from '@consilium/api';
import { ApiProblem } from '../api/client';
import { useSession } from '../accounts/session';
import { SignedIn } from '../accounts/SignedIn';
import { LoadingStatus } from '../feedback/LoadingStatus';
import { ProblemNotice } from '../feedback/ProblemNotice';
import { QuestionnaireWizard } from '../questionnaire/QuestionnaireWizard';
import { savedAtOf, WizardPage } from '../questionnaire/PatientCasePages';
import { NotFoundPage } from '../shell/NotFoundPage';
import { useCase } from './caseQueries';
import { EditCaseTextForm } from './EditCaseTextForm';

export function EditCasePage() {
  const { caseId = '' } = useParams();
  const { t } = useTranslation();
  const member = useSession().data?.member ?? null;
  if (!CaseParamsSchema.safeParse({ caseId }).success) return <NotFoundPage what="case" />;
  if (member !== null) return <LoadedCase key={caseId} caseId={caseId} />;
  // Checking the session, or a visitor: the page says what it is for while it asks to sign in.
  return (
    <WizardPage>
      <SignedIn signInPrompt={t('wizard.signInPrompt')}>{() => null}</SignedIn>
    </WizardPage>
  );
}

function LoadedCase({ caseId }: { caseId: string }) {
  const { t } = useTranslation();
  const found = useCase(caseId);
  if (found.isPending)
    return (
      <WizardPage>
        <LoadingStatus message={t('wizard.loading')} />
      </WizardPage>
    );
  if (found.isError) {
    return (
      <WizardPage>
        {found.error instanceof ApiProblem && found.error.status === 404 ? (
          <p className="notice">{t('notFound.caseBody')}</p>
        ) : (
          <ProblemNotice
            summary={t('wizard.loadFailed')}
            error={found.error}
            isRetrying={found.isFetching}
            onRetry={() => {
              void found.refetch();
            }}
          />
        )}
      </WizardPage>
    );
  }
  return <CaseEditor caseDetail={found.data} />;
}

function CaseEditor({ caseDetail }: { caseDetail: CaseDetail }) {
  const { t } = useTranslation();
  const location = useLocation();
  if (caseDetail.status === 'draft' && caseDetail.isOwn) {
    return (
      <WizardPage>
        <QuestionnaireWizard
          caseId={caseDetail.id}
          initial={caseDetail.questionnaire}
          savedAt={savedAtOf(location.state)}
        />
      </WizardPage>
    );
  }
  if (!caseDetail.isOwn || !caseDetail.abilities.canEdit) {
    return (
      <WizardPage heading={t('editCase.heading')} lead={t('editCase.lead')}>
        <div className="notice">
          <p>{t('editCase.notEditable')}</p>
          <p>
            <Link to={`/cases/${caseDetail.id}`}>{t('wizard.openCase')}</Link>
          </p>
        </div>
      </WizardPage>
    );
  }
  return (
    <WizardPage heading={t('editCase.heading')} lead={t('editCase.lead')}>
      {caseDetail.questionnaire === null ? (
        <EditCaseTextForm caseDetail={caseDetail} />
      ) : (
        <QuestionnaireWizard
          caseId={caseDetail.id}
          initial={caseDetail.questionnaire}
          savedAt={null}
          isEditing
        />
      )}
    </WizardPage>
  );
}
