// The confirmed diagnosis as its form holds it, checked with the shared schema and one rule the
// browser knows best (no date after today, in the member's own calendar); problems by field.
import type { TFunction } from 'i18next';
import { RecordOutcomeBodySchema } from '@consilium/api';
import type { ConfirmationMethod } from '@consilium/api';
import { ApiProblem } from '../api/client';
import { describeFieldProblem } from '../forms/fieldProblems';
import type { DiagnosisValue } from '../vocabulary/DiagnosisPicker';

export interface OutcomeValues {
  diagnosis: DiagnosisValue;
  method: ConfirmationMethod | '';
  confirmedOn: string;
  teachingPoint: string;
}

export type OutcomeField = 'diagnosis' | 'method' | 'confirmedOn' | 'teachingPoint';
export type OutcomeProblems = Partial<Record<OutcomeField, string>>;

/** Today as YYYY-MM-DD where the member is. */
export function localToday(now: Date): string {
  const month = String(now.getMonth() + 1).padStart(2, '0');
  const day = String(now.getDate()).padStart(2, '0');
  return `${String(now.getFullYear())}-${month}-${day}`;
}

function fieldOf(name: unknown): OutcomeField | null {
  switch (name) {
    case 'diagnosis':
    case 'conceptId':
      return 'diagnosis';
    case 'method':
    case 'confirmedOn':
    case 'teachingPoint':
      return name;
    default:
      return null;
  }
}

export type OutcomeCheck =
  | { ok: true; body: ReturnType<typeof RecordOutcomeBodySchema.parse> }
  | { ok: false; problems: OutcomeProblems };

export function checkOutcome(values: OutcomeValues, now: Date, t: TFunction): OutcomeCheck {
  const result = RecordOutcomeBodySchema.safeParse({
    conceptId: values.diagnosis.conceptId,
    diagnosis: values.diagnosis.label,
    method: values.method === '' ? undefined : values.method,
    confirmedOn: values.confirmedOn,
    teachingPoint: values.teachingPoint,
  });
  const problems: OutcomeProblems = {};
  const names: Record<OutcomeField, string> = {
    diagnosis: t('outcome.diagnosis'),
    method: t('outcome.method'),
    confirmedOn: t('outcome.confirmedOn'),
    teachingPoint: t('outcome.teachingPoint'),
  };
  const typed: Record<OutcomeField, string> = {
    diagnosis: values.diagnosis.label,
    method: values.method,
    confirmedOn: values.confirmedOn,
    teachingPoint: values.teachingPoint,
  };
  if (!result.success) {
    for (const issue of result.error.issues) {
      const field = fieldOf(issue.path[0]);
      if (field === null) continue;
      problems[field] ??=
        field === 'method' && typed.method !== ''
          ? t('outcome.chooseMethod')
          : field === 'confirmedOn' && typed.confirmedOn !== ''
            ? t('outcome.invalidDate')
            : describeFieldProblem({ kind: 'issue', issue, value: typed[field] }, names[field], t);
    }
  }
  if (problems.confirmedOn === undefined && values.confirmedOn > localToday(now)) {
    problems.confirmedOn = t('outcome.futureDate');
  }
  if (result.success && Object.keys(problems).length === 0) return { ok: true, body: result.data };
  return { ok: false, problems };
}

/** The server's field problems on their fields; the rest, in words, for the form's alert. */
export function serverOutcomeProblems(error: unknown): {
  fields: OutcomeProblems;
  other: string[];
} {
  const fields: OutcomeProblems = {};
  const other: string[] = [];
  if (!(error instanceof ApiProblem)) return { fields, other };
  for (const fieldError of error.problem.errors ?? []) {
    const field = fieldOf(fieldError.field.replace(/^body\./, '').split('.')[0]);
    if (field === null) other.push(fieldError.message);
    else fields[field] ??= fieldError.message;
  }
  return { fields, other };
}
