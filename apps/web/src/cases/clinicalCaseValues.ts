// The clinical case form's values (all strings, as inputs hold them) and how they become the body
// the shared schema checks: the specialties as a list, anonymity as a boolean, the window as a
// number, and the confirmed diagnosis of a solved case as the optional solution.
import { CreateClinicalCaseBodySchema, SUBMISSION_WINDOW_DAYS } from '@consilium/api';
import type { CreateClinicalCaseBody } from '@consilium/api';
import {
  EMPTY_SOLVED_CASE,
  solutionOf,
  withSolvedCaseInputs,
} from '../case-study/solvedCaseValues';
import type { SolvedCaseValues } from '../case-study/solvedCaseValues';
import type { FormSchema } from '../forms/fieldProblems';
import { numberOf } from '../questionnaire/questionnaireDraft';
import { specialtyCodesOf } from '../specialties/specialtyCodes';

export type ClinicalCaseValues = Record<
  | 'title'
  | 'presentation'
  | 'question'
  | 'specialties'
  | 'audience'
  | 'anonymous'
  | 'submissionWindowDays',
  string
> &
  SolvedCaseValues;

export const EMPTY_CLINICAL_CASE: ClinicalCaseValues = {
  title: '',
  presentation: '',
  question: '',
  specialties: '',
  audience: 'everyone',
  anonymous: 'false',
  submissionWindowDays: String(SUBMISSION_WINDOW_DAYS.default),
  ...EMPTY_SOLVED_CASE,
};

export function clinicalCaseBodyOf(values: ClinicalCaseValues): Record<string, unknown> {
  return {
    title: values.title,
    presentation: values.presentation,
    question: values.question,
    specialties: specialtyCodesOf(values.specialties),
    audience: values.audience,
    anonymous: values.anonymous === 'true',
    submissionWindowDays: numberOf(values.submissionWindowDays),
    solution: solutionOf(values),
  };
}

export const clinicalCaseSchema: FormSchema<CreateClinicalCaseBody> = {
  safeParse: (values) =>
    withSolvedCaseInputs(
      CreateClinicalCaseBodySchema.safeParse(clinicalCaseBodyOf(values as ClinicalCaseValues)),
    ),
};
