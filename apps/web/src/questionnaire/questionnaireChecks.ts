// Checking the wizard's answers with the shared schemas, as the server will, and naming each
// problem by the key of the field it belongs to — the server's `body.questionnaire.…` errors too.
import type { TFunction } from 'i18next';
import {
  AboutStepSchema,
  CareStepSchema,
  ComplaintStepSchema,
  DiagnosesStepSchema,
  HistoryStepSchema,
  PatientQuestionnaireDraftSchema,
  QUESTIONNAIRE_STEPS,
  QuestionStepSchema,
  SymptomsStepSchema,
  TestsStepSchema,
} from '@consilium/api';
import type { QuestionnaireStepId } from '@consilium/api';
import type { ApiProblem } from '../api/client';
import { describeFieldProblem } from '../forms/fieldProblems';
import type { FieldProblem, SchemaIssue } from '../forms/fieldProblems';
import { draftOf, STEP_IDS, stepDraftOf } from './questionnaireDraft';
import type { QuestionnaireValues } from './questionnaireValues';

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

/** Problems by field key, e.g. "symptoms.symptoms.0.severity". */
export type FieldProblems = ReadonlyMap<string, FieldProblem>;

/** The key of the list of symptoms, where "describe at least one" is shown. */
export const SYMPTOM_LIST_KEY = 'symptoms.symptoms';

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

/** The text of the field at `key`; '' when there is none. */
export function valueAt(values: QuestionnaireValues, key: string): string {
  let current: unknown = values;
  for (const part of key.split('.')) {
    if (!isRecord(current)) return '';
    current = Array.isArray(current) ? current[Number(part)] : current[part];
  }
  return typeof current === 'string' ? current : '';
}

function replaced(container: unknown, parts: readonly string[], text: string): unknown {
  const [part, ...rest] = parts;
  if (part === undefined) return text;
  if (Array.isArray(container)) {
    const index = Number(part);
    return container.map((item: unknown, at) => (at === index ? replaced(item, rest, text) : item));
  }
  const record = isRecord(container) ? container : {};
  return { ...record, [part]: replaced(record[part], rest, text) };
}

/** A copy of the values with the text at `key` replaced. */
export function withValueAt(
  values: QuestionnaireValues,
  key: string,
  text: string,
): QuestionnaireValues {
  return replaced(values, key.split('.'), text) as QuestionnaireValues;
}

export function stepOfKey(key: string): QuestionnaireStepId | undefined {
  const first = key.split('.')[0];
  return STEP_IDS.find((step) => step === first);
}

/**
 * The field an issue belongs to: its path, except that "say when it started" belongs to the onset
 * choice, and a chosen specialty to the whole choice.
 */
function fieldKeyOf(path: readonly PropertyKey[], values: QuestionnaireValues): string {
  const key = path.map(String).join('.');
  if (key.endsWith('.onsetDate') && valueAt(values, key) === '') {
    return key.replace(/\.onsetDate$/, '.onset');
  }
  return key.replace(/^care\.specialtiesSeen\.\d+$/, 'care.specialtiesSeen');
}

function problemsOf(
  issues: readonly SchemaIssue[],
  prefix: readonly PropertyKey[],
  values: QuestionnaireValues,
): Map<string, FieldProblem> {
  const problems = new Map<string, FieldProblem>();
  for (const issue of issues) {
    const key = fieldKeyOf([...prefix, ...issue.path], values);
    if (!problems.has(key))
      problems.set(key, { kind: 'issue', issue, value: valueAt(values, key) });
  }
  return problems;
}

/** What keeps one step from being complete: a required step needs its answers. */
export function stepProblems(
  values: QuestionnaireValues,
  step: QuestionnaireStepId,
): Map<string, FieldProblem> {
  const answers = stepDraftOf(values, step);
  const isRequired = QUESTIONNAIRE_STEPS.some((item) => item.id === step && item.required);
  if (answers === undefined && !isRequired) return new Map();
  const result = STEP_SCHEMAS[step].safeParse(answers ?? {});
  return result.success
    ? new Map<string, FieldProblem>()
    : problemsOf(result.error.issues, [step], values);
}

/** What keeps the draft from being saved: a value given anywhere that is not valid. */
export function draftProblems(values: QuestionnaireValues): Map<string, FieldProblem> {
  const result = PatientQuestionnaireDraftSchema.safeParse(draftOf(values));
  return result.success
    ? new Map<string, FieldProblem>()
    : problemsOf(result.error.issues, [], values);
}

export interface ServerProblems {
  fields: Map<string, FieldProblem>;
  /** Errors that belong to no field of the questionnaire. */
  other: string[];
}

/** The server's field errors (`body.questionnaire.symptoms.symptoms.0.severity`) by field key. */
export function serverProblemsOf(error: ApiProblem): ServerProblems {
  const fields = new Map<string, FieldProblem>();
  const other: string[] = [];
  for (const fieldError of error.problem.errors ?? []) {
    const key = fieldError.field.replace(/^body\./, '').replace(/^questionnaire\./, '');
    if (stepOfKey(key) === undefined) other.push(fieldError.message);
    else if (!fields.has(key)) fields.set(key, { kind: 'server', message: fieldError.message });
  }
  return { fields, other };
}

/** A field's problem in words, with the questionnaire's own cases before the general ones. */
export function describeQuestionnaireProblem(
  key: string,
  problem: FieldProblem,
  fieldName: string,
  t: TFunction,
): string {
  if (problem.kind === 'server') return problem.message;
  const { issue, value } = problem;
  if (key === SYMPTOM_LIST_KEY) return t('wizard.validation.noSymptom');
  if (key.endsWith('.onset')) return t('wizard.validation.onset');
  if (issue.code === 'custom') return t('wizard.validation.notFuture', { field: fieldName });
  if (value.trim() !== '') {
    if (issue.code === 'invalid_format' && issue.format === 'date') {
      return t('wizard.validation.date', { field: fieldName });
    }
    if (issue.code === 'invalid_format') return t('wizard.validation.currency');
    if (issue.code === 'invalid_type' && issue.expected === 'int') {
      return t('wizard.validation.wholeNumber', { field: fieldName });
    }
    if (issue.code === 'invalid_type' && issue.expected === 'number') {
      return t('wizard.validation.number', { field: fieldName });
    }
  }
  return describeFieldProblem(problem, fieldName, t);
}
