// The patient questionnaire: one versioned schema, validated by the web wizard as the patient
// goes and by the server at every save. A draft may leave steps and fields out; publishing needs
// every required step. Values are checked the same way in both.
import { COUNTRY_CODES } from '@consilium/core';
import { z } from 'zod';
import { SpecialtyCodeSchema } from './credentials.js';

export const QUESTIONNAIRE_VERSION = 1;

export const AGE_BANDS = [
  '0-1',
  '2-5',
  '6-12',
  '13-17',
  '18-29',
  '30-44',
  '45-59',
  '60-74',
  '75+',
] as const;
export const SEXES = ['female', 'male', 'intersex', 'undisclosed'] as const;
export const FREQUENCIES = [
  'constant',
  'daily',
  'weekly',
  'monthly',
  'occasional',
  'once',
] as const;
export const TIME_UNITS = ['days', 'weeks', 'months', 'years'] as const;
export const DIAGNOSIS_STATUSES = ['considered', 'ruled-out'] as const;

/** The steps of the wizard, in order; `required` ones must be complete to publish. */
export const QUESTIONNAIRE_STEPS = [
  { id: 'about', required: true },
  { id: 'complaint', required: true },
  { id: 'symptoms', required: true },
  { id: 'history', required: false },
  { id: 'tests', required: false },
  { id: 'diagnoses', required: false },
  { id: 'care', required: false },
  { id: 'question', required: true },
] as const;
export type QuestionnaireStepId = (typeof QUESTIONNAIRE_STEPS)[number]['id'];

const text = (label: string, max: number, min = 0) =>
  z
    .string({ error: `${label} must be text` })
    .trim()
    .min(min, min <= 1 ? `${label} is required` : `${label} must be at least ${min} characters`)
    .max(max, `${label} must be at most ${max.toLocaleString('en')} characters`);

const optionalText = (label: string, max: number) => text(label, max).optional();

/** A calendar date (YYYY-MM-DD) that is not in the future. */
const pastDate = (label: string) =>
  z.iso
    .date({ error: `${label} must be a date like 2026-03-31` })
    .refine(
      (value) => value <= new Date().toISOString().slice(0, 10),
      `${label} cannot be in the future`,
    );

const AmountOfTimeSchema = z.strictObject({
  value: z
    .number({ error: 'Give a number' })
    .int('Give a whole number')
    .min(0, 'Cannot be negative')
    .max(1000, 'Must be at most 1,000'),
  unit: z.enum(TIME_UNITS, { error: 'Choose days, weeks, months or years' }),
});

export const HpoTermSchema = z.strictObject({
  id: z.string().regex(/^HP:\d{7}$/, 'An HPO term id looks like HP:0001945'),
  label: text('The term label', 200, 1),
});

export const SymptomSchema = z
  .strictObject({
    description: text('What the symptom is', 300, 2),
    /** The symptom coded to a Human Phenotype Ontology term, when one was chosen. */
    hpo: HpoTermSchema.optional(),
    bodySite: optionalText('Where', 200),
    /** When it started: a date, or how long ago. */
    onsetDate: pastDate('Onset date').optional(),
    onsetAgo: AmountOfTimeSchema.optional(),
    duration: optionalText('How long it lasts', 200),
    frequency: z
      .enum(FREQUENCIES, { error: 'Choose how often it happens from the list' })
      .optional(),
    /** From 0 to 10; left out when the patient is not sure (or an imported record has none). */
    severity: z
      .number({ error: 'Severity must be a number from 0 to 10' })
      .int('Severity must be a whole number from 0 to 10')
      .min(0, 'Severity must be from 0 to 10')
      .max(10, 'Severity must be from 0 to 10')
      .optional(),
    helps: optionalText('What helps', 1000),
    worsens: optionalText('What makes it worse', 1000),
  })
  // Onset may be unknown (an imported record often has none), but never given twice.
  .refine((symptom) => symptom.onsetDate === undefined || symptom.onsetAgo === undefined, {
    error: 'Say when it started either as a date or as how long ago, not both',
    path: ['onsetDate'],
  });

/** A finding that was checked and is not present (e.g. "no fever"), optionally coded. */
export const RuledOutFindingSchema = z.strictObject({
  description: text('What was checked', 300, 2),
  hpo: HpoTermSchema.optional(),
});

export const MAX_SYMPTOMS = 100;
export const MAX_RULED_OUT_FINDINGS = 200;

const symptomList = z
  .array(SymptomSchema)
  .max(MAX_SYMPTOMS, `Describe at most ${MAX_SYMPTOMS} symptoms`);

/** Findings checked and not present. */
const ruledOutFindingList = z
  .array(RuledOutFindingSchema)
  .max(
    MAX_RULED_OUT_FINDINGS,
    `List at most ${MAX_RULED_OUT_FINDINGS} findings checked and not present`,
  );

export const AboutStepSchema = z.strictObject({
  ageBand: z.enum(AGE_BANDS, { error: 'Choose an age band' }),
  sex: z.enum(SEXES, { error: 'Choose an answer for sex' }),
  country: z.enum(COUNTRY_CODES, { error: 'Choose a country' }),
});

export const ComplaintStepSchema = z.strictObject({
  /** A short title for the case, shown in feeds. */
  title: text('Title', 120, 5),
  chiefComplaint: text('The main problem', 5000, 20),
});

