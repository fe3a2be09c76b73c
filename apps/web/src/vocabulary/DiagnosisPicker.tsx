// Naming a diagnosis: a combobox whose text is the member's own words, offering coded diagnoses
// as they type (with the synonym that matched, e.g. "lupus" for systemic lupus erythematosus),
// chosen with the mouse or the arrow keys and Enter, and always the choice to keep their own
// words. Editing the text after choosing a diagnosis turns it back into their own words.
import { useId, useState } from 'react';
import type { KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { DiagnosisTerm } from '@consilium/api';
import { MINIMUM_LOOKUP, useDiagnosisLookup } from './diagnosisQueries';

export interface DiagnosisValue {
  /** "SYSTEM:code" of the diagnosis chosen (DOID:9074); null for the member's own words. */
  conceptId: string | null;
  label: string;
}

export const NO_DIAGNOSIS: DiagnosisValue = { conceptId: null, label: '' };

export interface DiagnosisPickerProps {
  id: string;
  label: string;
  hint?: string | undefined;
  value: DiagnosisValue;
  onChange: (value: DiagnosisValue) => void;
  /** A message to show under the field, e.g. from the server's answer. */
  error?: string | undefined;
  required?: boolean;
}

type Option = { kind: 'diagnosis'; diagnosis: DiagnosisTerm } | { kind: 'own'; text: string };

/** What the member typed, spaces tidied: the label of their own words. */
function ownWordsOf(text: string): string {
  return text.trim().replace(/\s+/g, ' ');
}

function valueOf(option: Option): DiagnosisValue {
  return option.kind === 'diagnosis'
    ? { conceptId: option.diagnosis.id, label: option.diagnosis.label }
    : { conceptId: null, label: option.text };
}

export function DiagnosisPicker(props: DiagnosisPickerProps) {
  const { id, label, hint, value, onChange, error, required = false } = props;
  const [isOpen, setIsOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const statusId = useId();
  const isCoded = value.conceptId !== null;
  const typed = ownWordsOf(value.label);
  const lookup = useDiagnosisLookup(isCoded ? '' : typed);
  const options: Option[] =
    !isCoded && typed.length >= MINIMUM_LOOKUP
      ? [
          ...lookup.diagnoses.map((diagnosis) => ({ kind: 'diagnosis', diagnosis }) as const),
          { kind: 'own', text: typed },
        ]
      : [];
  const isExpanded = isOpen && options.length > 0;
  const listId = `${id}-options`;
  const optionId = (index: number): string => `${id}-option-${String(index)}`;
  const describedBy = [
    hint ? `${id}-hint` : '',
    isCoded ? `${id}-coded` : '',
    error ? `${id}-error` : '',
  ]
    .filter((part) => part !== '')
    .join(' ');

  const choose = (option: Option): void => {
    onChange(valueOf(option));
    setIsOpen(false);
    setActive(-1);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>): void => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      setIsOpen(true);
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive((current) => Math.min(Math.max(current + step, 0), options.length - 1));
    } else if (event.key === 'Enter' && isExpanded && options[active]) {
      // Choosing a diagnosis must not submit the form around the picker.
      event.preventDefault();
      choose(options[active]);
    } else if (event.key === 'Escape' && isExpanded) {
      event.preventDefault();
      setIsOpen(false);
      setActive(-1);
    }
  };

  return (
    <div className={error ? 'field field--invalid diagnosis-picker' : 'field diagnosis-picker'}>
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      {hint ? (
        <p className="field__hint" id={`${id}-hint`}>
          {hint}
        </p>
      ) : null}
      <div className="hpo-picker__box">
        <input
          id={id}
          className="field__control"
          type="text"
          role="combobox"
          autoComplete="off"
          required={required}
          aria-autocomplete="list"
          aria-expanded={isExpanded}
          aria-controls={listId}
          aria-activedescendant={isExpanded && active >= 0 ? optionId(active) : undefined}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy === '' ? undefined : describedBy}
          value={value.label}
          onChange={(event) => {
            onChange({ conceptId: null, label: event.target.value });
            setIsOpen(true);
            setActive(-1);
          }}
          onKeyDown={onKeyDown}
          onBlur={() => {
            setIsOpen(false);
          }}
        />
        <OptionList
          id={listId}
          label={label}
          options={options}
          active={active}
          isHidden={!isExpanded}
          optionId={optionId}
          onChoose={choose}
        />
      </div>
      {value.conceptId === null ? null : <CodedNote id={`${id}-coded`} code={value.conceptId} />}
      {/* Announces itself as results arrive, so it is left out of the description. */}
      <p className="hpo-picker__status" id={statusId} role="status">
        {isOpen && !isCoded ? <LookupStatus lookup={lookup} typed={typed} /> : null}
      </p>
      {error ? (
        <p className="field__error" id={`${id}-error`}>
          {error}
        </p>
      ) : null}
    </div>
  );
}

function OptionList(props: {
  id: string;
  label: string;
  options: Option[];
  active: number;
  isHidden: boolean;
  optionId: (index: number) => string;
  onChoose: (option: Option) => void;
}) {
  const { t } = useTranslation();
  return (
    <ul
      id={props.id}
      role="listbox"
      aria-label={props.label}
      className="hpo-picker__options"
      hidden={props.isHidden}
    >
      {props.options.map((option, index) => (
        <li
          key={option.kind === 'diagnosis' ? option.diagnosis.id : 'own-words'}
          id={props.optionId(index)}
          role="option"
          aria-selected={index === props.active}
          className="hpo-picker__option"
          // Keeps focus in the box, so the click below still finds the list open.
          onMouseDown={(event) => {
            event.preventDefault();
          }}
          onClick={() => {
            props.onChoose(option);
          }}
        >
          {option.kind === 'diagnosis' ? (
            <DiagnosisOption diagnosis={option.diagnosis} />
          ) : (
            <span className="hpo-picker__label">
              {t('diagnosisLookup.ownWords', { text: option.text })}
            </span>
          )}
        </li>
      ))}
    </ul>
  );
}

function DiagnosisOption({ diagnosis }: { diagnosis: DiagnosisTerm }) {
  const { t } = useTranslation();
  return (
    <>
      <span className="hpo-picker__label">{diagnosis.label}</span>
      {diagnosis.matched === null ? null : (
        <span className="hpo-picker__matched">
          {t('diagnosisLookup.matched', { matched: diagnosis.matched })}
        </span>
      )}
      <span className="hpo-picker__code">{diagnosis.id}</span>
    </>
  );
}

function CodedNote({ id, code }: { id: string; code: string }) {
  const { t } = useTranslation();
  return (
    <p className="field__hint diagnosis-picker__coded" id={id}>
      {t('diagnosisLookup.coded', { code })}
    </p>
  );
}

function LookupStatus({
  lookup,
  typed,
}: {
  lookup: ReturnType<typeof useDiagnosisLookup>;
  typed: string;
}) {
  const { t } = useTranslation();
  if (typed.length < MINIMUM_LOOKUP) return null;
  if (lookup.isSearching) return <>{t('diagnosisLookup.searching')}</>;
  if (lookup.isError) return <>{t('diagnosisLookup.failed')}</>;
  if (!lookup.isAvailable) return <>{t('diagnosisLookup.unavailable')}</>;
  if (lookup.diagnoses.length === 0)
    return <>{t('diagnosisLookup.none', { query: lookup.query })}</>;
  return <>{t('diagnosisLookup.found', { count: lookup.diagnoses.length })}</>;
}
