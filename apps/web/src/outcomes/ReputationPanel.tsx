// A member's track record on their profile, learned only from confirmed diagnoses: for each
// specialty, how often the answer was in their top 3 (with the range it is known within), hits
// and misses, and how much their differential counts there ("influence").
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Reputation } from '@consilium/api';
import { specialtyName } from '@consilium/core';
import { LoadingStatus } from '../feedback/LoadingStatus';
import { ProblemNotice } from '../feedback/ProblemNotice';
import { formatPercent } from '../i18n/format';
import { useReputation } from './outcomeQueries';

/** The specialty the server scores cases tagged with none under. */
const GENERAL_SPECIALTY = 'general';

export function ReputationPanel({ handle }: { handle: string }) {
  const { t } = useTranslation();
  const headingId = useId();
  const reputation = useReputation(handle);
  return (
    <section className="reputation" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('reputation.heading')}</h2>
      {reputation.isPending ? <LoadingStatus message={t('reputation.loading')} /> : null}
      {reputation.isError ? (
        <ProblemNotice
          summary={t('reputation.loadFailed')}
          error={reputation.error}
          isRetrying={reputation.isFetching}
          onRetry={() => {
            void reputation.refetch();
          }}
        />
      ) : null}
      {reputation.isSuccess ? <ReputationTable reputation={reputation.data} /> : null}
    </section>
  );
}

function ReputationTable({ reputation }: { reputation: Reputation }) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? 'en';
  const percent = (share: number): string => formatPercent(share, language);
  if (reputation.items.length === 0) {
    return <p className="empty-state">{t('reputation.empty')}</p>;
  }
  return (
    <>
      <p className="reputation__lead">{t('reputation.lead', { count: reputation.scoredCases })}</p>
      <div className="reputation__scroll">
        <table className="reputation__table">
          <caption className="visually-hidden">{t('reputation.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('reputation.specialty')}</th>
              <th scope="col">{t('reputation.accuracy')}</th>
              <th scope="col">{t('reputation.record')}</th>
              <th scope="col">{t('reputation.influence')}</th>
            </tr>
          </thead>
          <tbody>
            {reputation.items.map((item) => (
              <tr key={item.specialty} data-testid="reputation-item">
                <th scope="row">
                  {item.specialty === GENERAL_SPECIALTY
                    ? t('reputation.general')
                    : specialtyName(item.specialty)}
                </th>
                <td>
                  <span className="reputation__accuracy">{percent(item.accuracy)}</span>{' '}
                  <span className="reputation__range">
                    {t('reputation.range', { low: percent(item.low), high: percent(item.high) })}
                  </span>
                </td>
                <td>
                  {t('reputation.hitsMisses', {
                    hits: t('reputation.hits', { count: item.hits }),
                    misses: t('reputation.misses', { count: item.misses }),
                  })}
                </td>
                <td>{percent(item.weight)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="field__hint">{t('reputation.explain')}</p>
    </>
  );
}
