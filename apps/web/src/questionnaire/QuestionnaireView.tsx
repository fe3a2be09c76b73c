// A patient's questionnaire for reading: one section per step answered, symptoms as a list with
// their severity and HPO term, the findings checked and not present, dates and amounts in the
// reader's language. Shown on the case page and in review.
import { useId } from 'react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import type { PatientQuestionnaireDraft, RuledOutFinding, Symptom } from '@consilium/api';
import { specialtyName } from '@consilium/core';
import { countryName } from '../i18n/countryNames';
import { formatAmountOfTime, formatCalendarDate, formatMoney, formatTimeAgo } from '../i18n/format';
import { PlainText } from '../text/PlainText';
import { ageBandName, diagnosisStatusName, frequencyName, sexName } from './questionnaireLabels';

export interface QuestionnaireViewProps {
  questionnaire: PatientQuestionnaireDraft;
  /** 2 on the case page, 3 inside the wizard's review, 4 in an earlier version of the case. */
  headingLevel?: 2 | 3 | 4;
  /** The case page shows the title and main problem above already. */
  omitComplaint?: boolean;
}

type Fact = readonly [label: string, value: ReactNode | undefined];

function Facts({ facts }: { facts: readonly Fact[] }) {
  const given = facts.filter(([, value]) => value !== undefined && value !== '');
  if (given.length === 0) return null;
  return (
    <dl className="facts">
      {given.map(([label, value]) => (
        <div key={label} className="facts__row">
          <dt>{label}</dt>
          <dd>{typeof value === 'string' ? <PlainText text={value} /> : value}</dd>
        </div>
      ))}
    </dl>
  );
}

export function QuestionnaireView(props: QuestionnaireViewProps) {
  const { questionnaire: q, headingLevel = 2, omitComplaint = false } = props;
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? 'en';
  const Heading = (['h2', 'h3', 'h4'] as const)[headingLevel - 2] ?? 'h2';
  // Unique per view: a case page may show an earlier version beside the current one.
  const idPrefix = useId();
  const section = (id: string, title: string, body: ReactNode) => (
    <section className="questionnaire__section" aria-labelledby={`${idPrefix}-${id}`}>
      <Heading id={`${idPrefix}-${id}`}>{title}</Heading>
      {body}
    </section>
  );
  const about = q.about;
  const complaint = q.complaint;
  const symptoms = q.symptoms?.symptoms ?? [];
  const ruledOut = q.symptoms?.ruledOutFindings ?? [];
  const history = q.history;
  const tests = q.tests?.tests ?? [];
  const diagnoses = q.diagnoses?.diagnoses ?? [];
  const care = q.care;

  return (
    <div className="questionnaire">
      {about
        ? section(
            'about',
            t('questionnaire.steps.about'),
            <Facts
              facts={[
                [t('wizard.fields.ageBand'), about.ageBand && ageBandName(t, about.ageBand)],
                [t('wizard.fields.sex'), about.sex && sexName(t, about.sex)],
                [t('fields.country'), about.country && countryName(about.country, language)],
              ]}
            />,
          )
        : null}
      {complaint && !omitComplaint
        ? section(
            'complaint',
            t('questionnaire.steps.complaint'),
            <Facts
              facts={[
                [t('fields.title'), complaint.title],
                [t('wizard.fields.chiefComplaint'), complaint.chiefComplaint],
              ]}
            />,
          )
        : null}
      {symptoms.length > 0
        ? section(
            'symptoms',
            t('questionnaire.steps.symptoms'),
            <ol className="questionnaire__list">
              {symptoms.map((symptom, index) => (
                <li key={index} className="questionnaire__item">
                  <SymptomView symptom={symptom} t={t} language={language} />
                </li>
              ))}
            </ol>,
          )
        : null}
      {ruledOut.length > 0
        ? section('ruled-out', t('wizard.ruledOut.heading'), <RuledOutList findings={ruledOut} />)
        : null}
      {history
        ? section(
            'history',
            t('questionnaire.steps.history'),
            <Facts
              facts={[
                [t('wizard.fields.medicalHistory'), history.medicalHistory],
                [
                  t('wizard.fields.medications'),
                  history.medications && history.medications.length > 0 ? (
                    <ul>
                      {history.medications.map((medication, index) => (
                        <li key={index}>
                          {[medication.name, medication.dose, medication.since]
                            .filter(Boolean)
                            .join(' · ')}
                        </li>
                      ))}
                    </ul>
                  ) : undefined,
                ],
                [t('wizard.fields.allergies'), history.allergies],
                [t('wizard.fields.familyHistory'), history.familyHistory],
                [t('wizard.fields.lifestyle'), history.lifestyle],
              ]}
            />,
          )
        : null}
      {tests.length > 0
        ? section(
            'tests',
            t('questionnaire.steps.tests'),
            <ul className="questionnaire__list">
              {tests.map((test, index) => (
                <li key={index} className="questionnaire__item">
                  <p className="questionnaire__item-title">
                    {test.date
                      ? t('questionnaire.testOn', {
                          name: test.name,
                          date: formatCalendarDate(test.date, language),
                        })
                      : test.name}
                  </p>
                  {test.result ? <PlainText text={test.result} /> : null}
                </li>
              ))}
            </ul>,
          )
        : null}
      {diagnoses.length > 0
        ? section(
            'diagnoses',
            t('questionnaire.steps.diagnoses'),
            <ul className="questionnaire__list">
              {diagnoses.map((diagnosis, index) => (
                <li key={index} className="questionnaire__item">
                  <p className="questionnaire__item-title">
                    {diagnosis.name}{' '}
                    <span className={`badge badge--${diagnosis.status}`}>
                      {diagnosisStatusName(t, diagnosis.status)}
                    </span>
                  </p>
                  {diagnosis.note ? <PlainText text={diagnosis.note} /> : null}
                </li>
              ))}
            </ul>,
          )
        : null}
      {care
        ? section(
            'care',
            t('questionnaire.steps.care'),
            <Facts
              facts={[
                [
                  t('wizard.fields.specialtiesSeen'),
                  care.specialtiesSeen && care.specialtiesSeen.length > 0
                    ? care.specialtiesSeen.map((code) => specialtyName(code)).join(', ')
                    : undefined,
                ],
                [
                  t('wizard.fields.doctorsSeen'),
                  care.doctorsSeen === undefined
                    ? undefined
                    : new Intl.NumberFormat(language).format(care.doctorsSeen),
                ],
                [
                  t('wizard.fields.illFor'),
                  care.illFor && formatAmountOfTime(care.illFor.value, care.illFor.unit, language),
                ],
                [
                  t('wizard.fields.moneyAmount'),
                  care.moneySpent &&
                    formatMoney(care.moneySpent.amount, care.moneySpent.currency, language),
                ],
              ]}
            />,
          )
        : null}
      {q.question?.wantToKnow
        ? section(
            'question',
            t('questionnaire.steps.question'),
            <PlainText text={q.question.wantToKnow} />,
          )
        : null}
    </div>
  );
}

