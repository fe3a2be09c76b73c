// A case's report: a preview while its owner rates the suggestions, final once the case is
// closed. The ranked collective differential with the crowd's reasons, the reward, the confirmed
// diagnosis when known; printable (the stylesheet drops the site's chrome) and downloadable as
// an HL7 FHIR R4 Bundle.
import { useId } from 'react';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { CaseParamsSchema } from '@consilium/api';
import type { CaseReport } from '@consilium/api';
import { specialtyName } from '@consilium/core';
import { ApiProblem } from '../api/client';
import { LoadingStatus } from '../feedback/LoadingStatus';
import { ProblemNotice } from '../feedback/ProblemNotice';
import { usePageTitle } from '../feedback/usePageTitle';
import { formatDate } from '../i18n/format';
import { NotFoundPage } from '../shell/NotFoundPage';
import { OutcomeSection } from './OutcomeSection';
import { fhirReportPath, useReport } from './outcomeQueries';
import { ReportItems } from './ReportItems';

export function ReportPage() {
  const { caseId = '' } = useParams();
  if (!CaseParamsSchema.safeParse({ caseId }).success) return <NotFoundPage what="case" />;
  return <LoadedReportPage key={caseId} caseId={caseId} />;
}

function LoadedReportPage({ caseId }: { caseId: string }) {
  const { t } = useTranslation();
  const report = useReport(caseId);
  usePageTitle(
    report.data ? t('report.pageTitle', { title: report.data.title }) : t('report.heading'),
  );

  if (report.isPending) {
    return (
      <section className="page">
        <h1 className="visually-hidden">{t('report.heading')}</h1>
        <LoadingStatus message={t('report.loading')} />
      </section>
    );
  }
  if (report.isError) {
    if (report.error instanceof ApiProblem && report.error.status === 404) {
      return <NotFoundPage what="case" />;
    }
    return (
      <section className="page">
        <h1>{t('report.heading')}</h1>
        <ProblemNotice
          summary={t('report.loadFailed')}
          error={report.error}
          isRetrying={report.isFetching}
          onRetry={() => {
            void report.refetch();
          }}
        />
      </section>
    );
  }
  return <ReportView report={report.data} />;
}

function ReportView({ report }: { report: CaseReport }) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? 'en';
  const differentialId = useId();
  const isFinal = report.state === 'final';
  return (
    <article className="page report" data-testid="report">
      <p className="report__back">
        <Link to={`/cases/${report.caseId}`}>{t('report.backToCase')}</Link>
      </p>
      <header className="report__header">
        <p className="report__kind">
          <span
            className={isFinal ? 'badge badge--closed' : 'badge badge--closing'}
            data-testid="report-state"
          >
            {isFinal ? t('report.final') : t('report.preview')}
          </span>{' '}
          {t('report.kicker')}
        </p>
        <h1>{report.title}</h1>
        <p className="report__meta">
          {report.closedAt === null ? null : (
            <span>
              {t('report.closedOn', { date: formatDate(new Date(report.closedAt), language) })}
            </span>
          )}
          {report.specialty === null ? null : <span>{specialtyName(report.specialty)}</span>}
          <span>{t('report.contributors', { count: report.contributors })}</span>
          <span>{t(`report.rules.${report.rule}`)}</span>
        </p>
        {isFinal ? null : <p className="notice report__preview-note">{t('report.previewNote')}</p>}
      </header>
      <div className="report__actions">
        <button
          type="button"
          className="button button--secondary"
          onClick={() => {
            window.print();
          }}
        >
          {t('report.print')}
        </button>
        {isFinal ? (
          <a
            className="button button--secondary"
            href={fhirReportPath(report.caseId)}
            download={`consilium-report-${report.caseId}.fhir.json`}
            type="application/fhir+json"
          >
            {t('report.downloadFhir')}
          </a>
        ) : (
          <p className="field__hint">{t('report.fhirAfterClose')}</p>
        )}
      </div>
      <Reward report={report} />
      <OutcomeSection report={report} />
      <section className="report__differential" aria-labelledby={differentialId}>
        <h2 id={differentialId}>{t('report.differential')}</h2>
        <ReportItems items={report.items} />
      </section>
      <p className="report__disclaimer">{t('app.disclaimer')}</p>
    </article>
  );
}

function Reward({ report }: { report: CaseReport }) {
  const { t } = useTranslation();
  const { pledged, paidOut } = report.reward;
  const text =
    pledged === 0
      ? t('report.noReward')
      : report.state === 'final'
        ? t('report.rewardPaid', { pledged, paidOut })
        : t('report.rewardPledged', { pledged });
  return (
    <p className="report__reward" data-testid="report-reward">
      {text}
    </p>
  );
}
