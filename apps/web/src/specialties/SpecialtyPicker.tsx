// Choosing specialties from the taxonomy (up to five, unless told otherwise): a search box narrows
// the list, the chosen ones are listed above it with a button to remove each.
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SPECIALTIES } from '@consilium/core';
import type { FieldBinding } from '../forms/useSchemaForm';
import { joinSpecialtyCodes, specialtyCodesOf } from './specialtyCodes';

const DEFAULT_MAXIMUM = 5;

/** Lower case without accents, so "pediatria" finds "Pediatría" and "neuro" finds "Neurology". */
function folded(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase();
}

const SORTED = [...SPECIALTIES].sort((a, b) => a.name.localeCompare(b.name, 'en'));
const NAMES = new Map<string, string>(SPECIALTIES.map(({ code, name }) => [code, name]));

export interface SpecialtyPickerProps extends FieldBinding {
  label: string;
  hint: string;
  /** How many may be chosen at most. */
  maximum?: number;
}

export function SpecialtyPicker(props: SpecialtyPickerProps) {
  const { id, label, hint, error, value, onChange, maximum = DEFAULT_MAXIMUM } = props;
  const { t } = useTranslation();
  const [query, setQuery] = useState('');
  const chosen = specialtyCodesOf(value);
  const isFull = chosen.length >= maximum;
  const matches = useMemo(() => {
    const wanted = folded(query.trim());
    return wanted === '' ? SORTED : SORTED.filter(({ name }) => folded(name).includes(wanted));
  }, [query]);
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const listId = `${id}-options`;
  const describedBy = [hintId, error ? errorId : null].filter(Boolean).join(' ');

  const toggle = (code: string, isChecked: boolean): void => {
    const next = isChecked ? [...chosen, code] : chosen.filter((other) => other !== code);
    onChange(joinSpecialtyCodes(next.slice(0, maximum)));
  };

  return (
    <fieldset
      className={error ? 'field field--invalid specialty-picker' : 'field specialty-picker'}
      aria-describedby={describedBy}
    >
      <legend className="field__label">{label}</legend>
      <p className="field__hint" id={hintId}>
        {hint}
      </p>
      {chosen.length === 0 ? null : (
        <ul className="specialty-picker__chosen" aria-label={t('specialtyPicker.chosen')}>
          {chosen.map((code) => (
            <li key={code} className="specialty-picker__chip">
              <span>{NAMES.get(code) ?? code}</span>
              <button
                type="button"
                className="specialty-picker__remove"
                aria-label={t('specialtyPicker.remove', { name: NAMES.get(code) ?? code })}
                onClick={() => {
                  toggle(code, false);
                }}
              >
                <span aria-hidden="true">×</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      <label className="specialty-picker__search-label" htmlFor={id}>
        {t('specialtyPicker.search')}
      </label>
      <input
        id={id}
        className="field__control"
        type="search"
        autoComplete="off"
        value={query}
        aria-controls={listId}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? errorId : undefined}
        onChange={(event) => {
          setQuery(event.target.value);
        }}
      />
      <p className="specialty-picker__status" role="status">
        {isFull ? t('specialtyPicker.full', { count: maximum }) : null}
        {matches.length === 0 ? t('specialtyPicker.noMatch', { query: query.trim() }) : null}
      </p>
      <ul
        id={listId}
        className="specialty-picker__options"
        aria-label={t('specialtyPicker.options')}
      >
        {matches.map(({ code, name }) => {
          const isChecked = chosen.includes(code);
          const optionId = `${id}-${code}`;
          return (
            <li key={code} className="specialty-picker__option">
              <input
                id={optionId}
                type="checkbox"
                checked={isChecked}
                disabled={!isChecked && isFull}
                onChange={(event) => {
                  toggle(code, event.target.checked);
                }}
              />
              <label htmlFor={optionId}>{name}</label>
            </li>
          );
        })}
      </ul>
      {error ? (
        <p className="field__error" id={errorId}>
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}