export const SymptomsStepSchema = z.strictObject({
  symptoms: symptomList.min(1, 'Describe at least one symptom'),
  ruledOutFindings: ruledOutFindingList.optional(),
});

export const MedicationSchema = z.strictObject({
  name: text('Medication name', 200, 1),
  dose: optionalText('Dose', 200),
  since: optionalText('Since when', 200),
});

export const HistoryStepSchema = z.strictObject({
  medicalHistory: optionalText('Medical history', 5000),
  medications: z.array(MedicationSchema).max(50, 'List at most 50 medications').optional(),
  allergies: optionalText('Allergies', 2000),
  familyHistory: optionalText('Family history', 5000),
  lifestyle: optionalText('Lifestyle', 5000),
});

export const TestResultSchema = z.strictObject({
  name: text('Test name', 200, 1),
  date: pastDate('Test date').optional(),
  result: optionalText('Result', 3000),
});

export const TestsStepSchema = z.strictObject({
  tests: z.array(TestResultSchema).max(50, 'List at most 50 tests'),
});

export const ConsideredDiagnosisSchema = z.strictObject({
  name: text('Diagnosis', 200, 1),
  status: z.enum(DIAGNOSIS_STATUSES, { error: 'Say whether it was considered or ruled out' }),
  note: optionalText('Note', 1000),
});

export const DiagnosesStepSchema = z.strictObject({
  diagnoses: z.array(ConsideredDiagnosisSchema).max(30, 'List at most 30 diagnoses'),
});

export const CareStepSchema = z.strictObject({
  specialtiesSeen: z.array(SpecialtyCodeSchema).max(20, 'Choose at most 20 specialties').optional(),
  doctorsSeen: z
    .number({ error: 'Give a number of doctors' })
    .int('Give a whole number of doctors')
    .min(0, 'Cannot be negative')
    .max(500, 'Must be at most 500')
    .optional(),
  illFor: AmountOfTimeSchema.optional(),
  moneySpent: z
    .strictObject({
      amount: z
        .number({ error: 'Give an amount' })
        .min(0, 'Cannot be negative')
        .max(100_000_000, 'Must be at most 100,000,000'),
      currency: z
        .string()
        .regex(/^[A-Z]{3}$/, 'Currency must be a three-letter code like EUR or USD'),
    })
    .optional(),
});

export const QuestionStepSchema = z.strictObject({
  wantToKnow: text('What you want to know', 3000, 10),
});

const STEP_SCHEMAS = {
  about: AboutStepSchema,
  complaint: ComplaintStepSchema,
  symptoms: SymptomsStepSchema,
  history: HistoryStepSchema,
  tests: TestsStepSchema,
  diagnoses: DiagnosesStepSchema,
  care: CareStepSchema,
  question: QuestionStepSchema,
} as const;

/** A complete questionnaire, as needed to publish. */
export const PatientQuestionnaireSchema = z
  .strictObject({
    version: z.literal(QUESTIONNAIRE_VERSION, {
      error: `Questionnaire version must be ${QUESTIONNAIRE_VERSION}`,
    }),
    about: AboutStepSchema,
    complaint: ComplaintStepSchema,
    symptoms: SymptomsStepSchema,
    history: HistoryStepSchema.optional(),
    tests: TestsStepSchema.optional(),
    diagnoses: DiagnosesStepSchema.optional(),
    care: CareStepSchema.optional(),
    question: QuestionStepSchema,
  })
  .meta({ id: 'PatientQuestionnaire' });

/**
 * A questionnaire in progress: any step may be missing or partly filled, but every value given
 * must be valid (a severity of 11 is refused in a draft too).
 */
export const PatientQuestionnaireDraftSchema = z
  .strictObject({
    version: z.literal(QUESTIONNAIRE_VERSION, {
      error: `Questionnaire version must be ${QUESTIONNAIRE_VERSION}`,
    }),
    about: AboutStepSchema.partial().optional(),
    complaint: ComplaintStepSchema.partial().optional(),
    symptoms: z
      .strictObject({ symptoms: symptomList, ruledOutFindings: ruledOutFindingList })
      .partial()
      .optional(),
    history: HistoryStepSchema.optional(),
    tests: TestsStepSchema.partial().optional(),
    diagnoses: DiagnosesStepSchema.partial().optional(),
    care: CareStepSchema.optional(),
    question: QuestionStepSchema.partial().optional(),
  })
  .meta({ id: 'PatientQuestionnaireDraft' });

export type PatientQuestionnaire = z.infer<typeof PatientQuestionnaireSchema>;
export type PatientQuestionnaireDraft = z.infer<typeof PatientQuestionnaireDraftSchema>;
export type Symptom = z.infer<typeof SymptomSchema>;
export type RuledOutFinding = z.infer<typeof RuledOutFindingSchema>;

/** Whether one step of a draft is complete enough to publish. */
export function isStepComplete(
  draft: PatientQuestionnaireDraft,
  step: QuestionnaireStepId,
): boolean {
  const value = draft[step];
  const required = QUESTIONNAIRE_STEPS.find((item) => item.id === step)?.required ?? false;
  if (value === undefined) return !required;
  return STEP_SCHEMAS[step].safeParse(value).success;
}

/** The required steps a draft still lacks, in wizard order. */
export function missingSteps(draft: PatientQuestionnaireDraft): QuestionnaireStepId[] {
  return QUESTIONNAIRE_STEPS.filter((step) => !isStepComplete(draft, step.id)).map(
    (step) => step.id,
  );
}
