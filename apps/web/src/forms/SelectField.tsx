// A labelled <select> with its hint and error wired up for assistive technology, like TextField.
import type { FieldBinding } from './useSchemaForm';

export interface SelectOption {
  value: string;
  label: string;
  /** The language of the label, when it differs from the page's (e.g. "Español"). */
  lang?: string;
}

export interface SelectFieldProps extends FieldBinding {
  label: string;
  options: readonly SelectOption[];
  /** Text of an empty first choice, for fields without a default. */
  placeholder?: string;
  hint?: string;
  autoComplete?: string;
  required?: boolean;
}

export function SelectField(props: SelectFieldProps) {
  const { id, label, hint, error, value, onChange, options, placeholder } = props;
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [hint ? hintId : null, error ? errorId : null].filter(Boolean).join(' ');

  return (
    <div className={error ? 'field field--invalid' : 'field'}>
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      {hint ? (
        <p className="field__hint" id={hintId}>
          {hint}
        </p>
      ) : null}
      <select
        id={id}
        name={id}
        className="field__control field__control--select"
        value={value}
        required={props.required ?? false}
        autoComplete={props.autoComplete}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy === '' ? undefined : describedBy}
        onChange={(event) => {
          onChange(event.target.value);
        }}
      >
        {placeholder === undefined ? null : <option value="">{placeholder}</option>}
        {options.map((option) => (
          <option key={option.value} value={option.value} lang={option.lang}>
            {option.label}
          </option>
        ))}
      </select>
      {error ? (
        <p className="field__error" id={errorId}>
          {error}
        </p>
      ) : null}
    </div>
  );
}
