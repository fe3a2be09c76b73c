// A case study's answer beside the reader's committed differential: the confirmed diagnosis (with
// its code when it has one), the teaching point, the reader's ranked list with the entry that names
// the answer marked, and how many solvers have committed.
import { useEffect, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { Solution } from '@consilium/api';
import { PlainText } from '../text/PlainText';

/** Whether a diagnosis of the differential names the answer (same words, any case). */
export function namesTheAnswer(label: string, answer: string): boolean {
  const folded = (text: string) => text.trim().replace(/\s+/g, ' ').toLocaleLowerCase();
  return folded(label) === folded(answer);
}

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
        <YourDifferential items={solution.yourDifferential} answer={solution.diagnosis} />
      )}
      <p className="case-study__count">
        {t('caseStudy.solverCount', { count: solution.commitCount })}
      </p>
    </div>
  );
}

function YourDifferential({
  items,
  answer,
}: {
  items: Solution['yourDifferential'];
  answer: string;
}) {
  const { t } = useTranslation();
  const headingId = useId();
  return (
    <section className="case-study__yours" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('caseStudy.yourDifferential')}</h3>
      <ol className="case-study__list">
        {(items ?? []).map((item, index) => {
          const isMatch = namesTheAnswer(item.label, answer);
          return (
            <li key={index} className={isMatch ? 'case-study__item--match' : undefined}>
              {item.label}
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
