// The "solved case" part of the clinical case and image post forms: three inputs that become the
// body's optional `solution`, and the schema's `solution.…` problems put back on those inputs.
import type { SolutionInput } from '@consilium/api';
import type { FormSchema, SchemaIssue } from '../forms/fieldProblems';

export type SolvedCaseField = 'solved' | 'solutionDiagnosis' | 'solutionTeachingPoint';
export type SolvedCaseValues = Record<SolvedCaseField, string>;

export const EMPTY_SOLVED_CASE: SolvedCaseValues = {
  solved: 'false',
  solutionDiagnosis: '',
  solutionTeachingPoint: '',
};

/** The solution to send: nothing unless "This is a solved case" is ticked. */
export function solutionOf(values: SolvedCaseValues): Partial<SolutionInput> | undefined {
  if (values.solved !== 'true') return undefined;
  const teachingPoint = values.solutionTeachingPoint.trim();
  return {
    diagnosis: values.solutionDiagnosis,
    ...(teachingPoint === '' ? {} : { teachingPoint: values.solutionTeachingPoint }),
  };
}

function onInput(issue: SchemaIssue): SchemaIssue {
  const [first, second, ...rest] = issue.path;
  if (first !== 'solution') return issue;
  const input = second === 'teachingPoint' ? 'solutionTeachingPoint' : 'solutionDiagnosis';
  return { ...issue, path: [input, ...rest] };
}

type ParseResult<T> = ReturnType<FormSchema<T>['safeParse']>;

/** The same result, with a `solution.diagnosis` problem put on the `solutionDiagnosis` input. */
export function withSolvedCaseInputs<T>(result: ParseResult<T>): ParseResult<T> {
  if (result.success) return result;
  return { success: false, error: { issues: result.error.issues.map(onInput) } };
}
