// On a closing or closed case page: the way to its report and, for the owner of a closed case,
// the confirmed diagnosis (recorded, or the form to record it).
import { useId } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { CaseDetail } from '@consilium/api';
import { LoadingStatus } from '../feedback/LoadingStatus';
import { ProblemNotice } from '../feedback/ProblemNotice';
import { OutcomeSection } from './OutcomeSection';
import { useReport } from './outcomeQueries';

export function CaseReportSection({ caseDetail }: { caseDetail: CaseDetail }) {
  const { t } = useTranslation();
  const headingId = useId();
  const isClosed = caseDetail.status === 'closed';
  if (!isClosed && caseDetail.status !== 'closing') return null;
  return (
    <>
      <section className="case-report" aria-labelledby={headingId}>
        <h2 id={headingId}>{t('report.heading')}</h2>
        <p>{isClosed ? t('report.closedLead') : t('report.closingLead')}</p>
        <p className="notice__actions">
          <Link className="button button--secondary" to={`/cases/${caseDetail.id}/report`}>
            {isClosed ? t('report.readFinal') : t('report.readPreview')}
          </Link>
        </p>
      </section>
      {isClosed && caseDetail.isOwn ? <OwnerOutcome caseId={caseDetail.id} /> : null}
    </>
  );
}

function OwnerOutcome({ caseId }: { caseId: string }) {
  const { t } = useTranslation();
  const report = useReport(caseId);
  if (report.isPending) return <LoadingStatus message={t('report.loading')} />;
  if (report.isError) {
    return (
      <ProblemNotice
        summary={t('report.loadFailed')}
        error={report.error}
        isRetrying={report.isFetching}
        onRetry={() => {
          void report.refetch();
        }}
      />
    );
  }
  return <OutcomeSection report={report.data} />;
}
