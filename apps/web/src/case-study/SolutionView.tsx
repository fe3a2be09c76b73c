// A case study's answer beside the reader's committed differential: the confirmed diagnosis (with
// its code when it has one), the teaching point, the reader's ranked list with the entry the server
// matched to the answer marked (same concept, or same words) and where it stood, and how many
// solvers have committed.
import { useEffect, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { Solution } from '@consilium/api';
import { PlainText } from '../text/PlainText';
import { ConceptCode } from '../suggestions/ConceptCode';

export function SolutionView({
  solution,
  takeFocus = false,
}: {
  solution: Solution;
  /** Move focus to the answer, right after the reader committed. */
  takeFocus?: boolean;
}) {
  const { t } = useTranslation();
  const answerId = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    if (takeFocus) headingRef.current?.focus();
  }, [takeFocus]);

  return (
    <div className="case-study__reveal">
      <section className="case-study__answer" aria-labelledby={answerId}>
        <h3 id={answerId} ref={headingRef} tabIndex={-1}>
          {t('caseStudy.answerHeading')}
        </h3>
        <p className="case-study__diagnosis">
          {solution.diagnosis}
          {solution.code === null ? null : (
            <span className="case-study__code">
              {[solution.system, solution.code].filter(Boolean).join(' ')}
            </span>
          )}
        </p>
        {solution.teachingPoint === null ? null : (
          <>
            <h4>{t('caseStudy.teachingPoint')}</h4>
            <PlainText text={solution.teachingPoint} />
          </>
        )}
      </section>
      {solution.yourDifferential === null ? null : (
        <YourDifferential items={solution.yourDifferential} rank={solution.yourRank} />
      )}
      <p className="case-study__count">
        {t('caseStudy.solverCount', { count: solution.commitCount })}
      </p>
    </div>
  );
}

function YourDifferential({
  items,
  rank,
}: {
  items: Solution['yourDifferential'];
  /** Where the answer stood in the list, 1 = first; null when it was not in it. */
  rank: number | null;
}) {
  const { t } = useTranslation();
  const headingId = useId();
  return (
    <section className="case-study__yours" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('caseStudy.yourDifferential')}</h3>
      <p className="case-study__rank" data-testid="your-rank">
        {rank === null
          ? t('caseStudy.notInYours')
          : t('caseStudy.rankInYours', { rank, total: items?.length ?? 0 })}
      </p>
      <ol className="case-study__list">
        {(items ?? []).map((item, index) => {
          const isMatch = rank === index + 1;
          return (
            <li key={index} className={isMatch ? 'case-study__item--match' : undefined}>
              {item.label}
              {item.conceptId === null ? null : <ConceptCode id={item.conceptId} />}
              {isMatch ? (
                <span className="badge badge--match">{t('caseStudy.matches')}</span>
              ) : null}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
