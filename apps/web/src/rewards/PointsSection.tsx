// The member's points in Settings: the balance and the latest movements (welcome points,
// pledges to their cases, rewards for helping, refunds).
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { LoadingStatus } from '../feedback/LoadingStatus';
import { ProblemNotice } from '../feedback/ProblemNotice';
import { useMyPoints } from './pointsQueries';

export function PointsSection() {
  const { t, i18n } = useTranslation();
  const points = useMyPoints();
  let content;
  if (points.isPending) content = <LoadingStatus message={t('points.loading')} />;
  else if (points.isError)
    content = (
      <ProblemNotice
        summary={t('points.loadFailed')}
        error={points.error}
        onRetry={() => {
          void points.refetch();
        }}
      />
    );
  else
    content = (
      <>
        <p className="settings__lead" data-testid="points-balance">
          {t('points.balance', { count: points.data.balance })}
        </p>
        {points.data.entries.length === 0 ? (
          <p>{t('points.empty')}</p>
        ) : (
          <ul className="points-list">
            {points.data.entries.map((entry) => (
              <li key={`${entry.id}-${entry.amount}`}>
                <strong>{entry.amount > 0 ? `+${entry.amount}` : entry.amount}</strong>{' '}
                {t(`points.kinds.${entry.kind}`)}
                {entry.caseId === null ? null : (
                  <>
                    {' '}
                    (<Link to={`/cases/${entry.caseId}`}>{t('points.case')}</Link>)
                  </>
                )}{' '}
                <time dateTime={entry.createdAt}>
                  {new Date(entry.createdAt).toLocaleDateString(i18n.language)}
                </time>
              </li>
            ))}
          </ul>
        )}
      </>
    );
  return (
    <section className="settings__section" aria-labelledby="settings-points">
      <h2 id="settings-points">{t('points.heading')}</h2>
      {content}
    </section>
  );
}