function SymptomView({
  symptom,
  t,
  language,
}: {
  symptom: Symptom;
  t: TFunction;
  language: string;
}) {
  const onset = symptom.onsetDate
    ? formatCalendarDate(symptom.onsetDate, language)
    : symptom.onsetAgo && formatTimeAgo(symptom.onsetAgo.value, symptom.onsetAgo.unit, language);
  return (
    <>
      <p className="questionnaire__item-title">
        {symptom.description}{' '}
        {symptom.severity === undefined ? null : (
          <span className="severity">
            {t('questionnaire.severity', { severity: symptom.severity })}
          </span>
        )}
      </p>
      <Facts
        facts={[
          [t('hpo.term'), symptom.hpo && <TermText term={symptom.hpo} />],
          [t('wizard.fields.bodySite'), symptom.bodySite],
          [t('wizard.fields.onset'), onset],
          [t('wizard.fields.duration'), symptom.duration],
          [t('wizard.fields.frequency'), symptom.frequency && frequencyName(t, symptom.frequency)],
          [t('wizard.fields.helps'), symptom.helps],
          [t('wizard.fields.worsens'), symptom.worsens],
        ]}
      />
    </>
  );
}

function TermText({ term }: { term: NonNullable<Symptom['hpo']> }) {
  return (
    <>
      {term.label} <span className="hpo-code">{term.id}</span>
    </>
  );
}

function RuledOutList({ findings }: { findings: readonly RuledOutFinding[] }) {
  return (
    <ul className="questionnaire__list">
      {findings.map((finding, index) => (
        <li key={index} className="questionnaire__item">
          <p className="questionnaire__item-title">{finding.description}</p>
          {finding.hpo ? (
            <p>
              <TermText term={finding.hpo} />
            </p>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
