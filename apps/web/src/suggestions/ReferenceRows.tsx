// The references of a suggestion: rows of a kind (web address or PubMed id) and a value, added and
// removed with buttons, each with its own error. Focus follows the row added, or "Add" after a
// removal.
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MAX_REFERENCES, referenceRow } from './suggestionValues';
import type { ReferenceKind, ReferenceRow } from './suggestionValues';

export interface ReferenceRowsProps {
  idPrefix: string;
  rows: ReferenceRow[];
  /** Problems by row key. */
  problems: ReadonlyMap<string, string>;
  listError: string | undefined;
  onChange: (rows: ReferenceRow[]) => void;
}

export function ReferenceRows({
  idPrefix,
  rows,
  problems,
  listError,
  onChange,
}: ReferenceRowsProps) {
  const { t } = useTranslation();
  const listRef = useRef<HTMLOListElement>(null);
  const addRef = useRef<HTMLButtonElement>(null);
  const [focus, setFocus] = useState<{ key: string } | { add: true } | null>(null);
  const rowName = (index: number): string =>
    t('suggestForm.referenceNumber', { number: index + 1 });

  useEffect(() => {
    if (focus === null) return;
    if ('add' in focus) addRef.current?.focus();
    else listRef.current?.querySelector<HTMLElement>(`[data-row="${focus.key}"] select`)?.focus();
  }, [focus]);

  const change = (key: string, patch: Partial<ReferenceRow>): void => {
    onChange(rows.map((row) => (row.key === key ? { ...row, ...patch } : row)));
  };

  return (
    <fieldset className="field reference-rows">
      <legend className="field__label">{t('suggestForm.references')}</legend>
      <p className="field__hint">{t('suggestForm.referencesHint', { count: MAX_REFERENCES })}</p>
      {listError ? <p className="field__error">{listError}</p> : null}
      {rows.length === 0 ? null : (
        <ol className="reference-rows__list" ref={listRef}>
          {rows.map((row, index) => {
            const id = `${idPrefix}-${row.key}`;
            const error = problems.get(row.key);
            return (
              <li
                key={row.key}
                className={error ? 'reference-row field--invalid' : 'reference-row'}
                data-row={row.key}
              >
                <label className="visually-hidden" htmlFor={`${id}-kind`}>
                  {t('suggestForm.referenceKind', { name: rowName(index) })}
                </label>
                <select
                  id={`${id}-kind`}
                  className="field__control field__control--select reference-row__kind"
                  value={row.kind}
                  onChange={(event) => {
                    change(row.key, { kind: event.target.value as ReferenceKind });
                  }}
                >
                  <option value="pmid">{t('suggestForm.kindPmid')}</option>
                  <option value="url">{t('suggestForm.kindUrl')}</option>
                </select>
                <label className="visually-hidden" htmlFor={id}>
                  {rowName(index)}
                </label>
                <input
                  id={id}
                  className="field__control reference-row__value"
                  type={row.kind === 'url' ? 'url' : 'text'}
                  inputMode={row.kind === 'pmid' ? 'numeric' : 'url'}
                  value={row.value}
                  placeholder={
                    row.kind === 'pmid'
                      ? t('suggestForm.pmidPlaceholder')
                      : t('suggestForm.urlPlaceholder')
                  }
                  aria-invalid={error ? true : undefined}
                  aria-describedby={error ? `${id}-error` : undefined}
                  onChange={(event) => {
                    change(row.key, { value: event.target.value });
                  }}
                />
                <button
                  type="button"
                  className="button button--quiet button--small"
                  aria-label={t('suggestForm.removeReference', { name: rowName(index) })}
                  onClick={() => {
                    onChange(rows.filter((other) => other.key !== row.key));
                    setFocus({ add: true });
                  }}
                >
                  {t('suggestForm.remove')}
                </button>
                {error ? (
                  <p className="field__error reference-row__error" id={`${id}-error`}>
                    {error}
                  </p>
                ) : null}
              </li>
            );
          })}
        </ol>
      )}
      <div className="form__actions">
        <button
          ref={addRef}
          type="button"
          className="button button--secondary button--small"
          disabled={rows.length >= MAX_REFERENCES}
          onClick={() => {
            const row = referenceRow();
            onChange([...rows, row]);
            setFocus({ key: row.key });
          }}
        >
          {t('suggestForm.addReference')}
        </button>
      </div>
    </fieldset>
  );
}
