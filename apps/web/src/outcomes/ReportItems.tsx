// The report's ranked differential: each diagnosis with its probability, the tiers that back it,
// excerpts of the members' reasoning, their references, the next steps they suggest, and how
// many of its suggestions the owner found helpful.
import { useTranslation } from 'react-i18next';
import type { ReportItem } from '@consilium/api';
import { formatPercent } from '../i18n/format';
import { ProbabilityBar, SupportByTierList } from '../suggestions/DifferentialChart';
import { ReferenceLinks } from '../suggestions/ReferenceLinks';
import { ConceptCode } from '../suggestions/ConceptCode';

function ReportEntry({ item }: { item: ReportItem }) {
  const { t, i18n } = useTranslation();
  const percent = formatPercent(item.probability, i18n.resolvedLanguage ?? 'en');
  return (
    <li className="report-item" data-testid="report-item">
      <h3 className="report-item__title">
        <span className="report-item__rank">{t('report.rank', { rank: item.rank })}</span>{' '}
        {item.label}
        {item.concept === null ? null : <ConceptCode id={item.concept.id} />}
      </h3>
      <p className="report-item__probability">
        {t('report.probability', { probability: percent })}
      </p>
      <ProbabilityBar probability={item.probability} />
      <div className="report-item__facts">
        <div>
          <h4>{t('report.support')}</h4>
          <SupportByTierList support={item.support} />
        </div>
        <ul className="report-item__counts">
          <li>{t('differential.firstChoices', { count: item.firstChoices })}</li>
          <li data-testid="report-helpful">{t('report.helpful', { count: item.helpful })}</li>
        </ul>
      </div>
      {item.rationaleExcerpts.length === 0 ? null : (
        <>
          <h4>{t('report.rationale')}</h4>
          {item.rationaleExcerpts.map((excerpt, index) => (
            <blockquote key={index} className="report-item__excerpt">
              <p>{excerpt}</p>
            </blockquote>
          ))}
        </>
      )}
      {item.nextSteps.length === 0 ? null : (
        <>
          <h4>{t('report.nextSteps')}</h4>
          <ul className="report-item__next">
            {item.nextSteps.map((step, index) => (
              <li key={index}>{step}</li>
            ))}
          </ul>
        </>
      )}
      {item.references.length === 0 ? null : (
        <>
          <h4>{t('report.references')}</h4>
          <ReferenceLinks
            references={item.references}
            label={t('report.referencesFor', { diagnosis: item.label })}
          />
        </>
      )}
    </li>
  );
}

export function ReportItems({ items }: { items: ReportItem[] }) {
  const { t } = useTranslation();
  if (items.length === 0) return <p className="empty-state">{t('report.empty')}</p>;
  return (
    <ol className="report-items" aria-label={t('report.differential')}>
      {items.map((item) => (
        <ReportEntry key={item.candidateId} item={item} />
      ))}
    </ol>
  );
}
