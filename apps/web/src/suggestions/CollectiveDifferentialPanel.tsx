// The live collective differential on a case page: read every 15 seconds while the tab is
// visible, and again after the member's own suggestion or vote.
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { LoadingStatus } from '../feedback/LoadingStatus';
import { ProblemNotice } from '../feedback/ProblemNotice';
import { RelativeTime } from '../i18n/RelativeTime';
import { DifferentialChart } from './DifferentialChart';
import { useCollectiveDifferential } from './suggestionQueries';

export function CollectiveDifferentialPanel({ caseId }: { caseId: string }) {
  const { t } = useTranslation();
  const headingId = useId();
  const differential = useCollectiveDifferential(caseId);
  return (
    <section className="collective-differential" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('differential.heading')}</h2>
      {differential.isPending ? <LoadingStatus message={t('differential.loading')} /> : null}
      {differential.isError ? (
        <ProblemNotice
          summary={t('differential.loadFailed')}
          error={differential.error}
          isRetrying={differential.isFetching}
          onRetry={() => {
            void differential.refetch();
          }}
        />
      ) : null}
      {differential.isSuccess ? (
        <>
          {differential.data.items.length === 0 && differential.data.pending.length === 0 ? null : (
            <p className="collective-differential__lead">
              {t('differential.lead', { count: differential.data.contributors })}{' '}
              {differential.data.computedAt === null ? null : (
                <span>
                  {t('differential.updated')} <RelativeTime iso={differential.data.computedAt} />
                </span>
              )}
            </p>
          )}
          <DifferentialChart
            items={differential.data.items}
            pending={differential.data.pending}
            label={t('differential.heading')}
          />
        </>
      ) : null}
    </section>
  );
}
