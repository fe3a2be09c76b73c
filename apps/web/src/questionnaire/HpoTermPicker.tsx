// Coding a symptom or a finding with a Human Phenotype Ontology term: a combobox that looks terms
// up as the patient types (by label or lay synonym, e.g. "tired" finds Fatigue), chosen with the
// mouse or with the arrow keys and Enter. Not offered at all when no terms are loaded.
import { useEffect, useId, useRef, useState } from 'react';
import type { KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Term } from '@consilium/api';
import { MINIMUM_LOOKUP, useHpoAvailable, useHpoLookup } from './hpoQueries';
import type { HpoTermValue } from './questionnaireValues';

export interface HpoTermPickerProps {
  id: string;
  label: string;
  hint: string;
  value: HpoTermValue | undefined;
  onChange: (term: HpoTermValue | undefined) => void;
}

export function HpoTermPicker(props: HpoTermPickerProps) {
  const isAvailable = useHpoAvailable();
  const [focusAfter, setFocusAfter] = useState<'remove' | 'input' | null>(null);
  const choose = (term: HpoTermValue | undefined): void => {
    props.onChange(term);
    setFocusAfter(term === undefined ? 'input' : 'remove');
  };
  // A term already chosen (or imported) stays visible even if the vocabulary is gone since.
  if (props.value !== undefined) {
    return (
      <ChosenTerm
        {...props}
        term={props.value}
        focus={focusAfter === 'remove'}
        onRemove={() => {
          choose(undefined);
        }}
      />
    );
  }
  if (!isAvailable) return null;
  return <TermCombobox {...props} focus={focusAfter === 'input'} onChoose={choose} />;
}

function ChosenTerm({
  id,
  label,
  term,
  focus,
  onRemove,
}: HpoTermPickerProps & { term: HpoTermValue; focus: boolean; onRemove: () => void }) {
  const { t } = useTranslation();
  const removeRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (focus) removeRef.current?.focus();
  }, [focus]);
  return (
    <div className="field hpo-picker" role="group" aria-labelledby={`${id}-label`}>
      <p className="field__label" id={`${id}-label`}>
        {label}
      </p>
      <p className="hpo-picker__chosen">
        <span>{term.label}</span> <span className="hpo-picker__code">{term.id}</span>{' '}
        <button
          ref={removeRef}
          type="button"
          className="button button--quiet button--small"
          aria-label={t('hpo.remove', { term: term.label })}
          onClick={() => {
            onRemove();
          }}
        >
          {t('hpo.removeShort')}
        </button>
      </p>
    </div>
  );
}

function TermCombobox({
  id,
  label,
  hint,
  focus,
  onChoose,
}: HpoTermPickerProps & { focus: boolean; onChoose: (term: HpoTermValue) => void }) {
  const { t } = useTranslation();
  const [typed, setTyped] = useState('');
  const [isOpen, setIsOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const inputRef = useRef<HTMLInputElement>(null);
  const statusId = useId();
  const lookup = useHpoLookup(typed);
  const { terms } = lookup;
  const isExpanded = isOpen && terms.length > 0;
  const listId = `${id}-terms`;
  const optionId = (index: number): string => `${id}-term-${String(index)}`;

  useEffect(() => {
    if (focus) inputRef.current?.focus();
  }, [focus]);

  const choose = (term: Term): void => {
    onChoose({ id: term.id, label: term.label });
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>): void => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      setIsOpen(true);
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive((current) => Math.min(Math.max(current + step, 0), terms.length - 1));
    } else if (event.key === 'Enter' && isExpanded && terms[active]) {
      // Choosing a term must not submit the step.
      event.preventDefault();
      choose(terms[active]);
    } else if (event.key === 'Escape' && isExpanded) {
      event.preventDefault();
      setIsOpen(false);
      setActive(-1);
    }
  };

  return (
    <div className="field hpo-picker">
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      <p className="field__hint" id={`${id}-hint`}>
        {hint}
      </p>
      <div className="hpo-picker__box">
        <input
          ref={inputRef}
          id={id}
          className="field__control"
          type="text"
          role="combobox"
          autoComplete="off"
          aria-autocomplete="list"
          aria-expanded={isExpanded}
          aria-controls={listId}
          aria-activedescendant={isExpanded && active >= 0 ? optionId(active) : undefined}
          aria-describedby={`${id}-hint ${statusId}`}
          value={typed}
          onChange={(event) => {
            setTyped(event.target.value);
            setIsOpen(true);
            setActive(-1);
          }}
          onKeyDown={onKeyDown}
          onBlur={() => {
            setIsOpen(false);
          }}
        />
        <ul
          id={listId}
          role="listbox"
          aria-label={label}
          className="hpo-picker__options"
          hidden={!isExpanded}
        >
          {terms.map((term, index) => (
            <li
              key={term.id}
              id={optionId(index)}
              role="option"
              aria-selected={index === active}
              className="hpo-picker__option"
              // Keeps focus in the box, so the click below still finds the list open.
              onMouseDown={(event) => {
                event.preventDefault();
              }}
              onClick={() => {
                choose(term);
              }}
            >
              <span className="hpo-picker__label">{term.label}</span>
              {term.matched === null ? null : (
                <span className="hpo-picker__matched">
                  {t('hpo.matched', { matched: term.matched })}
                </span>
              )}
              <span className="hpo-picker__code">{term.id}</span>
            </li>
          ))}
        </ul>
      </div>
      <p className="hpo-picker__status" id={statusId} role="status">
        {isOpen ? <LookupStatus lookup={lookup} typed={typed} /> : null}
      </p>
    </div>
  );
}

function LookupStatus({
  lookup,
  typed,
}: {
  lookup: ReturnType<typeof useHpoLookup>;
  typed: string;
}) {
  const { t } = useTranslation();
  if (typed.trim().length < MINIMUM_LOOKUP) return null;
  if (lookup.isSearching) return <>{t('hpo.searching')}</>;
  if (lookup.isError) return <>{t('hpo.failed')}</>;
  if (lookup.terms.length === 0) return <>{t('hpo.none', { query: lookup.query })}</>;
  return <>{t('hpo.found', { count: lookup.terms.length })}</>;
}
