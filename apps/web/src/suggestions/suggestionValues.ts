// A suggestion as its form holds it — the diagnosis chosen, confidence as typed, texts and rows of
// references — checked with the shared schema; each problem (found here or named by the server
// as `body.references.2.value`) is put on its field or on its reference row.
import type { TFunction } from 'i18next';
import { CreateSuggestionBodySchema } from '@consilium/api';
import type { EditSuggestionBody, Suggestion } from '@consilium/api';
import { ApiProblem } from '../api/client';
import { describeFieldProblem } from '../forms/fieldProblems';
import type { SchemaIssue } from '../forms/fieldProblems';
import type { DiagnosisValue } from '../vocabulary/DiagnosisPicker';

export type ReferenceKind = 'url' | 'pmid';

export interface ReferenceRow {
  /** Identifies the row while the list changes; never sent. */
  key: string;
  kind: ReferenceKind;
  value: string;
}

export interface SuggestionValues {
  diagnosis: DiagnosisValue;
  /** As typed in the number box (or set by the slider). */
  confidence: string;
  rationale: string;
  nextSteps: string;
  references: ReferenceRow[];
}

export type SuggestionField = 'diagnosis' | 'confidence' | 'rationale' | 'nextSteps' | 'references';

export interface SuggestionProblems {
  fields: Partial<Record<SuggestionField, string>>;
  /** By reference row key. */
  rows: Map<string, string>;
  /** Problems that belong to no field. */
  other: string[];
}

export const MAX_REFERENCES = 10;

let rowCount = 0;
export function referenceRow(kind: ReferenceKind = 'pmid', value = ''): ReferenceRow {
  rowCount += 1;
  return { key: `reference-${String(rowCount)}`, kind, value };
}

export function emptySuggestion(): SuggestionValues {
  return {
    diagnosis: { conceptId: null, label: '' },
    confidence: '50',
    rationale: '',
    nextSteps: '',
    references: [],
  };
}

export function valuesOf(suggestion: Suggestion): SuggestionValues {
  return {
    diagnosis: { conceptId: suggestion.concept?.id ?? null, label: suggestion.diagnosis },
    confidence: String(suggestion.confidence),
    rationale: suggestion.rationale,
    nextSteps: suggestion.nextSteps,
    references: suggestion.references.map((reference) =>
      referenceRow(reference.kind, reference.value),
    ),
  };
}

function confidenceOf(typed: string): number | string {
  const trimmed = typed.trim();
  return /^-?\d+([.,]\d+)?$/.test(trimmed) ? Number(trimmed.replace(',', '.')) : trimmed;
}

/** What the form sends, before the schema has checked it. */
function inputOf(values: SuggestionValues) {
  return {
    conceptId: values.diagnosis.conceptId,
    diagnosis: values.diagnosis.label,
    confidence: confidenceOf(values.confidence),
    rationale: values.rationale,
    nextSteps: values.nextSteps,
    references: values.references.map(({ kind, value }) => ({ kind, value })),
  };
}

function fieldOf(name: unknown): SuggestionField | null {
  switch (name) {
    case 'diagnosis':
    case 'conceptId':
      return 'diagnosis';
    case 'confidence':
    case 'rationale':
    case 'nextSteps':
    case 'references':
      return name;
    default:
      return null;
  }
}

export function emptyProblems(): SuggestionProblems {
  return { fields: {}, rows: new Map(), other: [] };
}

export function problemCount(problems: SuggestionProblems): number {
  return Object.keys(problems.fields).length + problems.rows.size;
}

function referenceMessage(row: ReferenceRow, number: number, issue: SchemaIssue, t: TFunction) {
  const name = t('suggestForm.referenceNumber', { number });
  if (row.value.trim() === '') return t('validation.required', { field: name });
  if (issue.code === 'custom') {
    return row.kind === 'pmid'
      ? t('suggestForm.notPubmedId', { value: row.value.trim() })
      : t('suggestForm.notWebAddress', { value: row.value.trim() });
  }
  return describeFieldProblem({ kind: 'issue', issue, value: row.value }, name, t);
}

export type SuggestionCheck =
  | { ok: true; body: ReturnType<typeof CreateSuggestionBodySchema.parse> }
  | { ok: false; problems: SuggestionProblems };

export function checkSuggestion(values: SuggestionValues, t: TFunction): SuggestionCheck {
  const result = CreateSuggestionBodySchema.safeParse(inputOf(values));
  if (result.success) return { ok: true, body: result.data };
  const problems = emptyProblems();
  const fieldNames: Record<SuggestionField, string> = {
    diagnosis: t('fields.diagnosis'),
    confidence: t('suggestForm.confidenceName'),
    rationale: t('fields.rationale'),
    nextSteps: t('suggestForm.nextSteps'),
    references: t('suggestForm.references'),
  };
  const typed: Record<SuggestionField, string> = {
    diagnosis: values.diagnosis.label,
    confidence: values.confidence,
    rationale: values.rationale,
    nextSteps: values.nextSteps,
    references: String(values.references.length),
  };
  for (const issue of result.error.issues) {
    const [first, index] = issue.path;
    const row = typeof index === 'number' ? values.references[index] : undefined;
    if (first === 'references' && row !== undefined && typeof index === 'number') {
      if (!problems.rows.has(row.key))
        problems.rows.set(row.key, referenceMessage(row, index + 1, issue, t));
      continue;
    }
    const field = fieldOf(first);
    if (field === null) problems.other.push(issue.message);
    else
      problems.fields[field] ??= describeFieldProblem(
        { kind: 'issue', issue, value: typed[field] },
        fieldNames[field],
        t,
      );
  }
  return { ok: false, problems };
}

/** The problems the server named, each on its field or row (`body.references.0.value`). */
export function serverProblems(error: unknown, values: SuggestionValues): SuggestionProblems {
  const problems = emptyProblems();
  if (!(error instanceof ApiProblem)) return problems;
  for (const fieldError of error.problem.errors ?? []) {
    const [first, index] = fieldError.field.replace(/^body\./, '').split('.');
    const row = index === undefined ? undefined : values.references[Number(index)];
    if (first === 'references' && row !== undefined) {
      if (!problems.rows.has(row.key)) problems.rows.set(row.key, fieldError.message);
      continue;
    }
    const field = fieldOf(first);
    if (field === null) problems.other.push(fieldError.message);
    else problems.fields[field] ??= fieldError.message;
  }
  return problems;
}

function sameReferences(a: Suggestion['references'], b: Suggestion['references']): boolean {
  return (
    a.length === b.length &&
    a.every((reference, index) => {
      const other = b[index];
      return (
        other !== undefined && other.kind === reference.kind && other.value === reference.value
      );
    })
  );
}

/** Only what changed, for an edit; an empty object when nothing did. */
export function changesOf(
  body: ReturnType<typeof CreateSuggestionBodySchema.parse>,
  suggestion: Suggestion,
): EditSuggestionBody {
  const changes: EditSuggestionBody = {};
  if (body.diagnosis !== suggestion.diagnosis) changes.diagnosis = body.diagnosis;
  if (body.conceptId !== (suggestion.concept?.id ?? null)) changes.conceptId = body.conceptId;
  if (body.confidence !== suggestion.confidence) changes.confidence = body.confidence;
  if (body.rationale !== suggestion.rationale) changes.rationale = body.rationale;
  if (body.nextSteps !== suggestion.nextSteps) changes.nextSteps = body.nextSteps;
  if (!sameReferences(body.references, suggestion.references)) changes.references = body.references;
  return changes;
}
