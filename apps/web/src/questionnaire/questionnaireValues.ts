// The questionnaire as the wizard's inputs hold it — strings at every leaf, shaped like the shared
// schema so a field's key ("symptoms.symptoms.0.severity") is also the path of its errors — and
// a saved draft read back into them. A chosen HPO coding is the one leaf that is not a string.
import type { PatientQuestionnaireDraft } from '@consilium/api';
import { joinSpecialtyCodes } from '../specialties/specialtyCodes';

/** '' until answered; 'unsure' when the patient does not know when it started. */
export type OnsetKind = '' | 'date' | 'ago' | 'unsure';

/** A Human Phenotype Ontology term chosen for a symptom or a finding. */
export interface HpoTermValue {
  id: string;
  label: string;
}

export interface AmountOfTimeValues {
  value: string;
  unit: string;
}

export interface SymptomValues {
  /** Identifies the entry while the list changes; never sent. */
  key: string;
  description: string;
  /** The symptom coded to an HPO term, when one was chosen. */
  hpo?: HpoTermValue;
  bodySite: string;
  onsetKind: OnsetKind;
  onsetDate: string;
  onsetAgo: AmountOfTimeValues;
  duration: string;
  frequency: string;
  severity: string;
  /** 'true' when the patient is not sure how bad it is: no severity is sent. */
  severityUnsure: string;
  helps: string;
  worsens: string;
}

/** A finding checked and not present, like "no fever". */
export interface FindingValues {
  key: string;
  description: string;
  hpo?: HpoTermValue;
}

export interface MedicationValues {
  key: string;
  name: string;
  dose: string;
  since: string;
}

export interface TestValues {
  key: string;
  name: string;
  date: string;
  result: string;
}

export interface DiagnosisValues {
  key: string;
  name: string;
  status: string;
  note: string;
}

export interface QuestionnaireValues {
  about: { ageBand: string; sex: string; country: string };
  complaint: { title: string; chiefComplaint: string };
  symptoms: { symptoms: SymptomValues[]; ruledOutFindings: FindingValues[] };
  history: {
    medicalHistory: string;
    medications: MedicationValues[];
    allergies: string;
    familyHistory: string;
    lifestyle: string;
  };
  tests: { tests: TestValues[] };
  diagnoses: { diagnoses: DiagnosisValues[] };
  care: {
    /** Specialty codes joined by commas, as the specialty picker holds them. */
    specialtiesSeen: string;
    doctorsSeen: string;
    illFor: AmountOfTimeValues;
    moneySpent: { amount: string; currency: string };
  };
  question: { wantToKnow: string };
}

const DEFAULT_TIME_UNIT = 'months';

let entryCount = 0;
function entryKey(): string {
  entryCount += 1;
  return `entry-${String(entryCount)}`;
}

export function emptySymptom(): SymptomValues {
  return {
    key: entryKey(),
    description: '',
    bodySite: '',
    onsetKind: '',
    onsetDate: '',
    onsetAgo: { value: '', unit: DEFAULT_TIME_UNIT },
    duration: '',
    frequency: '',
    severity: '',
    severityUnsure: 'false',
    helps: '',
    worsens: '',
  };
}

export function emptyFinding(): FindingValues {
  return { key: entryKey(), description: '' };
}

/** The entries with the HPO term of the one at `index` set (or removed). */
export function withTermAt<T extends { hpo?: HpoTermValue }>(
  items: readonly T[],
  index: number,
  term: HpoTermValue | undefined,
): T[] {
  return items.map((item, at) => (at === index ? { ...item, hpo: term } : item));
}

export function emptyMedication(): MedicationValues {
  return { key: entryKey(), name: '', dose: '', since: '' };
}

export function emptyTest(): TestValues {
  return { key: entryKey(), name: '', date: '', result: '' };
}

export function emptyDiagnosis(): DiagnosisValues {
  return { key: entryKey(), name: '', status: '', note: '' };
}

const text = (value: string | undefined): string => value ?? '';
const numberText = (value: number | undefined): string =>
  value === undefined ? '' : String(value);

/** The inputs' values for a draft (or an empty questionnaire), to resume editing it. */
export function valuesOf(draft: PatientQuestionnaireDraft | null): QuestionnaireValues {
  const care = draft?.care;
  return {
    about: {
      ageBand: text(draft?.about?.ageBand),
      sex: text(draft?.about?.sex),
      country: text(draft?.about?.country),
    },
    complaint: {
      title: text(draft?.complaint?.title),
      chiefComplaint: text(draft?.complaint?.chiefComplaint),
    },
    symptoms: {
      symptoms: (draft?.symptoms?.symptoms ?? []).map((symptom) => ({
        ...emptySymptom(),
        ...(symptom.hpo ? { hpo: symptom.hpo } : {}),
        description: symptom.description,
        bodySite: text(symptom.bodySite),
        onsetKind: symptom.onsetDate !== undefined ? 'date' : symptom.onsetAgo ? 'ago' : 'unsure',
        onsetDate: text(symptom.onsetDate),
        onsetAgo: symptom.onsetAgo
          ? { value: String(symptom.onsetAgo.value), unit: symptom.onsetAgo.unit }
          : { value: '', unit: DEFAULT_TIME_UNIT },
        duration: text(symptom.duration),
        frequency: text(symptom.frequency),
        severity: numberText(symptom.severity),
        // A saved symptom without a severity is one the patient was not sure of.
        severityUnsure: symptom.severity === undefined ? 'true' : 'false',
        helps: text(symptom.helps),
        worsens: text(symptom.worsens),
      })),
      ruledOutFindings: (draft?.symptoms?.ruledOutFindings ?? []).map((finding) => ({
        key: entryKey(),
        description: finding.description,
        ...(finding.hpo ? { hpo: finding.hpo } : {}),
      })),
    },
    history: {
      medicalHistory: text(draft?.history?.medicalHistory),
      medications: (draft?.history?.medications ?? []).map((medication) => ({
        key: entryKey(),
        name: medication.name,
        dose: text(medication.dose),
        since: text(medication.since),
      })),
      allergies: text(draft?.history?.allergies),
      familyHistory: text(draft?.history?.familyHistory),
      lifestyle: text(draft?.history?.lifestyle),
    },
    tests: {
      tests: (draft?.tests?.tests ?? []).map((test) => ({
        key: entryKey(),
        name: test.name,
        date: text(test.date),
        result: text(test.result),
      })),
    },
    diagnoses: {
      diagnoses: (draft?.diagnoses?.diagnoses ?? []).map((diagnosis) => ({
        key: entryKey(),
        name: diagnosis.name,
        status: diagnosis.status,
        note: text(diagnosis.note),
      })),
    },
    care: {
      specialtiesSeen: joinSpecialtyCodes(care?.specialtiesSeen ?? []),
      doctorsSeen: numberText(care?.doctorsSeen),
      illFor: care?.illFor
        ? { value: String(care.illFor.value), unit: care.illFor.unit }
        : { value: '', unit: DEFAULT_TIME_UNIT },
      moneySpent: {
        amount: numberText(care?.moneySpent?.amount),
        currency: text(care?.moneySpent?.currency),
      },
    },
    question: { wantToKnow: text(draft?.question?.wantToKnow) },
  };
}
