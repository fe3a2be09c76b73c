// The confirmed diagnosis as recorded: what it was (with its code), how and when it was confirmed,
// where it stood in the collective differential, and what the case teaches.
import { useTranslation } from 'react-i18next';
import type { Outcome } from '@consilium/api';
import { formatCalendarDate } from '../i18n/format';
import { PlainText } from '../text/PlainText';
import { ConceptCode } from '../suggestions/ConceptCode';

export function OutcomeSummary({ outcome }: { outcome: Outcome }) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? 'en';
  return (
    <div className="outcome-summary" data-testid="outcome">
      <p className="outcome-summary__diagnosis">
        {outcome.diagnosis}
        {outcome.concept === null ? null : <ConceptCode id={outcome.concept.id} />}
      </p>
      <dl className="outcome-summary__facts">
        {outcome.method === null ? null : (
          <>
            <dt>{t('outcome.method')}</dt>
            <dd>{t(`outcome.methods.${outcome.method}`)}</dd>
          </>
        )}
        {outcome.confirmedOn === null ? null : (
          <>
            <dt>{t('outcome.confirmedOn')}</dt>
            <dd>{formatCalendarDate(outcome.confirmedOn, language)}</dd>
          </>
        )}
      </dl>
      <p className="outcome-summary__rank" data-testid="outcome-rank">
        {outcome.collectiveRank === null
          ? t('outcome.notInDifferential')
          : t('outcome.rankInDifferential', {
              rank: outcome.collectiveRank,
              total: outcome.candidates,
            })}
      </p>
      {outcome.teachingPoint === null || outcome.teachingPoint.trim() === '' ? null : (
        <>
          <h3>{t('outcome.teachingPoint')}</h3>
          <PlainText text={outcome.teachingPoint} />
        </>
      )}
    </div>
  );
}
