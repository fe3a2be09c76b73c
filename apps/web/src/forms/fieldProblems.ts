// What can be wrong with a form field, and how to say it in the reader's language.
import type { TFunction } from 'i18next';
import type { CreateCaseBodySchema } from '@consilium/api';

/** One validation issue as the shared zod schemas report it. */
export type SchemaIssue = NonNullable<
  ReturnType<typeof CreateCaseBodySchema.safeParse>['error']
>['issues'][number];

/** The shape of every request-body schema in @consilium/api that a form validates against. */
export interface FormSchema<TOutput> {
  safeParse(
    input: unknown,
  ):
    | { success: true; data: TOutput }
    | { success: false; error: { issues: readonly SchemaIssue[] } };
}

export type FieldProblem =
  { kind: 'issue'; issue: SchemaIssue; value: string } | { kind: 'server'; message: string };

/** Translates a field problem; the server's own words are shown as they come. */
export function describeFieldProblem(
  problem: FieldProblem,
  fieldName: string,
  t: TFunction,
): string {
  if (problem.kind === 'server') return problem.message;
  const { issue, value } = problem;
  // Lists (chosen specialties) and numbers (a year) have their own words for "too few/many".
  if ((issue.code === 'too_small' || issue.code === 'too_big') && issue.origin === 'array') {
    return issue.code === 'too_small'
      ? t('validation.chooseAtLeast', { field: fieldName, count: Number(issue.minimum) })
      : t('validation.chooseAtMost', { field: fieldName, maximum: Number(issue.maximum) });
  }
  if (value.trim() === '') return t('validation.required', { field: fieldName });
  if (issue.code === 'too_small' && issue.origin === 'number') {
    return t('validation.atLeast', { field: fieldName, minimum: Number(issue.minimum) });
  }
  if (issue.code === 'too_big' && issue.origin === 'number') {
    return t('validation.atMost', { field: fieldName, maximum: Number(issue.maximum) });
  }
  if (issue.code === 'too_small') {
    return t('validation.tooShort', { field: fieldName, minimum: Number(issue.minimum) });
  }
  if (issue.code === 'too_big') {
    return t('validation.tooLong', { field: fieldName, maximum: Number(issue.maximum) });
  }
  if (issue.code === 'invalid_format' && issue.format === 'email') return t('validation.email');
  return t('validation.invalid', { field: fieldName });
}
