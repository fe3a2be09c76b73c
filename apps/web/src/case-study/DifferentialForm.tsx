// Committing a ranked differential on a case study: 1 to 5 diagnoses (each a concept from the
// vocabulary or the solver's own words), most likely first, added, removed and reordered with
// buttons; checked as the server checks it, and sent once.
import { useEffect, useId, useRef, useState } from 'react';
import type { SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { MAX_DIFFERENTIAL } from '@consilium/api';
import { ApiProblem } from '../api/client';
import { describeFieldProblem } from '../forms/fieldProblems';
import { FormAlert } from '../forms/FormAlert';
import type { FormAlertState } from '../forms/useSchemaForm';
import { DiagnosisPicker } from '../vocabulary/DiagnosisPicker';
import { useCommitDifferential } from './caseStudyQueries';
import { checkDifferential, emptyRow, moved, rowOfServerField } from './differentialRows';
import type { DifferentialRow } from './differentialRows';

type Control = 'up' | 'down' | 'label';

export function DifferentialForm({
  caseId,
  onCommitted,
}: {
  caseId: string;
  onCommitted: () => void;
}) {
  const { t } = useTranslation();
  const commit = useCommitDifferential(caseId);
  const idPrefix = useId();
  const warningId = useId();
  const [rows, setRows] = useState<DifferentialRow[]>(() => [emptyRow()]);
  const [problems, setProblems] = useState<ReadonlyMap<string, string>>(new Map());
  const [alert, setAlert] = useState<FormAlertState | null>(null);
  const listRef = useRef<HTMLOListElement>(null);
  const addRef = useRef<HTMLButtonElement>(null);
  // Where focus goes once the rows have changed: a control of a row, or "Add" after a removal.
  // (A new object each time, so the same target asked twice is focused twice.)
  const [focus, setFocus] = useState<{ key: string; control: Control } | { control: 'add' } | null>(
    null,
  );
  const rowName = (index: number): string => t('caseStudy.rowLabel', { number: index + 1 });
  const inputId = (row: DifferentialRow): string => `${idPrefix}-${row.key}`;

  useEffect(() => {
    if (focus === null) return;
    if (!('key' in focus)) {
      addRef.current?.focus();
      return;
    }
    const row = listRef.current?.querySelector(`[data-row="${focus.key}"]`);
    const wanted =
      row?.querySelector<HTMLElement>(`[data-control="${focus.control}"]:not(:disabled)`) ??
      row?.querySelector<HTMLElement>('input');
    wanted?.focus();
  }, [focus]);

  const change = (next: DifferentialRow[]): void => {
    setRows(next);
    setProblems(new Map());
  };

  const showProblems = (found: Map<string, string>, nextAlert: FormAlertState): void => {
    setProblems(found);
    setAlert(nextAlert);
    const first = rows.find((row) => found.has(row.key));
    if (first) setFocus({ key: first.key, control: 'label' });
  };

  const showFailure = (error: unknown): void => {
    if (!(error instanceof ApiProblem)) {
      setAlert({ kind: 'unexpected' });
      return;
    }
    const found = new Map<string, string>();
    const otherErrors: string[] = [];
    for (const fieldError of error.problem.errors ?? []) {
      const index = rowOfServerField(fieldError.field);
      const row = index === null ? undefined : rows[index];
      if (row === undefined) otherErrors.push(fieldError.message);
      else if (!found.has(row.key)) found.set(row.key, fieldError.message);
    }
    showProblems(found, { kind: 'problem', detail: error.problem.detail, otherErrors });
  };

  const submit = (event: SyntheticEvent<HTMLFormElement>): void => {
    event.preventDefault();
    const check = checkDifferential(rows);
    if (!check.ok) {
      const found = new Map<string, string>();
      for (const [index, issue] of check.rows) {
        const row = rows[index];
        if (row === undefined) continue;
        const problem = { kind: 'issue', issue, value: row.label } as const;
        found.set(row.key, describeFieldProblem(problem, rowName(index), t));
      }
      showProblems(found, { kind: 'invalid', count: Math.max(found.size, 1) });
      return;
    }
    setAlert(null);
    commit.mutate(check.body, { onSuccess: onCommitted, onError: showFailure });
  };

  return (
    <form className="form differential-form" noValidate onSubmit={submit}>
      <FormAlert alert={alert} />
      <p className="field__hint">{t('caseStudy.rankHint', { count: MAX_DIFFERENTIAL })}</p>
      <ol className="differential-form__rows" ref={listRef}>
        {rows.map((row, index) => (
          <li key={row.key} className="differential-row" data-row={row.key}>
            <DiagnosisPicker
              id={inputId(row)}
              value={{ conceptId: row.conceptId, label: row.label }}
              error={problems.get(row.key)}
              label={rowName(index)}
              hint={index === 0 ? t('caseStudy.firstHint') : undefined}
              required
              onChange={(choice) => {
                change(
                  rows.map((other) => (other.key === row.key ? { ...other, ...choice } : other)),
                );
              }}
            />
            <div className="differential-row__actions">
              <button
                type="button"
                className="button button--quiet button--small"
                data-control="up"
                disabled={index === 0}
                aria-label={t('caseStudy.moveUp', { name: rowName(index) })}
                onClick={() => {
                  change(moved(rows, index, -1));
                  setFocus({ key: row.key, control: 'up' });
                }}
              >
                {t('caseStudy.up')}
              </button>
              <button
                type="button"
                className="button button--quiet button--small"
                data-control="down"
                disabled={index === rows.length - 1}
                aria-label={t('caseStudy.moveDown', { name: rowName(index) })}
                onClick={() => {
                  change(moved(rows, index, 1));
                  setFocus({ key: row.key, control: 'down' });
                }}
              >
                {t('caseStudy.down')}
              </button>
              <button
                type="button"
                className="button button--quiet button--small"
                disabled={rows.length === 1}
                aria-label={t('caseStudy.remove', { name: rowName(index) })}
                onClick={() => {
                  change(rows.filter((other) => other.key !== row.key));
                  setFocus({ control: 'add' });
                }}
              >
                {t('caseStudy.removeShort')}
              </button>
            </div>
          </li>
        ))}
      </ol>
      <div className="form__actions">
        <button
          ref={addRef}
          type="button"
          className="button button--secondary"
          disabled={rows.length >= MAX_DIFFERENTIAL}
          onClick={() => {
            const row = emptyRow();
            change([...rows, row]);
            setFocus({ key: row.key, control: 'label' });
          }}
        >
          {t('caseStudy.add')}
        </button>
      </div>
      <p className="notice case-study__warning" id={warningId}>
        {t('caseStudy.onceWarning')}
      </p>
      <div className="form__actions">
        <button
          type="submit"
          className="button"
          disabled={commit.isPending}
          aria-describedby={warningId}
        >
          {commit.isPending ? t('caseStudy.committing') : t('caseStudy.commit')}
        </button>
      </div>
    </form>
  );
}
