// A labelled text input or textarea with its hint and error wired up for assistive technology.
import type { FieldBinding } from './useSchemaForm';

export interface TextFieldProps extends FieldBinding {
  label: string;
  hint?: string;
  multiline?: boolean;
  rows?: number;
  type?: 'text' | 'email' | 'password' | 'number' | 'date';
  autoComplete?: string;
  inputMode?: 'text' | 'numeric' | 'decimal';
  /** Bounds of a number or date field. */
  min?: number | string;
  max?: number | string;
  step?: number | string;
  required?: boolean;
}

export function TextField(props: TextFieldProps) {
  const { id, label, hint, error, value, onChange, multiline = false, required = false } = props;
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [hint ? hintId : null, error ? errorId : null].filter(Boolean).join(' ');
  const shared = {
    id,
    name: id,
    value,
    required,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': describedBy === '' ? undefined : describedBy,
  };

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
      {multiline ? (
        <textarea
          {...shared}
          className="field__control field__control--multiline"
          rows={props.rows ?? 6}
          onChange={(event) => {
            onChange(event.target.value);
          }}
        />
      ) : (
        <input
          {...shared}
          className="field__control"
          type={props.type ?? 'text'}
          autoComplete={props.autoComplete}
          inputMode={props.inputMode}
          min={props.min}
          max={props.max}
          step={props.step}
          onChange={(event) => {
            onChange(event.target.value);
          }}
        />
      )}
      {error ? (
        <p className="field__error" id={errorId}>
          {error}
        </p>
      ) : null}
    </div>
  );
}
