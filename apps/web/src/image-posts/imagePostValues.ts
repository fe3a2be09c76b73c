// The image post form's values (strings, as inputs hold them) and the body the shared schema
// checks: an optional question left out when blank, specialties as a list, anonymity as a boolean
// and the confirmed diagnosis of a solved case as the optional solution.
import { CreateImagePostBodySchema } from '@consilium/api';
import type { CreateImagePostBody } from '@consilium/api';
import {
  EMPTY_SOLVED_CASE,
  solutionOf,
  withSolvedCaseInputs,
} from '../case-study/solvedCaseValues';
import type { SolvedCaseValues } from '../case-study/solvedCaseValues';
import type { FormSchema } from '../forms/fieldProblems';
import { specialtyCodesOf } from '../specialties/specialtyCodes';

export type ImagePostValues = Record<
  'caption' | 'question' | 'specialties' | 'audience' | 'anonymous',
  string
> &
  SolvedCaseValues;

export const EMPTY_IMAGE_POST: ImagePostValues = {
  caption: '',
  question: '',
  specialties: '',
  audience: 'professionals',
  anonymous: 'false',
  ...EMPTY_SOLVED_CASE,
};

export function imagePostBodyOf(values: ImagePostValues): Record<string, unknown> {
  return {
    caption: values.caption,
    question: values.question.trim() === '' ? undefined : values.question,
    specialties: specialtyCodesOf(values.specialties),
    audience: values.audience,
    anonymous: values.anonymous === 'true',
    solution: solutionOf(values),
  };
}

export const imagePostSchema: FormSchema<CreateImagePostBody> = {
  safeParse: (values) =>
    withSolvedCaseInputs(
      CreateImagePostBodySchema.safeParse(imagePostBodyOf(values as ImagePostValues)),
    ),
};
