// The wizard's answers as the draft the server stores: blank answers left out, numbers as numbers,
// anything else as typed — for the shared schema to accept or to say what is wrong.
import { QUESTIONNAIRE_STEPS, QUESTIONNAIRE_VERSION } from '@consilium/api';
import type { PatientQuestionnaireDraft, QuestionnaireStepId } from '@consilium/api';
import { specialtyCodesOf } from '../specialties/specialtyCodes';
import type {
  AmountOfTimeValues,
  FindingValues,
  QuestionnaireValues,
  SymptomValues,
} from './questionnaireValues';

/** An answer, or nothing when left blank. */
function given(value: string): string | undefined {
  return value.trim() === '' ? undefined : value;
}

/** A number when the text is one ("12", "12.5", "12,5"); otherwise the text, for the schema to refuse. */
export function numberOf(value: string): number | string | undefined {
  const trimmed = value.trim();
  if (trimmed === '') return undefined;
  return /^-?\d+([.,]\d+)?$/.test(trimmed) ? Number(trimmed.replace(',', '.')) : trimmed;
}

function amountOfTime(time: AmountOfTimeValues) {
  return given(time.value) === undefined
    ? undefined
    : { value: numberOf(time.value), unit: given(time.unit) };
}

/** Drops the keys whose value is undefined; undefined when nothing is left. */
function compact<T extends Record<string, unknown>>(object: T): Partial<T> | undefined {
  const entries = Object.entries(object).filter(([, value]) => value !== undefined);
  return entries.length === 0 ? undefined : (Object.fromEntries(entries) as Partial<T>);
}

function symptomOf(symptom: SymptomValues) {
  return {
    ...compact({
      description: given(symptom.description),
      hpo: symptom.hpo,
      bodySite: given(symptom.bodySite),
      onsetDate: symptom.onsetKind === 'date' ? given(symptom.onsetDate) : undefined,
      onsetAgo: symptom.onsetKind === 'ago' ? amountOfTime(symptom.onsetAgo) : undefined,
      duration: given(symptom.duration),
      frequency: given(symptom.frequency),
      severity: symptom.severityUnsure === 'true' ? undefined : numberOf(symptom.severity),
      helps: given(symptom.helps),
      worsens: given(symptom.worsens),
    }),
  };
}

function findingOf(finding: FindingValues) {
  return { ...compact({ description: given(finding.description), hpo: finding.hpo }) };
}

function listOf<T>(items: readonly T[], convert: (item: T) => unknown) {
  return items.length === 0 ? undefined : items.map(convert);
}

/** One step's answers as the schema reads them (values may still be invalid); undefined if blank. */
export function stepDraftOf(values: QuestionnaireValues, step: QuestionnaireStepId): unknown {
  switch (step) {
    case 'about':
    case 'complaint':
    case 'question':
      return compact(
        Object.fromEntries(Object.entries(values[step]).map(([k, v]) => [k, given(v)])),
      );
    case 'symptoms':
      return compact({
        symptoms: listOf(values.symptoms.symptoms, symptomOf),
        ruledOutFindings: listOf(values.symptoms.ruledOutFindings, findingOf),
      });
    case 'history': {
      const history = values.history;
      return compact({
        medicalHistory: given(history.medicalHistory),
        medications: listOf(history.medications, (medication) => ({
          ...compact({
            name: given(medication.name),
            dose: given(medication.dose),
            since: given(medication.since),
          }),
        })),
        allergies: given(history.allergies),
        familyHistory: given(history.familyHistory),
        lifestyle: given(history.lifestyle),
      });
    }
    case 'tests':
      return compact({
        tests: listOf(values.tests.tests, (test) => ({
          ...compact({
            name: given(test.name),
            date: given(test.date),
            result: given(test.result),
          }),
        })),
      });
    case 'diagnoses':
      return compact({
        diagnoses: listOf(values.diagnoses.diagnoses, (diagnosis) => ({
          ...compact({
            name: given(diagnosis.name),
            status: given(diagnosis.status),
            note: given(diagnosis.note),
          }),
        })),
      });
    case 'care': {
      const care = values.care;
      const specialties = specialtyCodesOf(care.specialtiesSeen);
      const { amount, currency } = care.moneySpent;
      return compact({
        specialtiesSeen: specialties.length === 0 ? undefined : specialties,
        doctorsSeen: numberOf(care.doctorsSeen),
        illFor: amountOfTime(care.illFor),
        moneySpent:
          given(amount) === undefined && given(currency) === undefined
            ? undefined
            : { amount: numberOf(amount), currency: given(currency)?.trim().toUpperCase() },
      });
    }
  }
}

export const STEP_IDS: readonly QuestionnaireStepId[] = QUESTIONNAIRE_STEPS.map((step) => step.id);

/** The whole questionnaire as a draft, with every blank step left out. */
export function draftOf(values: QuestionnaireValues): PatientQuestionnaireDraft {
  const draft: Record<string, unknown> = { version: QUESTIONNAIRE_VERSION };
  for (const step of STEP_IDS) {
    const answers = stepDraftOf(values, step);
    if (answers !== undefined) draft[step] = answers;
  }
  // Checked against the schema before it is sent; typed here as what it is meant to be.
  return draft as PatientQuestionnaireDraft;
}
