// Form state checked against the same zod schema the server uses; server field errors
// (`body.title`) land on the matching field, anything else in the form's alert.
import { useCallback, useId, useState } from 'react';
import type { SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiProblem } from '../api/client';
import { describeFieldProblem } from './fieldProblems';
import type { FieldProblem, FormSchema } from './fieldProblems';

export type FormAlertState =
  | { kind: 'invalid'; count: number }
  | { kind: 'problem'; detail: string; otherErrors: string[] }
  | { kind: 'unexpected' };

export interface SchemaFormOptions<TField extends string, TOutput> {
  schema: FormSchema<TOutput>;
  initialValues: Record<TField, string>;
  /** Translated names of the fields, used inside validation messages. */
  fieldNames: Record<TField, string>;
}

export interface FieldBinding {
  id: string;
  value: string;
  error: string | undefined;
  onChange: (value: string) => void;
}

export function useSchemaForm<TField extends string, TOutput>(
  options: SchemaFormOptions<TField, TOutput>,
) {
  const { schema, initialValues, fieldNames } = options;
  const { t } = useTranslation();
  const idPrefix = useId();
  const [values, setValues] = useState(initialValues);
  const [problems, setProblems] = useState<Partial<Record<TField, FieldProblem>>>({});
  const [alert, setAlert] = useState<FormAlertState | null>(null);
  const fields = Object.keys(initialValues) as TField[];
  const fieldId = (field: TField): string => `${idPrefix}-${field}`;

  const focusFirst = (invalid: Partial<Record<TField, FieldProblem>>): void => {
    const first = fields.find((field) => invalid[field] !== undefined);
    if (first !== undefined) document.getElementById(fieldId(first))?.focus();
  };

  /** Checks the values; returns the parsed body, or null after showing what to fix. */
  const validate = (): TOutput | null => {
    const result = schema.safeParse(values);
    if (result.success) {
      setProblems({});
      setAlert(null);
      return result.data;
    }
    const invalid: Partial<Record<TField, FieldProblem>> = {};
    for (const issue of result.error.issues) {
      const field = fields.find((name) => name === issue.path[0]);
      if (field !== undefined && invalid[field] === undefined) {
        invalid[field] = { kind: 'issue', issue, value: values[field] };
      }
    }
    setProblems(invalid);
    setAlert({ kind: 'invalid', count: Object.keys(invalid).length });
    focusFirst(invalid);
    return null;
  };

  /** Shows a failed submission: field errors on their fields, the rest in the alert. */
  const showFailure = (error: unknown): void => {
    if (!(error instanceof ApiProblem)) {
      setAlert({ kind: 'unexpected' });
      return;
    }
    const invalid: Partial<Record<TField, FieldProblem>> = {};
    const otherErrors: string[] = [];
    for (const fieldError of error.problem.errors ?? []) {
      const name = fieldError.field.replace(/^body\./, '');
      const field = fields.find((candidate) => candidate === name);
      if (field === undefined) otherErrors.push(fieldError.message);
      else invalid[field] ??= { kind: 'server', message: fieldError.message };
    }
    setProblems(invalid);
    setAlert({ kind: 'problem', detail: error.problem.detail, otherErrors });
    focusFirst(invalid);
  };

  const reset = useCallback(() => {
    setValues(initialValues);
    setProblems({});
    setAlert(null);
  }, [initialValues]);

  const bind = (field: TField): FieldBinding => {
    const problem = problems[field];
    return {
      id: fieldId(field),
      value: values[field],
      error: problem ? describeFieldProblem(problem, fieldNames[field], t) : undefined,
      onChange: (value) => {
        setValues((current) => ({ ...current, [field]: value }));
        setProblems((current) => ({ ...current, [field]: undefined }));
      },
    };
  };

  /** The form's onSubmit: checks the values, and hands the parsed body to `send` when valid. */
  const submit =
    (send: (body: TOutput) => void) =>
    (event: SyntheticEvent<HTMLFormElement>): void => {
      event.preventDefault();
      const body = validate();
      if (body !== null) send(body);
    };

  return { values, alert, validate, showFailure, reset, bind, submit };
}
