// A case study on its case page: a solver who may commits a ranked differential, once; after that
// (and for the author) the hidden answer is shown beside it. Visitors are asked to sign in.
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseDetail } from '@consilium/api';
import { SignInPrompt } from '../accounts/SignInPrompt';
import { LoadingStatus } from '../feedback/LoadingStatus';
import { ProblemNotice } from '../feedback/ProblemNotice';
import { useSolution } from './caseStudyQueries';
import { DifferentialForm } from './DifferentialForm';
import { SolutionView } from './SolutionView';

export function CaseStudySection({
  caseDetail,
  isSignedIn,
}: {
  caseDetail: CaseDetail;
  isSignedIn: boolean;
}) {
  const { t } = useTranslation();
  const headingId = useId();
  const [justCommitted, setJustCommitted] = useState(false);
  const study = caseDetail.caseStudy;
  if (study === null) return null;
  const canSeeAnswer = caseDetail.isOwn || study.committed;

  const body = (() => {
    if (canSeeAnswer) return <Answer caseId={caseDetail.id} takeFocus={justCommitted} />;
    if (!isSignedIn) return <SignInPrompt message={t('caseStudy.signInPrompt')} />;
    if (caseDetail.abilities.canCommitDifferential) {
      return (
        <DifferentialForm
          caseId={caseDetail.id}
          onCommitted={() => {
            setJustCommitted(true);
          }}
        />
      );
    }
    return <p className="notice">{t('caseStudy.closed')}</p>;
  })();

  return (
    <section className="case-study" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('caseStudy.heading')}</h2>
      <p className="case-study__lead">
        {caseDetail.isOwn
          ? t('caseStudy.authorLead')
          : study.committed
            ? t('caseStudy.revealedLead')
            : t('caseStudy.lead')}
      </p>
      <p className="form__status" role="status">
        {justCommitted ? t('caseStudy.committed') : null}
      </p>
      {canSeeAnswer ? null : (
        <p className="case-study__count">
          {t('caseStudy.solverCount', { count: study.commitCount })}
        </p>
      )}
      {body}
    </section>
  );
}

function Answer({ caseId, takeFocus }: { caseId: string; takeFocus: boolean }) {
  const { t } = useTranslation();
  const solution = useSolution(caseId);
  if (solution.isPending) return <LoadingStatus message={t('caseStudy.loading')} />;
  if (solution.isError) {
    return (
      <ProblemNotice
        summary={t('caseStudy.loadFailed')}
        error={solution.error}
        isRetrying={solution.isFetching}
        onRetry={() => {
          void solution.refetch();
        }}
      />
    );
  }
  return <SolutionView solution={solution.data} takeFocus={takeFocus} />;
}
