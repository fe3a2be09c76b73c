// "The confirmed diagnosis" of a closed case: the outcome once recorded (with where it ranked), or
// for its owner the form to record it; for everyone else, that it is not known yet.
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseReport } from '@consilium/api';
import { OutcomeForm } from './OutcomeForm';
import { OutcomeSummary } from './OutcomeSummary';

export function OutcomeSection({ report }: { report: CaseReport }) {
  const { t } = useTranslation();
  const headingId = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const [justRecorded, setJustRecorded] = useState(false);

  useEffect(() => {
    if (justRecorded) headingRef.current?.focus();
  }, [justRecorded]);

  if (report.state !== 'final') return null;
  return (
    <section className="outcome-section" aria-labelledby={headingId}>
      <h2 id={headingId} ref={headingRef} tabIndex={-1}>
        {t('outcome.heading')}
      </h2>
      <p className="form__status" role="status">
        {justRecorded ? t('outcome.recorded') : null}
      </p>
      {report.outcome !== null ? (
        <OutcomeSummary outcome={report.outcome} />
      ) : report.abilities.canRecordOutcome ? (
        <>
          <p>{t('outcome.lead')}</p>
          <OutcomeForm
            caseId={report.caseId}
            onRecorded={() => {
              setJustRecorded(true);
            }}
          />
        </>
      ) : (
        <p className="outcome-section__none">{t('outcome.notYet')}</p>
      )}
    </section>
  );
}
