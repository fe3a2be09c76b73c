// A ranked differential as the form holds it: rows of diagnoses (a concept, or the solver's own
// words), most likely first, that can be added, removed and moved, then checked with the shared
// schema — each problem put on its row.
import { CommitDifferentialBodySchema } from '@consilium/api';
import type { CommitDifferentialBody } from '@consilium/api';
import type { SchemaIssue } from '../forms/fieldProblems';

export interface DifferentialRow {
  /** Identifies the row while the list changes; never sent. */
  key: string;
  label: string;
  /** The concept chosen from the vocabulary; null for the solver's own words. */
  conceptId: string | null;
}

let rowCount = 0;
export function emptyRow(): DifferentialRow {
  rowCount += 1;
  return { key: `differential-${String(rowCount)}`, label: '', conceptId: null };
}

/** The rows with the one at `index` moved by `offset` (−1 up, +1 down); unchanged at an end. */
export function moved(
  rows: readonly DifferentialRow[],
  index: number,
  offset: -1 | 1,
): DifferentialRow[] {
  const target = index + offset;
  const row = rows[index];
  const other = rows[target];
  if (row === undefined || other === undefined) return [...rows];
  const next = [...rows];
  next[index] = other;
  next[target] = row;
  return next;
}

export type DifferentialCheck =
  | { ok: true; body: CommitDifferentialBody }
  /** Problems by row index, and any problem of the whole list. */
  | { ok: false; rows: Map<number, SchemaIssue>; list: SchemaIssue | null };

export function checkDifferential(rows: readonly DifferentialRow[]): DifferentialCheck {
  const result = CommitDifferentialBodySchema.safeParse({
    diagnoses: rows.map((row) => ({ label: row.label, conceptId: row.conceptId })),
  });
  if (result.success) return { ok: true, body: result.data };
  const byRow = new Map<number, SchemaIssue>();
  let list: SchemaIssue | null = null;
  for (const issue of result.error.issues) {
    const index = issue.path[1];
    if (typeof index === 'number') {
      if (!byRow.has(index)) byRow.set(index, issue);
    } else {
      list ??= issue;
    }
  }
  return { ok: false, rows: byRow, list };
}

/** The row a server error names (`body.diagnoses.2.label`), if any. */
export function rowOfServerField(field: string): number | null {
  const match = /^(?:body\.)?diagnoses\.(\d+)/.exec(field);
  return match ? Number(match[1]) : null;
}
